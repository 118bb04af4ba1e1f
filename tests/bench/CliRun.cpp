// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRun.h"

#include <QEventLoop>
#include <QFile>
#include <algorithm>

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

void CliRun::sample()
{
    if (m_pid <= 0)
        return;
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
