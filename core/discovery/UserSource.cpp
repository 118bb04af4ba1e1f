// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserSource.h"

#include "GuessSource.h"

namespace mailscout {

using namespace Qt::StringLiterals;

namespace {

QList<Candidate> candidatesForPorts(const QString& host, const QList<quint16>& ports)
{
    QList<Candidate> all;
    for (const quint16 port : ports) {
        for (const Candidate& candidate : UserSource::candidates(host, port)) {
            if (!all.contains(candidate))
                all.append(candidate);
        }
    }
    return all;
}

} // namespace

UserSource::UserSource(const QString& host, const QList<quint16>& ports, QObject* parent)
    : StaticSource(u"user"_s, candidatesForPorts(host, ports.isEmpty() ? QList<quint16> { 0 } : ports), {}, parent)
{
}

QList<Candidate> UserSource::candidates(const QString& host, quint16 port)
{
    QList<Endpoint> standard;
    for (const Protocol protocol : { Protocol::Imap, Protocol::Pop3, Protocol::Smtp })
        standard += GuessSource::standardEndpoints(protocol, host);
    QList<Endpoint> endpoints;
    for (const Endpoint& endpoint : std::as_const(standard)) {
        if (port == 0 || endpoint.port == port)
            endpoints.append(endpoint);
    }
    if (endpoints.isEmpty()) {
        for (const Protocol protocol : { Protocol::Imap, Protocol::Pop3, Protocol::Smtp }) {
            for (const Security security : { Security::ImplicitTls, Security::StartTls })
                endpoints.append({ protocol, host, port, security });
        }
    }
    QList<Candidate> result;
    for (const Endpoint& endpoint : std::as_const(endpoints)) {
        Candidate candidate;
        candidate.endpoint = endpoint;
        candidate.source = CandidateSource::User;
        candidate.trusted = true;
        candidate.trustReason = tr("Entered by the user.");
        result.append(candidate);
    }
    return result;
}

} // namespace mailscout
