// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>
#include <utility>

namespace mailscout::bench {

// Runs one program (mailscout-cli) to its end without blocking the event loop, which keeps serving the
// lab's HTTP servers meanwhile, and watches its memory from /proc every 10 ms: the high-water mark
// (VmHWM) and the resident size (VmRSS) at each result line it prints.
class CliRun : public QObject {
    Q_OBJECT

public:
    struct Result {
        bool started = false;
        int exitCode = -1;
        bool crashed = false;
        bool timedOut = false;
        QByteArray standardOutput;
        QByteArray standardError;
        qint64 wallMs = -1;
        qint64 peakKb = -1; // the last VmHWM seen before it exited
        qint64 cpuMs = -1; // user + system CPU time of the process, as last seen before it exited
        int machineBusyPercent = -1; // of all CPUs over the run, whoever used them (the lab's servers too)
        qint64 machineBusyMs = -1; // CPU time of all processes over the run, summed over the CPUs
        QList<qint64> rssAtLineKb; // VmRSS when each output line arrived (batch mode prints one per address)
    };

    CliRun(const QString& program, const QStringList& arguments, int timeoutMs, QObject* parent = nullptr);
    void start();
    [[nodiscard]] bool isDone() const { return m_done; }
    [[nodiscard]] const Result& result() const { return m_result; }

    // Starts the given runs together and returns when all have ended.
    static void runAll(const QList<CliRun*>& runs);

Q_SIGNALS:
    void done();

private:
    void sample();
    void onOutput();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    [[nodiscard]] static qint64 statusField(qint64 pid, const char* name);
    [[nodiscard]] static qint64 cpuMsOf(qint64 pid);
    // Busy and total jiffies of all CPUs since boot (/proc/stat).
    [[nodiscard]] static std::pair<qint64, qint64> machineJiffies();

    QProcess m_process;
    QTimer m_sampler;
    QTimer m_timeout;
    QElapsedTimer m_clock;
    Result m_result;
    qint64 m_pid = 0;
    qint64 m_lastRssKb = -1;
    std::pair<qint64, qint64> m_machineAtStart;
    int m_timeoutMs;
    bool m_done = false;
};

} // namespace mailscout::bench
