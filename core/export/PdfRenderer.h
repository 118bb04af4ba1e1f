// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Exporter.h"

#include <QObject>
#include <QProcess>
#include <QTimer>

namespace mailscout {

// Turns the HTML of a printed format (Exporter::printsToPdf()) into a PDF. The core and mailscout-cli must
// not link QtGui, which laying out and painting a page needs, so this runs mailscout-render, a small
// program installed beside them, and feeds it the HTML on standard input.
//
// Laying out a long report takes about a second, so the work is asynchronous: start() returns at once and
// finished() follows, and a window keeps answering meanwhile. toPdf() waits for it, for the CLI.
class PdfRenderer : public QObject {
    Q_OBJECT

public:
    // program: the renderer to run; tests point it at a missing or failing one.
    explicit PdfRenderer(QString program, QObject* parent = nullptr);
    ~PdfRenderer() override;

    // mailscout-render in the directory of the running program, where the installation puts it.
    [[nodiscard]] static QString programPath();
    // Renders html and waits for it; the PDF, or an error as finished() reports it.
    [[nodiscard]] static ExportResult toPdf(const QByteArray& html, const QString& program = programPath());

    [[nodiscard]] QString program() const { return m_program; }
    void setProgram(const QString& program) { m_program = program; }
    // True from start() until finished() is emitted or cancel() is called.
    [[nodiscard]] bool isRunning() const { return m_running; }

    // Starts printing html; a render still running is cancelled first. finished() follows exactly once
    // (never from inside this call), unless cancel() comes first.
    void start(const QByteArray& html);
    // Stops the render at once; no finished() follows.
    void cancel();

Q_SIGNALS:
    // The PDF, or an error that says what is missing or what the renderer reported.
    void finished(const mailscout::ExportResult& result);

private:
    void processFinished(int exitCode, QProcess::ExitStatus exitStatus);
    void processFailed(QProcess::ProcessError error);
    // Ends the run with this result: the process goes, and finished() is emitted from the event loop.
    void conclude(const ExportResult& result);
    void dropProcess();

    QString m_program;
    QProcess* m_process = nullptr;
    QByteArray m_html;
    QTimer m_deadline;
    bool m_running = false;
    // Counts runs, so a result queued for a run that was since cancelled or replaced is never delivered.
    quint64 m_run = 0;
};

} // namespace mailscout
