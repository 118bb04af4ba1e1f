// SPDX-License-Identifier: GPL-3.0-or-later
// Saving the helpdesk report as a PDF from the wizard: mailscout-render prints it beside the event loop,
// which keeps turning meanwhile; the page shows that it works, can stop it, and says why when the renderer
// fails. The file appears only once the whole PDF is there: never during the render, never after a stop or
// a failure. One wizard run (scripted servers on loopback) reaches the export page for every test.
#include "ExportPage.h"
#include "LoopbackNetwork.h"
#include "SetupWizard.h"
#include "TestPaths.h"

#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace mailscout;
using namespace mailscout::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kSettleTimeoutMs = 30'000;
// A report lays out in about a second; this only bounds a test that went wrong.
constexpr int kRenderTimeoutMs = 60'000;

QString rendererPath()
{
    return QFileInfo(cliPath()).dir().filePath(u"mailscout-render"_s);
}

} // namespace

class TestExportPdf : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<LoopbackNetwork> m_network;
    std::unique_ptr<SetupWizard> m_wizard;
    QTemporaryDir m_dir;

    [[nodiscard]] ExportPage* page() const
    {
        return qobject_cast<ExportPage*>(m_wizard->page(SetupWizard::ExportPageId));
    }
    [[nodiscard]] bool rendering() const
    {
        return m_wizard->findChild<QProgressBar*>(u"pdfProgress"_s)->isVisible();
    }
    [[nodiscard]] QString status() const { return m_wizard->findChild<QLabel*>(u"exportStatus"_s)->text(); }
    [[nodiscard]] QAbstractButton* nextButton() const { return m_wizard->button(QWizard::NextButton); }

    void clickNext() { QTest::mouseClick(nextButton(), Qt::LeftButton); }

    // Save… with the PDF report chosen, the file dialog answered with this path.
    void saveAs(const QString& path)
    {
        QTest::mouseClick(m_wizard->findChild<QPushButton*>(u"saveButton"_s), Qt::LeftButton);
        QFileDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_wizard->findChild<QFileDialog*>(u"saveDialog"_s)) && dialog->isVisible());
        // Typed, as a person does: selectFile() leaves the name field alone once it has the focus, which a
        // second dialog in the same run may already have.
        auto* name = dialog->findChild<QLineEdit*>(u"fileNameEdit"_s);
        QVERIFY(name);
        name->setText(path);
        static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept, through the public base
    }

    // Nothing of a PDF that was not made: neither the file nor QSaveFile's temporary beside it.
    [[nodiscard]] QStringList leftovers(const QString& name) const
    {
        return QDir(m_dir.path()).entryList({ name + u'*' }, QDir::Files | QDir::Hidden);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"MailscoutTest"_s);
        QCoreApplication::setApplicationName(u"TestExportPdf"_s);
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(rendererPath()).isExecutable(), qPrintable(rendererPath()));
        m_network = std::make_unique<LoopbackNetwork>();
        QVERIFY(m_network->isValid());

        m_wizard = std::make_unique<SetupWizard>(m_network->options(LoopbackNetwork::Scenario::Happy));
        m_wizard->controller()->setResolverFactory(LoopbackNetwork::noDns());
        m_wizard->show();
        QApplication::setActiveWindow(m_wizard.get());
        QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
        QTest::keyClicks(m_wizard->findChild<QLineEdit*>(u"addressEdit"_s), u"alice@example.test"_s);
        clickNext();
        QTRY_VERIFY_WITH_TIMEOUT(nextButton()->isEnabled(), kSettleTimeoutMs);
        clickNext();
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::ResultsPageId));
        clickNext();
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::ExportPageId));
        auto* format = m_wizard->findChild<QComboBox*>(u"formatCombo"_s);
        format->setCurrentIndex(format->findData(u"report-pdf"_s));
        QVERIFY(m_wizard->findChild<QPushButton*>(u"saveButton"_s)->isEnabled());
    }

    void init() { page()->setPdfRendererProgram(rendererPath()); }

    void cleanupTestCase()
    {
        if (m_wizard)
            m_wizard->done(QDialog::Rejected);
    }

    // Structural, not a stopwatch: a render on the UI thread would let no tick through between Save and
    // the finished file, however fast the machine.
    void eventLoopTurnsWhileRendering()
    {
        const QString path = m_dir.filePath(u"report.pdf"_s);
        int ticksWhileRendering = 0;
        int fileWhileRendering = 0;
        int nextWhileRendering = 0;
        int saveWhileRendering = 0;
        // Every millisecond: even a short report takes the renderer tens of them (a process and its
        // start-up).
        QTimer ticker;
        ticker.setTimerType(Qt::PreciseTimer);
        ticker.setInterval(1);
        connect(&ticker, &QTimer::timeout, this, [&] {
            if (!rendering())
                return;
            ++ticksWhileRendering;
            fileWhileRendering += QFile::exists(path);
            nextWhileRendering += nextButton()->isEnabled();
            saveWhileRendering += m_wizard->findChild<QPushButton*>(u"saveButton"_s)->isEnabled();
        });
        ticker.start();
        saveAs(path);
        QVERIFY(rendering()); // the dialog's accept() came back with the render under way
        QVERIFY(m_wizard->findChild<QPushButton*>(u"stopPdfButton"_s)->isVisible());
        QVERIFY2(status().startsWith(u"Making the PDF"_s), qPrintable(status()));
        QTRY_VERIFY_WITH_TIMEOUT(!rendering(), kRenderTimeoutMs);
        ticker.stop();

        qInfo("the loop turned %d times while the PDF was being made", ticksWhileRendering);
        QVERIFY2(ticksWhileRendering >= 2, qPrintable(QString::number(ticksWhileRendering)));
        QCOMPARE(fileWhileRendering, 0); // nothing until the PDF is whole
        QCOMPARE(nextWhileRendering, 0); // the last page lists the files, so it waits for this one
        QCOMPARE(saveWhileRendering, 0);
        QVERIFY2(status().startsWith(u"Saved to"_s), qPrintable(status()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("%PDF-"));
        QCOMPARE(page()->savedFiles().last().path, path);
        QCOMPARE(page()->savedFiles().last().formatId, u"report-pdf"_s);
        QVERIFY(nextButton()->isEnabled());
    }

    void stopLeavesNoFile()
    {
        const QString stopped = m_dir.filePath(u"stopped.pdf"_s);
        saveAs(stopped);
        QVERIFY(rendering());
        QVERIFY(!nextButton()->isEnabled());
        QTest::mouseClick(m_wizard->findChild<QPushButton*>(u"stopPdfButton"_s), Qt::LeftButton);
        QVERIFY(!rendering());
        QCOMPARE(status(), u"Stopped: the PDF was not saved."_s);
        QVERIFY(nextButton()->isEnabled());
        // The stopped render would have ended before one started after it: once that one is saved, the
        // stopped one can no longer turn up.
        const QString after = m_dir.filePath(u"after-stop.pdf"_s);
        saveAs(after);
        QTRY_VERIFY_WITH_TIMEOUT(!rendering(), kRenderTimeoutMs);
        QVERIFY2(QFile::exists(after), qPrintable(status()));
        QCOMPARE(leftovers(u"stopped"_s), QStringList());
        QVERIFY(page()->savedFiles().last().path != stopped);
    }

    void failingRendererShowsErrorAndLeavesNoFile_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("reason");
        QTest::addRow("missing") << m_dir.filePath(u"no-such-renderer"_s) << u"is missing"_s;
        QTest::addRow("fails") << QStandardPaths::findExecutable(u"false"_s) << u"ended with status 1"_s;
        QTest::addRow("no PDF") << QStandardPaths::findExecutable(u"true"_s) << u"without making a PDF"_s;
    }
    void failingRendererShowsErrorAndLeavesNoFile()
    {
        QFETCH(QString, program);
        QFETCH(QString, reason);
        QVERIFY(!program.isEmpty());
        page()->setPdfRendererProgram(program);
        const QString name
            = u"failed-%1"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
        saveAs(m_dir.filePath(name + u".pdf"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!rendering(), kRenderTimeoutMs);

        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = m_wizard->findChild<QMessageBox*>(u"pdfErrorBox"_s)) && box->isVisible());
        QVERIFY2(
            box->text().startsWith(u"Could not make the PDF, nothing was saved"_s), qPrintable(box->text()));
        QVERIFY2(box->text().contains(reason), qPrintable(box->text()));
        QCOMPARE(status(), box->text()); // and it stays on the page after the box is closed
        box->close();
        QTRY_VERIFY(!m_wizard->findChild<QMessageBox*>(u"pdfErrorBox"_s));

        QCOMPARE(leftovers(name), QStringList());
        QVERIFY(m_wizard->findChild<QPushButton*>(u"saveButton"_s)->isEnabled()); // one can try again
        QVERIFY(nextButton()->isEnabled());
    }
};

QTEST_MAIN(TestExportPdf)
#include "TestExportPdf.moc"
