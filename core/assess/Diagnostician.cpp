// SPDX-License-Identifier: GPL-3.0-or-later
#include "Diagnostician.h"

#include "Provenance.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <utility>

namespace mailscout {

using namespace Qt::StringLiterals;

namespace {

QString hostAndPort(const Endpoint& endpoint)
{
    return endpoint.host + u':' + QString::number(endpoint.port);
}

QList<Endpoint> endpointsOf(const QList<ProbeResult>& results)
{
    QList<Endpoint> endpoints;
    for (const ProbeResult& result : results)
        endpoints.append(result.endpoint);
    return endpoints;
}

QString endpointList(const QList<Endpoint>& endpoints)
{
    QStringList names;
    for (const Endpoint& endpoint : endpoints)
        names.append(hostAndPort(endpoint));
    names.removeDuplicates();
    return names.join(u", "_s);
}

QString portList(const QList<ProbeResult>& results)
{
    QStringList ports;
    for (const ProbeResult& result : results)
        ports.append(QString::number(result.endpoint.port));
    ports.removeDuplicates();
    return ports.join(u", "_s);
}

QList<QList<ProbeResult>> groupByHost(const QList<ProbeResult>& results)
{
    QList<QList<ProbeResult>> groups;
    for (const ProbeResult& result : results) {
        const auto group = std::find_if(groups.begin(), groups.end(), [&result](const QList<ProbeResult>& g) {
            return g.first().endpoint.host.compare(result.endpoint.host, Qt::CaseInsensitive) == 0;
        });
        if (group == groups.end())
            groups.append({ result });
        else
            group->append(result);
    }
    return groups;
}

std::optional<CertificateInfo> leafOf(const QList<ProbeResult>& sameHost)
{
    for (const ProbeResult& result : sameHost) {
        if (!result.tls.chain.isEmpty())
            return CertificateInfo::from(result.tls.chain.first());
    }
    return std::nullopt;
}

// The names a certificate is valid for, as a person would compare them with the server name.
QString certificateNames(const CertificateInfo& leaf)
{
    return leaf.sans.isEmpty() ? leaf.subject : leaf.sans.join(u", "_s);
}

bool hasError(const ProbeResult& result, QStringView code)
{
    return result.tls.errors.contains(code);
}

bool isInjection(const ProbeResult& result)
{
    return result.outcome == ProbeOutcome::StartTlsInjection;
}

bool isExpired(const ProbeResult& result)
{
    return result.outcome == ProbeOutcome::CertificateExpired || hasError(result, u"expired");
}

bool isNameMismatch(const ProbeResult& result)
{
    return result.outcome == ProbeOutcome::CertificateNameMismatch || hasError(result, u"name-mismatch");
}

bool isSelfSigned(const ProbeResult& result)
{
    return hasError(result, u"self-signed") || hasError(result, u"self-signed-in-chain");
}

// Not vouched for by a known authority; self-signed certificates have their own finding.
bool isUntrusted(const ProbeResult& result)
{
    if (isSelfSigned(result))
        return false;
    const bool issuerUnknown = hasError(result, u"unknown-issuer") || hasError(result, u"unable-to-verify")
        || hasError(result, u"untrusted");
    return result.outcome == ProbeOutcome::CertificateUntrusted
        || (result.tls.acceptedByUser && issuerUnknown);
}

bool isStartTlsMissing(const ProbeResult& result)
{
    return result.outcome == ProbeOutcome::StartTlsUnavailable;
}

bool isOutdatedTls(const ProbeResult& result)
{
    return result.tls.insecureProtocol;
}

bool worksOnlyUnencrypted(const ProbeResult& result)
{
    return (result.isReachable() && !result.tls.established) || isStartTlsMissing(result);
}

bool isPort25Dead(const ProbeResult& result)
{
    return result.endpoint.protocol == Protocol::Smtp && result.endpoint.port == 25
        && (result.outcome == ProbeOutcome::Timeout || result.outcome == ProbeOutcome::Refused);
}

bool isWorkingSubmission(const ProbeResult& result)
{
    const quint16 port = result.endpoint.port;
    return result.endpoint.protocol == Protocol::Smtp && (port == 465 || port == 587) && result.isReachable();
}

// What a source's claim about an endpoint can be refuted by.
bool contradictsClaim(const ProbeResult& result)
{
    switch (result.outcome) {
    case ProbeOutcome::StartTlsUnavailable:
    case ProbeOutcome::Refused:
    case ProbeOutcome::DnsFailure:
    case ProbeOutcome::WrongProtocol:
        return true;
    default:
        return false;
    }
}

// Guesses claim nothing, and what the user typed is not "source data".
bool makesClaims(const Candidate& candidate)
{
    return candidate.source != CandidateSource::Guess && candidate.source != CandidateSource::User;
}

void appendUnique(QList<Endpoint>& endpoints, const Endpoint& endpoint)
{
    if (!endpoints.contains(endpoint))
        endpoints.append(endpoint);
}

} // namespace

Diagnostician::Diagnostician(QList<Candidate> candidates, QList<ProbeResult> results)
    : m_candidates(std::move(candidates)), m_results(std::move(results))
{
}

QList<Diagnosis> Diagnostician::diagnose(const QList<AccountConfig>& configurations, bool settled) const
{
    Findings findings;
    starttlsInjection(findings);
    noSecureConfiguration(findings, configurations, settled);
    loginFailed(findings, configurations);
    oauth2Required(findings);
    port25Blocked(findings);
    hostFiltered(findings);
    plaintextOnly(findings);
    starttlsMissing(findings);
    tlsOutdated(findings);
    certificateExpired(findings);
    certificateNameMismatch(findings);
    certificateSelfSigned(findings);
    certificateUntrusted(findings);
    sourceMismatch(findings);
    dnsOutsideDomain(findings);
    autoconfigHttpOnly(findings);
    return findings;
}

void Diagnostician::starttlsInjection(Findings& findings) const
{
    perHost(findings, u"starttls-injection"_s, matching(isInjection), injectionMessage);
}

void Diagnostician::noSecureConfiguration(
    Findings& findings, const QList<AccountConfig>& configurations, bool settled) const
{
    if (!configurations.isEmpty() || !settled)
        return;
    const bool incoming = anySecure(ServerRole::Incoming);
    const bool outgoing = anySecure(ServerRole::Outgoing);
    QString message;
    if (incoming)
        message = tr("No secure outgoing server (SMTP) was found, so no complete setting can be recommended. "
                     "The other findings say why.");
    else if (outgoing)
        message = tr("No secure incoming server (IMAP or POP3) was found, so no complete setting can be "
                     "recommended. The other findings say why.");
    else
        message
            = tr("No server offered a verified, encrypted connection, and Mailscout recommends nothing less. "
                 "The other findings say why.");
    findings.append({ u"no-secure-configuration"_s, message, {} });
}

void Diagnostician::loginFailed(Findings& findings, const QList<AccountConfig>& configurations) const
{
    if (configurations.isEmpty())
        return;
    for (const ServerSetting& setting :
        { configurations.first().incoming, configurations.first().outgoing }) {
        const bool refused
            = std::any_of(m_results.cbegin(), m_results.cend(), [&setting](const ProbeResult& r) {
                  return r.endpoint == setting.endpoint && r.outcome == ProbeOutcome::AuthFailed;
              });
        if (!refused)
            continue;
        findings.append({ u"login-failed"_s,
            tr("%1 refused the login with the user name \"%2\". Check the password and the user name. "
               "If your account uses two-step verification, the provider probably wants an app "
               "password for mail programs.")
                .arg(hostAndPort(setting.endpoint), setting.username),
            { setting.endpoint } });
    }
}

void Diagnostician::oauth2Required(Findings& findings) const
{
    QList<Endpoint> endpoints;
    for (const Candidate& candidate : m_candidates) {
        if (candidate.oauth2Required)
            appendUnique(endpoints, candidate.endpoint);
    }
    if (endpoints.isEmpty())
        return;
    findings.append({ u"oauth2-required"_s,
        tr("The provider accepts only OAuth2 sign-in on %1: a password login fails however correct the "
           "password is. Use a mail program that signs in with OAuth2 (through the provider's web "
           "page), or create an app password if the provider offers them.")
            .arg(endpointList(endpoints)),
        endpoints });
}

void Diagnostician::port25Blocked(Findings& findings) const
{
    const QList<ProbeResult> blocked = matching(isPort25Dead);
    if (blocked.isEmpty() || matching(isWorkingSubmission).isEmpty())
        return;
    const QList<Endpoint> endpoints = endpointsOf(blocked);
    findings.append({ u"port25-blocked"_s,
        tr("Port 25 of %1 does not answer while the submission ports work: your Internet provider or "
           "network blocks outgoing port 25, as many do against spam. Nothing to fix: send through "
           "port 587 or 465.")
            .arg(endpointList(endpoints)),
        endpoints });
}

// A host that answers on no port at all, while more than one was tried, sits behind a filter (or is down).
void Diagnostician::hostFiltered(Findings& findings) const
{
    for (const QList<ProbeResult>& sameHost : groupByHost(m_results)) {
        const bool allTimedOut = std::all_of(sameHost.cbegin(), sameHost.cend(),
            [](const ProbeResult& r) { return r.outcome == ProbeOutcome::Timeout; });
        if (sameHost.size() >= 2 && allTimedOut)
            findings.append({ u"host-filtered"_s, filteredMessage(sameHost), endpointsOf(sameHost) });
    }
}

void Diagnostician::plaintextOnly(Findings& findings) const
{
    for (const ServerRole role : { ServerRole::Incoming, ServerRole::Outgoing }) {
        if (anySecure(role))
            continue;
        QList<ProbeResult> unencrypted = matching(worksOnlyUnencrypted);
        unencrypted.removeIf(
            [role](const ProbeResult& r) { return serverRoleOf(r.endpoint.protocol) != role; });
        if (unencrypted.isEmpty())
            continue;
        const QList<Endpoint> endpoints = endpointsOf(unencrypted);
        findings.append({ u"plaintext-only"_s,
            tr("%1 can be used only without encryption: your password and mail would cross the "
               "network readable. Mailscout does not recommend that; ask the provider for encrypted "
               "access (TLS).")
                .arg(endpointList(endpoints)),
            endpoints });
    }
}

void Diagnostician::starttlsMissing(Findings& findings) const
{
    perHost(findings, u"starttls-missing"_s, matching(isStartTlsMissing), starttlsMissingMessage);
}

void Diagnostician::tlsOutdated(Findings& findings) const
{
    perHost(findings, u"tls-outdated"_s, matching(isOutdatedTls), tlsOutdatedMessage);
}

void Diagnostician::certificateExpired(Findings& findings) const
{
    perHost(findings, u"certificate-expired"_s, matching(isExpired), expiredMessage);
}

void Diagnostician::certificateNameMismatch(Findings& findings) const
{
    perHost(findings, u"certificate-name-mismatch"_s, matching(isNameMismatch), nameMismatchMessage);
}

void Diagnostician::certificateSelfSigned(Findings& findings) const
{
    perHost(findings, u"certificate-self-signed"_s, matching(isSelfSigned), selfSignedMessage);
}

void Diagnostician::certificateUntrusted(Findings& findings) const
{
    perHost(findings, u"certificate-untrusted"_s, matching(isUntrusted), untrustedMessage);
}

void Diagnostician::sourceMismatch(Findings& findings) const
{
    for (const ProbeResult& result : m_results) {
        if (!contradictsClaim(result))
            continue;
        QStringList sources;
        for (const Candidate& candidate : Provenance::of(result.endpoint, m_candidates)) {
            if (makesClaims(candidate))
                sources.append(candidateSourceDescription(candidate.source));
        }
        sources.removeDuplicates();
        if (sources.isEmpty())
            continue;
        findings.append({ u"source-mismatch"_s,
            tr("%1 lists %2, but the server disagrees: %3 That source's data is out of date: trust "
               "what the servers really do.")
                .arg(sources.join(u", "_s), describeClaim(result.endpoint),
                    outcomeDescription(result.outcome)),
            { result.endpoint } });
    }
}

void Diagnostician::dnsOutsideDomain(Findings& findings) const
{
    QList<Endpoint> endpoints;
    QStringList hosts;
    for (const Candidate& candidate : m_candidates) {
        const bool fromDns
            = candidate.source == CandidateSource::Srv || candidate.source == CandidateSource::MxDerived;
        if (!fromDns || candidate.trusted)
            continue;
        appendUnique(endpoints, candidate.endpoint);
        hosts.append(candidate.endpoint.host);
    }
    if (endpoints.isEmpty())
        return;
    hosts.removeDuplicates();
    findings.append({ u"dns-outside-domain"_s,
        tr("The domain's DNS records point to %1, outside your e-mail domain. DNS answers can be "
           "forged, so these servers are not trusted automatically: confirm that they belong to your "
           "provider before you use them.")
            .arg(hosts.join(u", "_s)),
        endpoints });
}

void Diagnostician::autoconfigHttpOnly(Findings& findings) const
{
    const QList<Candidate> overHttp = candidatesFrom(CandidateSource::AutoconfigHttp);
    if (overHttp.isEmpty() || !candidatesFrom(CandidateSource::AutoconfigHttps).isEmpty())
        return;
    QList<Endpoint> endpoints;
    for (const Candidate& candidate : overHttp)
        appendUnique(endpoints, candidate.endpoint);
    findings.append({ u"autoconfig-http-only"_s,
        tr("The domain's autoconfig file was found only over unencrypted HTTP, where anyone on the way "
           "could have changed it, so the servers it names are not trusted automatically. Domain "
           "administrators: publish it over HTTPS."),
        endpoints });
}

QList<ProbeResult> Diagnostician::matching(Predicate predicate) const
{
    QList<ProbeResult> found;
    std::copy_if(m_results.cbegin(), m_results.cend(), std::back_inserter(found), predicate);
    return found;
}

bool Diagnostician::anySecure(ServerRole role) const
{
    return std::any_of(m_results.cbegin(), m_results.cend(),
        [role](const ProbeResult& r) { return serverRoleOf(r.endpoint.protocol) == role && r.isSecure(); });
}

QList<Candidate> Diagnostician::candidatesFrom(CandidateSource source) const
{
    QList<Candidate> found;
    std::copy_if(m_candidates.cbegin(), m_candidates.cend(), std::back_inserter(found),
        [source](const Candidate& c) { return c.source == source; });
    return found;
}

void Diagnostician::perHost(Findings& findings, const QString& code, const QList<ProbeResult>& results,
    QString (*message)(const QList<ProbeResult>& sameHost))
{
    for (const QList<ProbeResult>& sameHost : groupByHost(results))
        findings.append({ code, message(sameHost), endpointsOf(sameHost) });
}

QString Diagnostician::injectionMessage(const QList<ProbeResult>& sameHost)
{
    return tr("Security alert: on %1 someone inserted data into the connection before encryption started "
              "(STARTTLS injection). The network between you and the server, or the server itself, may be "
              "tampered with. Do not use these ports: use implicit TLS (993, 995, 465) and tell your network "
              "administrator.")
        .arg(endpointList(endpointsOf(sameHost)));
}

QString Diagnostician::filteredMessage(const QList<ProbeResult>& sameHost)
{
    return tr(
        "No port of %1 answered (%2): a firewall drops the connections, or the server is down. Try from "
        "another network, or ask the network's administrator whether these ports are blocked.")
        .arg(sameHost.first().endpoint.host, portList(sameHost));
}

QString Diagnostician::starttlsMissingMessage(const QList<ProbeResult>& sameHost)
{
    return tr(
        "%1 does not offer STARTTLS on port %2: the connection would stay unencrypted, so it is not used. "
        "Use implicit TLS (ports 993, 995, 465) if the server has it, or ask the provider to enable "
        "STARTTLS.")
        .arg(sameHost.first().endpoint.host, portList(sameHost));
}

QString Diagnostician::tlsOutdatedMessage(const QList<ProbeResult>& sameHost)
{
    return tr(
        "%1 offers only TLS 1.0 or 1.1, which are no longer secure (RFC 8996), so it is not used. Ask the "
        "provider to enable TLS 1.2 or 1.3.")
        .arg(sameHost.first().endpoint.host);
}

QString Diagnostician::expiredMessage(const QList<ProbeResult>& sameHost)
{
    const QString host = sameHost.first().endpoint.host;
    const std::optional<CertificateInfo> leaf = leafOf(sameHost);
    if (!leaf) {
        return tr(
            "The certificate of %1 has expired. The server's administrator must renew it; until then the "
            "connection cannot be verified.")
            .arg(host);
    }
    return tr("The certificate of %1 expired on %2. The server's administrator must renew it; until then the "
              "connection cannot be verified.")
        .arg(host, leaf->notAfter.toUTC().date().toString(Qt::ISODate));
}

QString Diagnostician::nameMismatchMessage(const QList<ProbeResult>& sameHost)
{
    const QString host = sameHost.first().endpoint.host;
    const std::optional<CertificateInfo> leaf = leafOf(sameHost);
    if (!leaf) {
        return tr(
            "The certificate of %1 is for another name: the certificate is wrong or someone is intercepting "
            "the connection. Ask the provider for the right server name.")
            .arg(host);
    }
    return tr(
        "The certificate of %1 is for %2, not for that name. If your provider's server goes by one of "
        "those names, use it instead; otherwise the certificate is wrong or someone is intercepting the "
        "connection.")
        .arg(host, certificateNames(*leaf));
}

QString Diagnostician::selfSignedMessage(const QList<ProbeResult>& sameHost)
{
    const QString host = sameHost.first().endpoint.host;
    const std::optional<CertificateInfo> leaf = leafOf(sameHost);
    if (!leaf) {
        return tr("%1 presents a self-signed certificate that nobody vouches for. Accept it only if your "
                  "administrator confirms its fingerprint.")
            .arg(host);
    }
    return tr("%1 presents a self-signed certificate (for %2) that nobody vouches for. Accept it only if its "
              "fingerprint %3 matches the one your administrator gives you.")
        .arg(host, certificateNames(*leaf), leaf->sha256Fingerprint);
}

QString Diagnostician::untrustedMessage(const QList<ProbeResult>& sameHost)
{
    const QString host = sameHost.first().endpoint.host;
    const std::optional<CertificateInfo> leaf = leafOf(sameHost);
    if (!leaf) {
        return tr("The certificate of %1 is not trusted on this computer. If your organisation runs its own "
                  "certificate authority, install its certificate; otherwise ask the administrator.")
            .arg(host);
    }
    return tr("The certificate of %1 (for %2, issued by %3) is not trusted on this computer. If your "
              "organisation runs its own certificate authority, install its certificate; otherwise ask the "
              "administrator.")
        .arg(host, certificateNames(*leaf), leaf->issuer);
}

QString Diagnostician::describeClaim(const Endpoint& endpoint)
{
    const QString server = hostAndPort(endpoint);
    switch (endpoint.security) {
    case Security::ImplicitTls:
        return tr("%1 with implicit TLS").arg(server);
    case Security::StartTls:
        return tr("%1 with STARTTLS").arg(server);
    case Security::Plain:
        break;
    }
    return tr("%1 without encryption").arg(server);
}

} // namespace mailscout
