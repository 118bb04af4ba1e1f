// SPDX-License-Identifier: GPL-3.0-or-later
#include "DnsNamespace.h"

#include "ResolvConfOverride.h"

#include <QProcess>
#include <QStandardPaths>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sched.h>
#include <unistd.h>

namespace mailscout::test {

using namespace Qt::StringLiterals;

DnsNamespace::~DnsNamespace()
{
    m_dnsmasq.stop();
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
    if (const QString error = ResolvConfOverride::apply(m_dir.path(), u"127.0.0.1"_s); !error.isEmpty())
        return error;
    return m_dnsmasq.start(u"127.0.0.1"_s, records, m_dir.path());
}

} // namespace mailscout::test
