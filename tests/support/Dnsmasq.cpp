// SPDX-License-Identifier: GPL-3.0-or-later
#include "Dnsmasq.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QStandardPaths>
#include <csignal>
#include <sys/prctl.h>

namespace mailscout::test {

using namespace Qt::StringLiterals;

Dnsmasq::~Dnsmasq()
{
    stop();
}

void Dnsmasq::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(3000))
        m_process.kill();
    m_process.waitForFinished(3000);
}

QString Dnsmasq::log()
{
    m_log += QString::fromLocal8Bit(m_process.readAll());
    return m_log;
}

QString Dnsmasq::start(const QString& listenAddress, const QStringList& records, const QString& pidDirectory)
{
    const QString dnsmasq = QStandardPaths::findExecutable(u"dnsmasq"_s, { u"/usr/sbin"_s, u"/sbin"_s });
    if (dnsmasq.isEmpty())
        return u"dnsmasq is missing (Debian package dnsmasq-base)"_s;
    QStringList arguments { u"--keep-in-foreground"_s, u"--log-facility=-"_s, u"--log-queries"_s,
        u"--conf-file=/dev/null"_s, u"--no-resolv"_s, u"--no-hosts"_s, u"--no-poll"_s, u"--bind-interfaces"_s,
        u"--listen-address="_s + listenAddress, u"--port=53"_s, u"--user=root"_s,
        u"--pid-file="_s + QDir(pidDirectory).filePath(u"dnsmasq.pid"_s) };
    arguments += records;
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // A crashed test must not leave a DNS server behind (it runs as root, so the signal survives).
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process.start(dnsmasq, arguments);
    if (!m_process.waitForStarted(5000))
        return u"dnsmasq did not start: %1"_s.arg(m_process.errorString());
    // dnsmasq says "started" once its sockets are open; probing the port ourselves could take it first.
    const QDeadlineTimer deadline(5000);
    while (!m_log.contains(u"started"_s) && !deadline.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning)
            return u"dnsmasq exited: %1"_s.arg(m_log + QString::fromLocal8Bit(m_process.readAll()));
        m_process.waitForReadyRead(100);
        m_log += QString::fromLocal8Bit(m_process.readAll());
    }
    return m_log.contains(u"started"_s) ? QString() : u"dnsmasq did not start within 5 s: %1"_s.arg(m_log);
}

} // namespace mailscout::test
