// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfRenderer.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>

namespace mailscout {

using namespace Qt::StringLiterals;

namespace {

// Even a report with every transcript at its limit lays out in seconds; this only catches a hung renderer.
constexpr int kTimeoutMs = 120'000;

} // namespace

PdfRenderer::PdfRenderer(QString program, QObject* parent)
    : QObject(parent)
    , m_program(std::move(program))
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(kTimeoutMs);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        conclude({ {}, tr("The PDF renderer %1 did not finish.").arg(QDir::toNativeSeparators(m_program)) });
    });
}

PdfRenderer::~PdfRenderer()
{
    cancel();
}

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
    PdfRenderer renderer(program);
    ExportResult result;
    QEventLoop loop;
    connect(&renderer, &PdfRenderer::finished, &loop, [&result, &loop](const ExportResult& rendered) {
        result = rendered;
        loop.quit();
    });
    renderer.start(html);
    loop.exec();
    return result;
}

void PdfRenderer::start(const QByteArray& html)
{
    cancel();
    m_running = true;
    if (!QFileInfo(m_program).isExecutable()) {
        conclude({ {},
            tr("Cannot make a PDF: the PDF renderer %1 is missing. It is part of Mailscout and is installed "
               "beside mailscout-cli; reinstall Mailscout, or export the HTML format instead.")
                .arg(QDir::toNativeSeparators(m_program)) });
        return;
    }
    m_process = new QProcess(this);
    // The HTML goes in once the program runs; QProcess writes it as the pipe drains, without blocking.
    connect(m_process, &QProcess::started, this, [this, html] {
        m_process->write(html);
        m_process->closeWriteChannel();
    });
    connect(m_process, &QProcess::finished, this, &PdfRenderer::processFinished);
    connect(m_process, &QProcess::errorOccurred, this, &PdfRenderer::processFailed);
    m_deadline.start();
    m_process->start(m_program, {});
}

void PdfRenderer::cancel()
{
    ++m_run;
    m_running = false;
    m_deadline.stop();
    dropProcess();
}

void PdfRenderer::processFinished(int exitCode, QProcess::ExitStatus exitStatus)
{
    const QByteArray pdf = m_process->readAllStandardOutput();
    if (exitStatus == QProcess::NormalExit && exitCode == 0 && pdf.startsWith("%PDF-")) {
        conclude({ pdf, {} });
        return;
    }
    const QString reason = QString::fromUtf8(m_process->readAllStandardError()).trimmed();
    const QString program = QDir::toNativeSeparators(m_program);
    if (!reason.isEmpty())
        conclude({ {}, tr("The PDF renderer failed: %1").arg(reason) });
    else if (exitStatus == QProcess::CrashExit)
        conclude({ {}, tr("The PDF renderer %1 crashed.").arg(program) });
    else
        conclude({ {},
            tr("The PDF renderer %1 ended with status %2 without making a PDF or saying why.")
                .arg(program)
                .arg(exitCode) });
}

void PdfRenderer::processFailed(QProcess::ProcessError error)
{
    // Every other error (a crash, a closed pipe) ends in finished() as well, which reports it.
    if (error == QProcess::FailedToStart) {
        conclude({ {},
            tr("Cannot start the PDF renderer %1: %2")
                .arg(QDir::toNativeSeparators(m_program), m_process->errorString()) });
    }
}

void PdfRenderer::conclude(const ExportResult& result)
{
    m_deadline.stop();
    dropProcess();
    // Delivered from the event loop, so never from inside start(): a caller may show its "busy" state
    // after start() returns, and cancel() still withdraws a result that is on its way.
    QMetaObject::invokeMethod(
        this,
        [this, result, run = m_run] {
            if (run != m_run)
                return;
            m_running = false;
            Q_EMIT finished(result);
        },
        Qt::QueuedConnection);
}

void PdfRenderer::dropProcess()
{
    if (!m_process)
        return;
    m_process->disconnect(this);
    if (m_process->state() != QProcess::NotRunning) {
        // SIGKILL ends it at once; the wait only reaps it, so no zombie is left and QProcess does not warn.
        m_process->kill();
        m_process->waitForFinished();
    }
    // Later: this may run inside one of the process's own signals.
    m_process->deleteLater();
    m_process = nullptr;
}

} // namespace mailscout
