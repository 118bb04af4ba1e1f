// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/SetupSession.h"

#include <QFile>
#include <QObject>
#include <QThread>

#include <memory>
#include <vector>

class QCommandLineParser;
class QEventLoop;

namespace mailscout {
struct BatchLine;
}

namespace mailscout::cli {

class BatchInput;
class BatchWorker;

// mailscout-cli discover --batch FILE: one setup session per address (or domain) of FILE, up to --jobs of
// them at once, each with the options discover would use for a single address and its own probe limits.
// The sessions run on one BatchWorker thread per core; this object, on the main thread, reads the lines,
// hands each to the least busy worker and prints what comes back.
// Each result is printed as one line (JSON lines or CSV, see BatchLine) the moment its session finishes,
// so the output is in the order of completion and every line carries its input line number. Memory stays
// flat: lines are read only when a session may start, and a session is deleted once printed.
class BatchRunner : public QObject {
    Q_OBJECT

public:
    enum class Format { JsonLines, Csv };

    static constexpr int kDefaultJobs = 16;
    static constexpr int kMaxJobs = 64;
    // Open files one session may need at its peak: a dozen probes, each racing IPv6 and IPv4, plus
    // discovery's web and DNS requests (measured: 14 when every server and web source hangs, IPv4 only).
    static constexpr int kFilesPerSession = 32;
    static constexpr int kFilesReserved = 64; // the program's own: standard streams, threads' wake-ups, ...

    // Adds --batch, --batch-format and --jobs to discover's options.
    static void addOptions(QCommandLineParser& parser);
    // Whether any of them was given: discover then runs as a batch (or refuses, see readOptions).
    [[nodiscard]] static bool isRequested(const QCommandLineParser& parser);
    // Reads them, refuses what a batch cannot honour (an ADDRESS, --password-stdin, --export, ...) and opens
    // FILE ("-": standard input). A translated error message, or empty.
    [[nodiscard]] QString readOptions(const QCommandLineParser& parser);
    // Runs the whole batch with these session options and prints its lines; an ExitStatus: Success when
    // every address found a secure configuration.
    int run(const SetupOptions& options);

private:
    void requestLine();
    void onLine(int number, const QString& text, bool tooLong);
    void startSession(int number, const QString& input, const EmailAddress& address);
    void startWorkers();
    void stopWorkers();
    void write(const BatchLine& line);
    void finishIfDone();

    Format m_format = Format::JsonLines;
    int m_jobs = kDefaultJobs;
    std::unique_ptr<QFile> m_file; // FILE until run() hands it to the reading thread
    SetupOptions m_options;
    QThread m_thread;
    BatchInput* m_input = nullptr; // lives in m_thread
    struct Worker {
        std::unique_ptr<QThread> thread;
        BatchWorker* worker = nullptr; // lives in thread
        int running = 0;
    };
    std::vector<Worker> m_workers;
    QFile m_out;
    QEventLoop* m_loop = nullptr; // while run() runs
    int m_running = 0;
    bool m_inputDone = false;
    bool m_allOk = true;
};

} // namespace mailscout::cli
