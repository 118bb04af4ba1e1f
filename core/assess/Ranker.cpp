// SPDX-License-Identifier: GPL-3.0-or-later
#include "Ranker.h"

#include "Provenance.h"

namespace mailscout {

using namespace Qt::StringLiterals;

namespace {

const QString kTls13Name = u"TLSv1.3"_s;
const QString kTls12Name = u"TLSv1.2"_s;

// Until a login can start: the TCP handshake, the TLS handshake (one round trip for 1.3, two before), the
// capability request and, for STARTTLS, the upgrade command and the capability request repeated over TLS.
int roundTripsBeforeLogin(Security security, const QString& tlsVersion)
{
    int trips = 2;
    if (security == Security::Plain)
        return trips;
    trips += tlsVersion == kTls13Name ? 1 : 2;
    if (security == Security::StartTls)
        trips += 2;
    return trips;
}

bool isVerified(const TlsInfo& tls)
{
    return (tls.trusted && tls.nameMatches) || tls.acceptedByUser;
}

} // namespace

Ranker::Ranker(RankingPreferences preferences) : m_preferences(preferences) { }

EndpointScore Ranker::score(const ProbeResult& result, const QList<Candidate>& provenance) const
{
    Facts facts;
    facts.loginVerified = result.outcome == ProbeOutcome::AuthOk;
    facts.capabilitiesSeen = result.isReachable() && result.effectiveCapabilities().known;
    facts.certificateTrusted = result.tls.established && result.tls.trusted && result.tls.nameMatches;
    facts.tlsVersion = result.tls.established ? result.tls.protocol : QString();
    EndpointScore score = scoreFacts(result.endpoint, facts, provenance);
    addBlockers(score, result);
    addResultWarnings(score, result);
    return score;
}

EndpointScore Ranker::bestPossibleScore(const Endpoint& endpoint, const QList<Candidate>& provenance) const
{
    Facts facts;
    facts.loginVerified = m_preferences.loginExpected;
    facts.capabilitiesSeen = true;
    facts.certificateTrusted = endpoint.security != Security::Plain;
    facts.tlsVersion = endpoint.security == Security::Plain ? QString() : kTls13Name;
    EndpointScore score = scoreFacts(endpoint, facts, provenance);
    if (endpoint.security == Security::Plain)
        score.blockers.append(tr("Unencrypted: never recommended, whatever the server answers."));
    return score;
}

EndpointScore Ranker::scoreFacts(
    const Endpoint& endpoint, const Facts& facts, const QList<Candidate>& provenance) const
{
    EndpointScore score;
    score.endpoint = endpoint;
    addConfirmation(score, facts);
    addCertificate(score, facts);
    addProtocol(score);
    addTransport(score);
    addTlsVersion(score, facts);
    addSource(score, provenance);
    addRoundTrips(score, facts);
    return score;
}

void Ranker::addConfirmation(EndpointScore& score, const Facts& facts)
{
    if (facts.loginVerified)
        score.terms.append({ u"login-verified"_s, kLoginVerified, tr("The server accepted your login.") });
    else if (facts.capabilitiesSeen)
        score.terms.append({ u"capabilities-seen"_s, kCapabilitiesSeen,
            tr("The server answered and listed what it supports.") });
}

void Ranker::addCertificate(EndpointScore& score, const Facts& facts)
{
    if (facts.certificateTrusted) {
        score.terms.append({ u"trusted-certificate"_s, kTrustedCertificate,
            tr("Its certificate is valid, trusted and issued for %1.").arg(score.endpoint.host) });
    }
}

void Ranker::addProtocol(EndpointScore& score) const
{
    const Endpoint& endpoint = score.endpoint;
    switch (endpoint.protocol) {
    case Protocol::Imap:
        if (!m_preferences.preferPop3) {
            score.terms.append({ u"imap"_s, kPreferredProtocol,
                tr("IMAP keeps your mail on the server, in step on all your devices.") });
        }
        break;
    case Protocol::Pop3:
        if (m_preferences.preferPop3)
            score.terms.append({ u"pop3-preferred"_s, kPreferredProtocol, tr("POP3, as you asked.") });
        break;
    case Protocol::Smtp:
        if (endpoint.port == 25) {
            score.warnings.append(tr("Port 25 is meant for mail between servers: many networks block it and "
                                     "many providers refuse logins there."));
        } else {
            score.terms.append({ u"submission-port"_s, kPreferredProtocol,
                tr("Port %1 is meant for mail programs (message submission).").arg(endpoint.port) });
        }
        break;
    }
}

void Ranker::addTransport(EndpointScore& score)
{
    switch (score.endpoint.security) {
    case Security::ImplicitTls:
        score.terms.append({ u"implicit-tls"_s, kImplicitTls,
            tr("Encrypted from the first byte (implicit TLS, RFC 8314).") });
        break;
    case Security::StartTls:
        score.terms.append(
            { u"starttls"_s, kStartTls, tr("Encrypted after an unencrypted start (STARTTLS).") });
        break;
    case Security::Plain:
        break;
    }
}

void Ranker::addTlsVersion(EndpointScore& score, const Facts& facts)
{
    if (facts.tlsVersion == kTls13Name)
        score.terms.append({ u"tls-1.3"_s, kTls13, tr("TLS 1.3, the current version.") });
    else if (facts.tlsVersion == kTls12Name)
        score.terms.append({ u"tls-1.2"_s, kTls12, tr("TLS 1.2.") });
}

void Ranker::addSource(EndpointScore& score, const QList<Candidate>& provenance)
{
    const QList<Candidate> credible = Provenance::byCredibility(provenance);
    if (credible.isEmpty() || Provenance::isGuess(credible.first())) {
        score.warnings.append(tr("Only a guess from common server names: no source named this server."));
        return;
    }
    const Candidate& best = credible.first();
    const QString source = candidateSourceDescription(best.source);
    if (best.trusted)
        score.terms.append(
            { u"trusted-source"_s, kTrustedSource, tr("Named by a trusted source: %1.").arg(source) });
    else
        score.terms.append({ u"untrusted-source"_s, kUntrustedSource,
            tr("Named by %1, which could not be verified.").arg(source) });
}

void Ranker::addRoundTrips(EndpointScore& score, const Facts& facts)
{
    const int trips = roundTripsBeforeLogin(score.endpoint.security, facts.tlsVersion);
    const int points = kRoundTripBudget - trips;
    if (points > 0) {
        score.terms.append({ u"round-trips"_s, points,
            tr("Ready for the login after %n network round trip(s).", nullptr, trips) });
    }
}

void Ranker::addBlockers(EndpointScore& score, const ProbeResult& result)
{
    if (!result.isReachable())
        score.blockers.append(outcomeDescription(result.outcome));
    else if (!result.tls.established)
        score.blockers.append(tr("Unencrypted: your password and mail would cross the network readable."));
    else if (result.tls.insecureProtocol)
        score.blockers.append(tr("Only %1, which is insecure (RFC 8996).").arg(result.tls.protocol));
    else if (!isVerified(result.tls))
        score.blockers.append(tr("The certificate could not be verified."));
}

void Ranker::addResultWarnings(EndpointScore& score, const ProbeResult& result)
{
    if (result.tls.acceptedByUser) {
        score.warnings.append(tr("You accepted this server's certificate despite: %1.")
                                  .arg(result.tls.errorMessages.join(u"; "_s)));
    }
    if (result.outcome == ProbeOutcome::AuthFailed)
        score.warnings.append(tr("The server refused the login: check the user name and the password."));
}

} // namespace mailscout
