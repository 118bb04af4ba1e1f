// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuessSource.h"

namespace mailscout {

using namespace Qt::StringLiterals;

GuessSource::GuessSource(const QString& domain, QObject* parent)
    : StaticSource(u"guess"_s, candidates(domain), {}, parent)
{
}

QList<Endpoint> GuessSource::standardEndpoints(Protocol protocol, const QString& host)
{
    switch (protocol) {
    case Protocol::Imap:
        return { { protocol, host, 993, Security::ImplicitTls },
            { protocol, host, 143, Security::StartTls } };
    case Protocol::Pop3:
        return { { protocol, host, 995, Security::ImplicitTls },
            { protocol, host, 110, Security::StartTls } };
    case Protocol::Smtp:
        return { { protocol, host, 465, Security::ImplicitTls }, { protocol, host, 587, Security::StartTls },
            { protocol, host, 25, Security::StartTls } };
    }
    return {};
}

QList<Candidate> GuessSource::candidates(const QString& domain)
{
    struct Guess {
        QString prefix;
        QList<Protocol> protocols;
    };
    const QList<Protocol> all { Protocol::Imap, Protocol::Pop3, Protocol::Smtp };
    const QList<Guess> guesses {
        { u"imap."_s, { Protocol::Imap } },
        { u"pop3."_s, { Protocol::Pop3 } },
        { u"pop."_s, { Protocol::Pop3 } },
        { u"mail."_s, all },
        { u"smtp."_s, { Protocol::Smtp } },
        { QString(), all },
    };
    QList<Candidate> result;
    for (const Guess& guess : guesses) {
        for (const Protocol protocol : guess.protocols) {
            const QString host = guess.prefix + domain;
            for (const Endpoint& endpoint : standardEndpoints(protocol, host)) {
                Candidate candidate;
                candidate.endpoint = endpoint;
                candidate.source = CandidateSource::Guess;
                candidate.trusted = true;
                candidate.trustReason
                    = tr("A guess from the name of the e-mail domain %1, and within it.").arg(domain);
                result.append(candidate);
            }
        }
    }
    return result;
}

} // namespace mailscout
