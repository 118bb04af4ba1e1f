// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionOverrides.h"

namespace mailscout {

using namespace Qt::StringLiterals;

namespace {

// Splits "a:b:[::1]:d" on colons outside brackets and strips the brackets.
QStringList splitSpec(QStringView spec)
{
    QStringList parts;
    QString current;
    bool inBrackets = false;
    for (const QChar c : spec) {
        if (c == u'[' && !inBrackets) {
            inBrackets = true;
        } else if (c == u']' && inBrackets) {
            inBrackets = false;
        } else if (c == u':' && !inBrackets) {
            parts.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts.append(current);
    return parts;
}

// 0 for empty (meaning "any" or "unchanged"), -1 for invalid.
int parsePort(const QString& text)
{
    if (text.isEmpty())
        return 0;
    bool ok = false;
    const int port = text.toInt(&ok);
    return ok && port > 0 && port <= 65535 ? port : -1;
}

} // namespace

QString ConnectionOverrides::addConnectTo(QStringView spec)
{
    const QStringList parts = splitSpec(spec);
    if (parts.size() != 4)
        return tr("--connect-to takes HOST1:PORT1:HOST2:PORT2");
    const int fromPort = parsePort(parts[1]);
    const int toPort = parsePort(parts[3]);
    if (fromPort < 0 || toPort < 0)
        return tr("--connect-to has a port outside 1-65535");
    m_connectTo.append({ parts[0].toLower(), static_cast<quint16>(fromPort), parts[2],
                         static_cast<quint16>(toPort) });
    return {};
}

QString ConnectionOverrides::addResolve(QStringView spec)
{
    const QStringList parts = splitSpec(spec);
    if (parts.size() != 3 || parts[0].isEmpty())
        return tr("--resolve takes HOST:PORT:ADDRESS[,ADDRESS...]");
    const int port = parts[1] == u"*"_s ? 0 : parsePort(parts[1]);
    if (port < 0 || parts[1].isEmpty())
        return tr("--resolve has a port outside 1-65535");
    QList<QHostAddress> addresses;
    for (const QString& text : parts[2].split(u',')) {
        QHostAddress address;
        if (!address.setAddress(text))
            return tr("--resolve needs IP addresses, not \"%1\"").arg(text);
        addresses.append(address);
    }
    m_resolve.append({ parts[0].toLower(), static_cast<quint16>(port), addresses });
    return {};
}

ConnectionOverrides::Target ConnectionOverrides::resolve(const QString& host, quint16 port) const
{
    Target target { host, port, {} };
    const QString lowered = host.toLower();
    for (const ConnectTo& rule : m_connectTo) {
        const bool hostMatches = rule.fromHost.isEmpty() || rule.fromHost == lowered;
        const bool portMatches = rule.fromPort == 0 || rule.fromPort == port;
        if (hostMatches && portMatches) {
            if (!rule.toHost.isEmpty())
                target.host = rule.toHost;
            if (rule.toPort != 0)
                target.port = rule.toPort;
            break;
        }
    }
    const QString targetHost = target.host.toLower();
    for (const Resolve& rule : m_resolve) {
        if (rule.host == targetHost && (rule.port == 0 || rule.port == target.port)) {
            target.addresses = rule.addresses;
            break;
        }
    }
    if (target.addresses.isEmpty()) {
        QHostAddress literal;
        if (literal.setAddress(target.host))
            target.addresses.append(literal);
    }
    return target;
}

} // namespace mailscout
