// SPDX-License-Identifier: GPL-3.0-or-later
#include "BaselineCandidates.h"

#include <initializer_list>
#include <utility>

namespace mailscout::bench {

using namespace Qt::StringLiterals;

namespace {

using Port = std::pair<quint16, Security>;

QList<Endpoint> hostMajor(Protocol protocol, const QStringList& hosts, std::initializer_list<Port> ports)
{
    QList<Endpoint> endpoints;
    for (const QString& host : hosts) {
        for (const auto& [port, security] : ports)
            endpoints.append({ protocol, host, port, security });
    }
    return endpoints;
}

} // namespace

QList<Endpoint> BaselineCandidates::guessedIncoming(const QString& domain)
{
    return hostMajor(Protocol::Imap, { u"imap."_s + domain, u"mail."_s + domain, domain },
               { { 993, Security::ImplicitTls }, { 143, Security::StartTls } })
        + hostMajor(Protocol::Pop3, { u"pop3."_s + domain, u"pop."_s + domain, u"mail."_s + domain, domain },
            { { 995, Security::ImplicitTls }, { 110, Security::StartTls } });
}

QList<Endpoint> BaselineCandidates::guessedOutgoing(const QString& domain)
{
    return hostMajor(Protocol::Smtp, { u"smtp."_s + domain, u"mail."_s + domain, domain },
        { { 465, Security::ImplicitTls }, { 587, Security::StartTls }, { 25, Security::StartTls } });
}

QList<Endpoint> BaselineCandidates::autoconfigIncoming(const QString& domain)
{
    return hostMajor(Protocol::Imap, { u"imap."_s + domain },
        { { 993, Security::ImplicitTls }, { 143, Security::StartTls } });
}

QList<Endpoint> BaselineCandidates::autoconfigOutgoing(const QString& domain)
{
    return hostMajor(Protocol::Smtp, { u"smtp."_s + domain },
        { { 465, Security::ImplicitTls }, { 587, Security::StartTls } });
}

} // namespace mailscout::bench
