// SPDX-License-Identifier: GPL-3.0-or-later
// PdfRenderer's contract, with the real mailscout-render: asynchronous (finished() comes from the event loop,
// never from inside start()), cancel() withdraws the result and ends the process, and toPdf() waits for it,
// as mailscout-cli does.
#include "TestPaths.h"
#include "export/PdfRenderer.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace mailscout;
using namespace mailscout::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kRenderTimeoutMs = 60'000;
const QByteArray kHtml = "<html><head><title>Test</title></head><body><h1>Hello</h1></body></html>";

QString rendererPath()
{
    return QFileInfo(cliPath()).dir().filePath(u"mailscout-render"_s);
}

} // namespace

class TestPdfRenderer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFileInfo(rendererPath()).isExecutable(), qPrintable(rendererPath())); }

    void toPdfWaits()
    {
        const ExportResult result = PdfRenderer::toPdf(kHtml, rendererPath());
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.data.startsWith("%PDF-"));
        const ExportResult missing = PdfRenderer::toPdf(kHtml, u"/nonexistent/mailscout-render"_s);
        QVERIFY(missing.data.isEmpty());
        QVERIFY2(missing.error.contains(u"is missing"_s), qPrintable(missing.error));
    }

    void finishedComesFromTheEventLoop()
    {
        PdfRenderer renderer(rendererPath());
        QSignalSpy finished(&renderer, &PdfRenderer::finished);
        renderer.start(kHtml);
        QVERIFY(renderer.isRunning());
        QCOMPARE(finished.count(), 0);
        QVERIFY(finished.wait(kRenderTimeoutMs));
        QCOMPARE(finished.count(), 1);
        QVERIFY(!renderer.isRunning());
        QVERIFY(finished.first().first().value<ExportResult>().data.startsWith("%PDF-"));

        // Even a result known at once (no such program) is delivered later, not from inside start().
        renderer.setProgram(u"/nonexistent/mailscout-render"_s);
        renderer.start(kHtml);
        QCOMPARE(finished.count(), 1);
        QVERIFY(finished.wait(kRenderTimeoutMs));
        QVERIFY(!finished.last().first().value<ExportResult>().ok());
    }

    void cancelWithdrawsTheResult()
    {
        PdfRenderer renderer(rendererPath());
        QSignalSpy finished(&renderer, &PdfRenderer::finished);
        renderer.start(kHtml);
        const QList<QProcess*> processes = renderer.findChildren<QProcess*>();
        QCOMPARE(processes.size(), 1);
        renderer.cancel();
        QVERIFY(!renderer.isRunning());
        QCOMPARE(processes.first()->state(), QProcess::NotRunning); // killed, not left to run on

        // A known result already on its way is withdrawn too.
        renderer.setProgram(u"/nonexistent/mailscout-render"_s);
        renderer.start(kHtml);
        renderer.cancel();

        // A render started after both ends after anything they could still have sent.
        renderer.setProgram(rendererPath());
        renderer.start(kHtml);
        QVERIFY(finished.wait(kRenderTimeoutMs));
        QCOMPARE(finished.count(), 1);
        QVERIFY(finished.first().first().value<ExportResult>().ok());
    }
};

QTEST_GUILESS_MAIN(TestPdfRenderer)
#include "TestPdfRenderer.moc"
