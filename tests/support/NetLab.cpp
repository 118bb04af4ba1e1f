// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetLab.h"

#include "ResolvConfOverride.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QStandardPaths>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sched.h>
#include <unistd.h>

namespace mailscout::test {

using namespace Qt::StringLiterals;

namespace {

constexpr auto namePrefix = "mslab-"_L1;
constexpr int delayerStartMs = 10'000;

QString findTool(const QString& name)
{
    const QString onPath = QStandardPaths::findExecutable(name);
    return !onPath.isEmpty()
        ? onPath
        : QStandardPaths::findExecutable(name, { u"/usr/sbin"_s, u"/sbin"_s, u"/usr/bin"_s, u"/bin"_s });
}

QString netdelayPath()
{
    return QStringLiteral(MAILSCOUT_NETDELAY_PATH);
}

QString errnoText()
{
    return QString::fromLocal8Bit(strerror(errno));
}

// Waits for one line from a child's standard output (the delayer's "ready", "ok rtt N").
QString readLine(QProcess& process, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!process.canReadLine() && !deadline.hasExpired()) {
        if (process.state() == QProcess::NotRunning)
            break;
        process.waitForReadyRead(qMax(1, static_cast<int>(qMin<qint64>(100, deadline.remainingTime()))));
    }
    return process.canReadLine() ? QString::fromLocal8Bit(process.readLine()).trimmed() : QString();
}

} // namespace

QString NetLab::unavailableReason()
{
    if (geteuid() != 0)
        return u"needs root: the lab makes network namespaces and TUN devices (CI runs as root, so it runs "
               "there)"_s;
    if (access("/dev/net/tun", R_OK | W_OK) != 0)
        return u"/dev/net/tun is missing or not usable here (%1): the lab's delaying link needs TUN devices"_s
            .arg(errnoText());
    if (findTool(u"ip"_s).isEmpty())
        return u"ip is missing (Debian package iproute2)"_s;
    if (!QFileInfo(netdelayPath()).isExecutable())
        return u"%1 is not built"_s.arg(netdelayPath());
    return {};
}

NetLab::NetLab() = default;

NetLab::~NetLab()
{
    m_mailServers.reset();
    m_dnsmasq.stop();
    if (m_delay.state() != QProcess::NotRunning) {
        // End of input is its signal to go; the TUN devices vanish with it.
        m_delay.closeWriteChannel();
        if (!m_delay.waitForFinished(2000)) {
            m_delay.kill();
            m_delay.waitForFinished(2000);
        }
    }
    if (m_originalNamespace >= 0) {
        setns(m_originalNamespace, CLONE_NEWNET);
        close(m_originalNamespace);
    }
    for (const int fd : { m_clientNamespace, m_serverNamespace }) {
        if (fd >= 0)
            close(fd);
    }
    // Deleting the namespace drops its iptables rules; anything a test started in it and left running
    // keeps it alive until that ends.
    if (!m_name.isEmpty())
        static_cast<void>(ip({ u"netns"_s, u"del"_s, m_name }));
}

QString NetLab::ip(const QStringList& arguments) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(findTool(u"ip"_s), arguments);
    if (!process.waitForFinished(10'000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        return u"ip %1 failed: %2"_s.arg(
            arguments.join(u' '), QString::fromLocal8Bit(process.readAll()).trimmed());
    return {};
}

// Names of labs whose process is gone (killed before its destructor ran). Their namespaces died with
// their mount namespace; only the empty file in /run/netns is left. Only our own prefix is touched.
void NetLab::removeStaleNamespaces() const
{
    const QStringList entries = QDir(u"/run/netns"_s).entryList({ namePrefix + u'*' }, QDir::Files);
    for (const QString& entry : entries) {
        const QString pid = entry.mid(namePrefix.size()).section(u'-', 0, 0);
        if (!pid.isEmpty() && !QFileInfo::exists(u"/proc/"_s + pid))
            static_cast<void>(ip({ u"netns"_s, u"del"_s, entry }));
    }
}

QString NetLab::start(int rttMs)
{
    if (const QString reason = unavailableReason(); !reason.isEmpty())
        return reason;
    if (m_originalNamespace >= 0)
        return u"the lab is already running"_s;
    if (!m_dir.isValid())
        return u"cannot create a temporary directory: "_s + m_dir.errorString();

    m_originalNamespace = open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
    if (m_originalNamespace < 0 || unshare(CLONE_NEWNET) != 0)
        return u"unshare(CLONE_NEWNET) failed: %1"_s.arg(errnoText());
    m_clientNamespace = open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
    if (m_clientNamespace < 0)
        return u"cannot open the client namespace: %1"_s.arg(errnoText());
    if (QString error = ip({ u"link"_s, u"set"_s, u"lo"_s, u"up"_s }); !error.isEmpty())
        return error;
    // glibc's default per-try timeout (5 s): one attempt, and a reply over a 600 ms link still makes it.
    if (QString error = ResolvConfOverride::apply(m_dir.path(), serverAddress(), 5); !error.isEmpty())
        return error;

    // Made after our mount namespace became private, so the namespace's bind mount lives only there: if
    // this process dies without its destructor, the namespace goes with it (see removeStaleNamespaces()).
    removeStaleNamespaces();
    static int counter = 0;
    m_name = namePrefix + QString::number(getpid()) + u'-' + QString::number(++counter);
    if (QString error = ip({ u"netns"_s, u"add"_s, m_name }); !error.isEmpty()) {
        m_name.clear();
        return error;
    }
    const QString serverPath = u"/run/netns/"_s + m_name;
    m_serverNamespace = open(QFile::encodeName(serverPath).constData(), O_RDONLY | O_CLOEXEC);
    if (m_serverNamespace < 0)
        return u"cannot open %1: %2"_s.arg(serverPath, errnoText());
    if (QString error = ip({ u"-n"_s, m_name, u"link"_s, u"set"_s, u"lo"_s, u"up"_s }); !error.isEmpty())
        return error;

    // Started from this thread, so it begins in the client namespace and makes msc0 there.
    m_delay.start(netdelayPath(), { u"--server-netns"_s, serverPath, u"--rtt-ms"_s, QString::number(rttMs) });
    const QString ready = readLine(m_delay, delayerStartMs);
    if (ready != u"ready"_s) {
        return u"mailscout-netdelay did not get ready: %1 %2"_s.arg(
            ready, QString::fromLocal8Bit(m_delay.readAllStandardError()).trimmed());
    }
    m_rttMs = rttMs;
    return {};
}

QString NetLab::setRtt(int rttMs)
{
    if (m_delay.state() != QProcess::Running)
        return u"the lab is not running"_s;
    m_delay.write("rtt " + QByteArray::number(rttMs) + '\n');
    m_delay.waitForBytesWritten(1000);
    const QString answer = readLine(m_delay, 2000);
    if (answer != u"ok rtt %1"_s.arg(rttMs))
        return u"mailscout-netdelay refused rtt %1: %2"_s.arg(rttMs).arg(answer);
    m_rttMs = rttMs;
    return {};
}

std::unique_ptr<NetNamespaceScope> NetLab::serverScope() const
{
    return std::make_unique<NetNamespaceScope>(m_serverNamespace);
}

QString NetLab::execInServer(const QString& program, const QStringList& arguments)
{
    if (m_name.isEmpty())
        return u"the lab is not running"_s;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(findTool(u"ip"_s), QStringList { u"netns"_s, u"exec"_s, m_name, program } + arguments);
    if (!process.waitForFinished(10'000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        return u"%1 %2 failed in %3: %4"_s.arg(
            program, arguments.join(u' '), m_name, QString::fromLocal8Bit(process.readAll()).trimmed());
    return {};
}

QString NetLab::addServerAddress(const QString& address)
{
    if (m_name.isEmpty())
        return u"the lab is not running"_s;
    if (!QHostAddress(address).isInSubnet(QHostAddress(u"10.77.0.0"_s), 24))
        return u"%1 is outside the lab's 10.77.0.0/24"_s.arg(address);
    return ip({ u"-n"_s, m_name, u"addr"_s, u"add"_s, address + u"/32"_s, u"dev"_s, u"lo"_s });
}

QString NetLab::filterPort(quint16 port, const QString& address)
{
    const QString iptables = findTool(u"iptables"_s);
    if (iptables.isEmpty())
        return u"iptables is missing (Debian package iptables)"_s;
    QStringList rule { u"-A"_s, u"INPUT"_s, u"-p"_s, u"tcp"_s, u"--dport"_s, QString::number(port) };
    if (!address.isEmpty())
        rule += { u"-d"_s, address };
    return execInServer(iptables, rule + QStringList { u"-j"_s, u"DROP"_s });
}

QString NetLab::clearFilters()
{
    const QString iptables = findTool(u"iptables"_s);
    if (iptables.isEmpty())
        return u"iptables is missing (Debian package iptables)"_s;
    return execInServer(iptables, { u"-F"_s, u"INPUT"_s });
}

QString NetLab::startDns(const QStringList& records)
{
    if (m_serverNamespace < 0)
        return u"the lab is not running"_s;
    m_dnsmasq.stop();
    const auto scope = serverScope();
    if (!scope->isValid())
        return scope->errorString();
    return m_dnsmasq.start(serverAddress(), records, m_dir.path());
}

QString NetLab::startMailServers(const IssuedCertificate& certificate, const QString& username,
    const QString& password, const QList<RealMailServers::SniCertificate>& sniCertificates)
{
    if (m_serverNamespace < 0)
        return u"the lab is not running"_s;
    if (const QString reason = RealMailServers::unavailableReason(); !reason.isEmpty())
        return reason;
    m_mailServers = std::make_unique<RealMailServers>();
    m_mailServers->setPlacement({ serverAddress(), true });
    for (const RealMailServers::SniCertificate& sni : sniCertificates)
        m_mailServers->addSniCertificate(sni.serverNames, sni.certificate);
    const auto scope = serverScope();
    if (!scope->isValid())
        return scope->errorString();
    QString error;
    return m_mailServers->start(certificate, username, password, &error) ? QString() : error;
}

void NetLab::stopMailServers()
{
    m_mailServers.reset();
}

} // namespace mailscout::test
