// SPDX-License-Identifier: GPL-3.0-or-later
#include "Endpoint.h"

namespace mailscout {

using namespace Qt::StringLiterals;

quint16 Endpoint::defaultPort(Protocol protocol, Security security)
{
    const bool implicit = security == Security::ImplicitTls;
    switch (protocol) {
    case Protocol::Smtp:
        return implicit ? 465 : 587;
    case Protocol::Imap:
        return implicit ? 993 : 143;
    case Protocol::Pop3:
        return implicit ? 995 : 110;
    }
    return 0;
}

QString Endpoint::toString() const
{
    return protocolName(protocol) + u"://"_s + host + u':' + QString::number(port) + u" ("_s
        + securityName(security) + u')';
}

QString protocolName(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Smtp:
        return QStringLiteral("smtp");
    case Protocol::Imap:
        return QStringLiteral("imap");
    case Protocol::Pop3:
        return QStringLiteral("pop3");
    }
    return {};
}

std::optional<Protocol> protocolFromName(QStringView name)
{
    for (const Protocol p : { Protocol::Smtp, Protocol::Imap, Protocol::Pop3 }) {
        if (name.compare(protocolName(p), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

QString securityName(Security security)
{
    switch (security) {
    case Security::ImplicitTls:
        return QStringLiteral("tls");
    case Security::StartTls:
        return QStringLiteral("starttls");
    case Security::Plain:
        return QStringLiteral("plain");
    }
    return {};
}

std::optional<Security> securityFromName(QStringView name)
{
    for (const Security s : { Security::ImplicitTls, Security::StartTls, Security::Plain }) {
        if (name.compare(securityName(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

size_t qHash(const Endpoint& endpoint, size_t seed) noexcept
{
    return qHashMulti(seed, static_cast<int>(endpoint.protocol), endpoint.host.toLower(), endpoint.port,
                      static_cast<int>(endpoint.security));
}

} // namespace mailscout
