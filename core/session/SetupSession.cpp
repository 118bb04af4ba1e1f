// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetupSession.h"

#include "assess/Assessor.h"
#include "assess/Provenance.h"
#include "assess/Ranker.h"
#include "discovery/Discovery.h"
#include "discovery/DnsResolver.h"

namespace mailscout {

using namespace Qt::StringLiterals;

SetupSession::SetupSession(const EmailAddress& address, SetupOptions options, QObject* parent)
    : QObject(parent)
    , m_address(address)
    , m_options(std::move(options))
{
    // The probes share the discovery's view of the network: one --connect-to/--resolve for everything.
    m_options.probe.overrides = m_options.discovery.overrides;
    m_options.probe.credentials.reset();
}

SetupSession::~SetupSession()
{
    // Children (discovery, scheduler, their probes and replies) go with us; cut their signals first so
    // nothing reaches a half-destroyed session.
    if (m_discovery)
        m_discovery->disconnect(this);
    if (m_scheduler)
        m_scheduler->disconnect(this);
}

void SetupSession::start()
{
    if (m_clock.isValid())
        return;
    m_clock.start();
    m_scheduler = new ProbeScheduler(m_options.limits, this);
    connect(m_scheduler, &ProbeScheduler::probeStarted, this, &SetupSession::onProbeStarted);
    connect(m_scheduler, &ProbeScheduler::probeProvisional, this, &SetupSession::onProbeProvisional);
    connect(m_scheduler, &ProbeScheduler::probeFinished, this, &SetupSession::onProbeFinished);

    m_discovery = new Discovery(m_address, m_options.discovery, this);
    if (m_dnsResolver)
        m_discovery->setDnsResolver(std::move(m_dnsResolver));
    connect(m_discovery, &Discovery::sourceStarted, this, [this](const QString& id) {
        m_sources.insert(id, { u"running"_s, {} });
        Q_EMIT sourceStarted(id);
    });
    connect(m_discovery, &Discovery::sourceFinished, this,
            [this](const QString& id, int state, const QString& reason) {
                const QString code = DiscoverySource::stateCode(static_cast<DiscoverySource::State>(state));
                m_sources.insert(id, { code, reason });
                Q_EMIT sourceFinished(id, code, reason);
            });
    connect(m_discovery, &Discovery::candidateFound, this, &SetupSession::onCandidate);
    connect(m_discovery, &Discovery::finished, this, [this] {
        m_discoveryDone = true;
        reassess();
        finishIfDone();
    });
    m_discovery->start();
}

void SetupSession::setDnsResolver(std::unique_ptr<DnsResolver> resolver)
{
    m_dnsResolver = std::move(resolver);
}

void SetupSession::cancel()
{
    if (m_finished || !m_clock.isValid())
        return;
    m_cancelled = true;
    m_discovery->cancel();
    m_discoveryDone = true;
    m_scheduler->cancel(); // running probes report "cancelled"; finishIfDone ends the run after the last
    finishIfDone();
}

int SetupSession::priorityOf(const Endpoint& endpoint) const
{
    // The endpoints that could win are probed first: that is what lets the answer settle early.
    RankingPreferences preferences;
    preferences.preferPop3 = m_options.preferPop3;
    return Ranker(preferences).bestPossibleScore(endpoint, Provenance::of(endpoint, m_candidates)).total();
}

void SetupSession::onCandidate(const Candidate& candidate)
{
    if (m_cancelled)
        return;
    m_candidates.append(candidate);
    Q_EMIT candidateFound(candidate);
    if (m_planned.contains(candidate.endpoint))
        return;
    m_planned.append(candidate.endpoint);
    ProbeOptions probeOptions = m_options.probe;
    probeOptions.acceptedCertificates += m_options.acceptedCertificates.value(candidate.endpoint);
    m_scheduler->enqueue(candidate.endpoint, probeOptions, priorityOf(candidate.endpoint));
}

void SetupSession::onProbeStarted(const Endpoint& endpoint)
{
    m_running.append(endpoint);
    Q_EMIT probeStarted(endpoint);
}

void SetupSession::onProbeProvisional(const ProbeResult& result)
{
    m_running.removeOne(result.endpoint);
    m_results.append(result);
    Q_EMIT probeFinished(result);
    if (!m_cancelled)
        reassess();
}

void SetupSession::onProbeFinished(const ProbeResult& result)
{
    const auto provisional = std::find_if(m_results.begin(), m_results.end(), [&result](const ProbeResult& r) {
        return r.provisional && r.endpoint == result.endpoint;
    });
    if (provisional != m_results.end() && result.outcome == ProbeOutcome::Cancelled) {
        // Stopped while waiting in the background: "filtered (likely)" says more than "cancelled".
        provisional->provisional = false;
        provisional->detail += u' ' + tr("The check was stopped before the full connect timeout.");
    } else if (provisional != m_results.end()) {
        *provisional = result; // one entry per probe: the final result takes the provisional one's place
    } else {
        m_running.removeOne(result.endpoint);
        m_results.append(result);
    }
    Q_EMIT probeFinished(result);
    if (!m_cancelled) {
        const auto best = [this]() -> std::optional<AccountConfig> {
            if (m_assessment.configurations.isEmpty())
                return std::nullopt;
            return m_assessment.configurations.first();
        };
        const std::optional<AccountConfig> before = best();
        reassess();
        if (result.late) {
            if (std::optional<Revision> revision = Revision::between(result, m_clock.elapsed(), before, best())) {
                m_revisions.append(*revision);
                Q_EMIT rankingRevised(*revision);
            }
        }
    }
    finishIfDone();
}

void SetupSession::reassess()
{
    AssessOptions options;
    options.emailAddress = m_address.address();
    options.preferPop3 = m_options.preferPop3;
    // Discovery probes carry no password; only the verification probes on the chosen servers do.
    options.loginRequested = m_loginStarted;
    // Probes not yet started count as running: they could still outrank what is confirmed.
    QList<Endpoint> open = m_running;
    for (const Endpoint& endpoint : std::as_const(m_planned)) {
        const bool done = std::any_of(m_results.cbegin(), m_results.cend(),
                                      [&endpoint](const ProbeResult& r) { return r.endpoint == endpoint; });
        if (!done && !open.contains(endpoint))
            open.append(endpoint);
    }
    Assessment next = Assessor::assess(m_candidates, m_results, open, options);
    if (!m_discoveryDone && next.settled && !discoveryCannotChangeAnswer(next)) {
        next.settled = false;
        next.settledReason.clear();
    }
    const bool changed = next.configurations != m_assessment.configurations || next.diagnosis != m_assessment.diagnosis;
    m_assessment = next;
    if (changed)
        Q_EMIT rankingChanged(m_assessment);
    if (m_assessment.settled && m_settledMs < 0) {
        m_settledMs = m_clock.elapsed();
        Q_EMIT rankingSettled(m_assessment);
        verifyLogin();
    }
}

bool SetupSession::discoveryCannotChangeAnswer(const Assessment& assessment) const
{
    // A source still running may name another server. It cannot beat a confirmed one that already has
    // every point an endpoint can earn: implicit TLS, TLS 1.3, a trusted certificate, the preferred
    // protocol. (A trusted source naming an equal server elsewhere would only break a tie.)
    if (assessment.configurations.isEmpty())
        return false;
    RankingPreferences preferences;
    preferences.preferPop3 = m_options.preferPop3;
    const Ranker ranker(preferences);
    const AccountConfig& best = assessment.configurations.first();
    const Protocol incoming = m_options.preferPop3 ? Protocol::Pop3 : Protocol::Imap;
    const std::pair<const ServerSetting*, Protocol> roles[] = { { &best.incoming, incoming }, { &best.outgoing, Protocol::Smtp } };
    for (const auto& [server, idealProtocol] : roles) {
        const Endpoint& endpoint = server->endpoint;
        const Endpoint ideal { idealProtocol, endpoint.host, Endpoint::defaultPort(idealProtocol, Security::ImplicitTls),
                               Security::ImplicitTls };
        const auto confirmed = std::find_if(assessment.scores.cbegin(), assessment.scores.cend(),
                                            [&endpoint](const EndpointScore& score) { return score.endpoint == endpoint; });
        if (confirmed == assessment.scores.cend()
            || confirmed->total() < ranker.bestPossibleScore(ideal, Provenance::of(endpoint, m_candidates)).total())
            return false;
    }
    return true;
}

void SetupSession::verifyLogin()
{
    if (!m_options.password || m_loginStarted || m_assessment.configurations.isEmpty())
        return;
    m_loginStarted = true;
    const AccountConfig& best = m_assessment.configurations.first();
    for (const ServerSetting* server : { &best.incoming, &best.outgoing }) {
        ProbeOptions options = m_options.probe;
        options.credentials = Credentials { server->username, *m_options.password };
        options.acceptedCertificates += m_options.acceptedCertificates.value(server->endpoint);
        m_planned.append(server->endpoint);
        m_scheduler->enqueue(server->endpoint, options, std::numeric_limits<int>::max());
    }
}

void SetupSession::finishIfDone()
{
    if (m_finished || !m_discoveryDone || !m_scheduler->isIdle())
        return;
    m_finished = true;
    if (m_settledMs < 0)
        m_settledMs = m_clock.elapsed();
    Q_EMIT finished(m_assessment);
}

} // namespace mailscout
