// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRun.h"

#include <QEventLoop>
#include <QFile>
#include <algorithm>
#include <unistd.h>

namespace mailscout::bench {

using namespace Qt::StringLiterals;

CliRun::CliRun(const QString& program, const QStringList& arguments, int timeoutMs, QObject* parent)
    : QObject(parent), m_timeoutMs(timeoutMs)
{
    m_process.setProgram(program);
    m_process.setArguments(arguments);
    m_sampler.setInterval(10);
    m_sampler.setTimerType(Qt::PreciseTimer);
    m_timeout.setSingleShot(true);
    connect(&m_sampler, &QTimer::timeout, this, &CliRun::sample);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_result.timedOut = true;
        m_process.kill();
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &CliRun::onOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this,
        [this] { m_result.standardError += m_process.readAllStandardError(); });
    connect(&m_process, &QProcess::finished, this, &CliRun::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            m_result.standardError += m_process.errorString().toLocal8Bit();
            m_done = true;
            Q_EMIT done();
        }
    });
}

void CliRun::start()
{
    m_machineAtStart = machineJiffies();
    m_clock.start();
    m_process.start();
    if (!m_process.waitForStarted(5000))
        return; // errorOccurred has said so
    m_result.started = true;
    m_pid = m_process.processId();
    sample();
    m_sampler.start();
    m_timeout.start(m_timeoutMs);
}

qint64 CliRun::statusField(qint64 pid, const char* name)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(name) + ':';
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

qint64 CliRun::cpuMsOf(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    // "pid (comm) state ..." where comm may hold anything: count fields after the last ')'. utime and stime
    // are fields 14 and 15, so the 12th and 13th after it.
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const qint64 ticks = fields.at(11).toLongLong() + fields.at(12).toLongLong();
    return ticks * 1000 / sysconf(_SC_CLK_TCK);
}

std::pair<qint64, qint64> CliRun::machineJiffies()
{
    QFile stat(u"/proc/stat"_s);
    if (!stat.open(QIODevice::ReadOnly))
        return { 0, 0 };
    // "cpu  user nice system idle iowait irq softirq steal ...": idle and iowait are the idle ones.
    const QList<QByteArray> fields = stat.readLine().simplified().split(' ');
    qint64 busy = 0;
    qint64 total = 0;
    for (qsizetype i = 1; i < fields.size() && i <= 8; ++i) {
        const qint64 value = fields.at(i).toLongLong();
        total += value;
        if (i != 4 && i != 5)
            busy += value;
    }
    return { busy, total };
}

void CliRun::sample()
{
    if (m_pid <= 0)
        return;
    if (const qint64 cpu = cpuMsOf(m_pid); cpu >= 0)
        m_result.cpuMs = cpu;
    // VmHWM only grows, so the last reading before the exit is the peak up to then (within 10 ms).
    if (const qint64 hwm = statusField(m_pid, "VmHWM"); hwm > 0)
        m_result.peakKb = std::max(m_result.peakKb, hwm);
    if (const qint64 rss = statusField(m_pid, "VmRSS"); rss > 0)
        m_lastRssKb = rss;
}

void CliRun::onOutput()
{
    const QByteArray chunk = m_process.readAllStandardOutput();
    const qsizetype lines = chunk.count('\n');
    if (lines > 0) {
        sample();
        for (qsizetype i = 0; i < lines; ++i)
            m_result.rssAtLineKb.append(m_lastRssKb);
    }
    m_result.standardOutput += chunk;
}

void CliRun::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_result.wallMs = m_clock.elapsed();
    const auto [busy, total] = machineJiffies();
    if (total > m_machineAtStart.second) {
        m_result.machineBusyPercent
            = static_cast<int>(100 * (busy - m_machineAtStart.first) / (total - m_machineAtStart.second));
        m_result.machineBusyMs = (busy - m_machineAtStart.first) * 1000 / sysconf(_SC_CLK_TCK);
    }
    m_sampler.stop();
    m_timeout.stop();
    onOutput();
    m_result.standardError += m_process.readAllStandardError();
    m_result.exitCode = exitCode;
    m_result.crashed = status != QProcess::NormalExit;
    m_done = true;
    Q_EMIT done();
}

void CliRun::runAll(const QList<CliRun*>& runs)
{
    QEventLoop loop;
    const auto allDone = [&runs] {
        return std::all_of(runs.cbegin(), runs.cend(), [](CliRun* run) { return run->isDone(); });
    };
    for (CliRun* run : runs) {
        connect(run, &CliRun::done, &loop, [&loop, &allDone] {
            if (allDone())
                loop.quit();
        });
    }
    for (CliRun* run : runs)
        run->start();
    if (!allDone())
        loop.exec();
}

} // namespace mailscout::bench
