// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResolvConfOverride.h"

#include <QDir>
#include <QFile>
#include <cerrno>
#include <cstring>
#include <sched.h>
#include <sys/mount.h>

namespace mailscout::test {

using namespace Qt::StringLiterals;

QString ResolvConfOverride::apply(const QString& directory, const QString& nameserver, int timeoutSeconds)
{
    if (unshare(CLONE_NEWNS) != 0)
        return u"unshare(CLONE_NEWNS) failed: %1"_s.arg(QString::fromLocal8Bit(strerror(errno)));
    // Private, or the bind mount below would propagate to the host's mount namespace.
    if (mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
        return u"making / private failed: %1"_s.arg(QString::fromLocal8Bit(strerror(errno)));
    QFile resolvConf(QDir(directory).filePath(u"resolv.conf"_s));
    // One attempt: a test's DNS server answers or not at all, and a retry would only hide that.
    const QByteArray contents = "nameserver " + nameserver.toLatin1()
        + "\noptions timeout:" + QByteArray::number(timeoutSeconds) + " attempts:1\n";
    if (!resolvConf.open(QIODevice::WriteOnly) || resolvConf.write(contents) < 0)
        return u"cannot write %1"_s.arg(resolvConf.fileName());
    resolvConf.close();
    if (mount(QFile::encodeName(resolvConf.fileName()).constData(), "/etc/resolv.conf", nullptr, MS_BIND,
            nullptr)
        != 0)
        return u"bind-mounting resolv.conf failed: %1"_s.arg(QString::fromLocal8Bit(strerror(errno)));
    return {};
}

} // namespace mailscout::test
