// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfRenderer.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>

namespace mailscout {

using namespace Qt::StringLiterals;

namespace {

// Even a report with every transcript at its limit lays out in seconds; this only catches a hung renderer.
constexpr int kTimeoutMs = 120'000;

} // namespace

QString PdfRenderer::programPath()
{
#ifdef Q_OS_WIN
    const QString name = u"mailscout-render.exe"_s;
#else
    const QString name = u"mailscout-render"_s;
#endif
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

ExportResult PdfRenderer::toPdf(const QByteArray& html, const QString& program)
{
    if (!QFileInfo(program).isExecutable()) {
        return { {},
            tr("Cannot make a PDF: the PDF renderer %1 is missing. It is part of Mailscout and is installed "
               "beside mailscout-cli; reinstall Mailscout, or export the HTML format instead.")
                .arg(QDir::toNativeSeparators(program)) };
    }
    QProcess process;
    process.start(program, {});
    if (!process.waitForStarted(kTimeoutMs))
        return { {}, tr("Cannot start the PDF renderer %1: %2").arg(program, process.errorString()) };
    process.write(html);
    process.closeWriteChannel();
    if (!process.waitForFinished(kTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return { {}, tr("The PDF renderer %1 did not finish.").arg(program) };
    }
    const QByteArray pdf = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 || !pdf.startsWith("%PDF-")) {
        return { {},
            tr("The PDF renderer failed: %1")
                .arg(QString::fromUtf8(process.readAllStandardError()).trimmed()) };
    }
    return { pdf, {} };
}

} // namespace mailscout
