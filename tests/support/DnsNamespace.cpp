// SPDX-License-Identifier: GPL-3.0-or-later
#include "DnsNamespace.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QStandardPaths>
#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

namespace mailscout::test {

using namespace Qt::StringLiterals;

DnsNamespace::~DnsNamespace()
{
    if (m_dnsmasq.state() != QProcess::NotRunning) {
        m_dnsmasq.terminate();
        if (!m_dnsmasq.waitForFinished(3000))
            m_dnsmasq.kill();
        m_dnsmasq.waitForFinished(3000);
    }
    if (m_originalNamespace >= 0) {
        setns(m_originalNamespace, CLONE_NEWNET);
        close(m_originalNamespace);
    }
}

QString DnsNamespace::unavailableReason()
{
    if (geteuid() != 0)
        return u"needs root: it makes a private network namespace with dnsmasq on port 53 "
               "(CI runs as root, so it runs there)"_s;
    return {};
}

// The system resolver (getaddrinfo, what QHostInfo and so the probes use) reads /etc/resolv.conf: give this
// process a private mount namespace where that file names our dnsmasq, so A/AAAA lookups reach it too. The
// real file is untouched; the bind mount vanishes with the process.
QString DnsNamespace::useOwnResolverConfiguration()
{
    if (unshare(CLONE_NEWNS) != 0)
        return u"unshare(CLONE_NEWNS) failed: %1"_s.arg(QString::fromLocal8Bit(strerror(errno)));
    if (mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
        return u"making / private failed: %1"_s.arg(QString::fromLocal8Bit(strerror(errno)));
    QFile resolvConf(m_dir.filePath(u"resolv.conf"_s));
    if (!resolvConf.open(QIODevice::WriteOnly) || resolvConf.write("nameserver 127.0.0.1\noptions timeout:1 attempts:1\n") < 0)
        return u"cannot write %1"_s.arg(resolvConf.fileName());
    resolvConf.close();
    if (mount(QFile::encodeName(resolvConf.fileName()).constData(), "/etc/resolv.conf", nullptr, MS_BIND, nullptr) != 0)
        return u"bind-mounting resolv.conf failed: %1"_s.arg(QString::fromLocal8Bit(strerror(errno)));
    return {};
}

QString DnsNamespace::start(const QStringList& records)
{
    if (const QString reason = unavailableReason(); !reason.isEmpty())
        return reason;
    const QString dnsmasq = QStandardPaths::findExecutable(u"dnsmasq"_s, { u"/usr/sbin"_s, u"/sbin"_s });
    const QString ip = QStandardPaths::findExecutable(u"ip"_s, { u"/usr/sbin"_s, u"/sbin"_s, u"/usr/bin"_s });
    if (dnsmasq.isEmpty() || ip.isEmpty())
        return u"dnsmasq or ip is missing (Debian packages dnsmasq-base, iproute2)"_s;
    m_originalNamespace = open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
    if (m_originalNamespace < 0 || unshare(CLONE_NEWNET) != 0)
        return u"unshare(CLONE_NEWNET) failed: %1"_s.arg(QString::fromLocal8Bit(strerror(errno)));
    if (QProcess::execute(ip, { u"link"_s, u"set"_s, u"lo"_s, u"up"_s }) != 0)
        return u"ip link set lo up failed in the new namespace"_s;
    if (const QString error = useOwnResolverConfiguration(); !error.isEmpty())
        return error;

    QStringList arguments { u"--keep-in-foreground"_s, u"--log-facility=-"_s, u"--log-queries"_s,
        u"--conf-file=/dev/null"_s, u"--no-resolv"_s, u"--no-hosts"_s, u"--no-poll"_s, u"--bind-interfaces"_s,
        u"--listen-address=127.0.0.1"_s, u"--port=53"_s, u"--user=root"_s,
        u"--pid-file="_s + m_dir.filePath(u"dnsmasq.pid"_s) };
    arguments += records;
    m_dnsmasq.setProcessChannelMode(QProcess::MergedChannels);
    m_dnsmasq.start(dnsmasq, arguments);
    if (!m_dnsmasq.waitForStarted(5000))
        return u"dnsmasq did not start: %1"_s.arg(m_dnsmasq.errorString());
    // dnsmasq says "started" once its sockets are open; probing the port ourselves could take it first.
    const QDeadlineTimer deadline(5000);
    while (!m_log.contains(u"started"_s) && !deadline.hasExpired()) {
        if (m_dnsmasq.state() == QProcess::NotRunning)
            return u"dnsmasq exited: %1"_s.arg(m_log + QString::fromLocal8Bit(m_dnsmasq.readAll()));
        m_dnsmasq.waitForReadyRead(100);
        m_log += QString::fromLocal8Bit(m_dnsmasq.readAll());
    }
    return m_log.contains(u"started"_s) ? QString() : u"dnsmasq did not start within 5 s: %1"_s.arg(m_log);
}

} // namespace mailscout::test
