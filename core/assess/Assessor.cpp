// SPDX-License-Identifier: GPL-3.0-or-later
#include "Assessor.h"

#include "Diagnostician.h"
#include "Provenance.h"
#include "Ranker.h"

#include <QLocale>

#include <algorithm>
#include <optional>

namespace mailscout {

using namespace Qt::StringLiterals;

namespace {

const QString kOAuth2 = u"OAuth2"_s;
// What a source that says nothing about authentication most likely means, and what a TLS-only setting
// makes safe.
const QString kDefaultAuthMethod = u"password-cleartext"_s;

QString firstUsernameTemplate(const QList<Candidate>& credible)
{
    for (const Candidate& candidate : credible) {
        if (!candidate.usernameTemplate.isEmpty())
            return candidate.usernameTemplate;
    }
    return {};
}

QString firstAuthMethod(const QList<Candidate>& credible)
{
    for (const Candidate& candidate : credible) {
        if (!candidate.authMethods.isEmpty())
            return candidate.authMethods.first();
    }
    return kDefaultAuthMethod;
}

bool requiresOAuth2(const QList<Candidate>& provenance)
{
    return std::any_of(
        provenance.cbegin(), provenance.cend(), [](const Candidate& c) { return c.oauth2Required; });
}

QString hostAndPort(const Endpoint& endpoint)
{
    return endpoint.host + u':' + QString::number(endpoint.port);
}

} // namespace

Assessment Assessor::assess(const QList<Candidate>& candidates, const QList<ProbeResult>& results,
    const QList<Endpoint>& stillRunning, const AssessOptions& options)
{
    const Ranker ranker(RankingPreferences { options.preferPop3, options.loginRequested });
    const QList<ProbeResult> latest = latestPerEndpoint(results);
    const QList<Scored> scored = scoreAll(ranker, latest, candidates);

    Assessment assessment;
    for (const Scored& entry : scored)
        assessment.scores.append(entry.score);
    assessment.configurations = pair(scored, options);
    const Verdict verdict = settle(scored, stillRunning, candidates, ranker);
    assessment.settled = verdict.settled;
    assessment.settledCode = verdict.settled ? verdict.code : QString();
    assessment.settledReason = verdict.reason;
    assessment.diagnosis
        = Diagnostician(candidates, latest).diagnose(assessment.configurations, verdict.settled);
    return assessment;
}

QList<ProbeResult> Assessor::latestPerEndpoint(const QList<ProbeResult>& results)
{
    QList<ProbeResult> latest;
    for (const ProbeResult& result : results) {
        const auto same = std::find_if(latest.begin(), latest.end(),
            [&result](const ProbeResult& r) { return r.endpoint == result.endpoint; });
        if (same == latest.end())
            latest.append(result);
        else
            *same = result;
    }
    return latest;
}

QList<Assessor::Scored> Assessor::scoreAll(
    const Ranker& ranker, const QList<ProbeResult>& results, const QList<Candidate>& candidates)
{
    QList<Scored> scored;
    for (const ProbeResult& result : results) {
        const QList<Candidate> provenance
            = Provenance::byCredibility(Provenance::of(result.endpoint, candidates));
        scored.append({ result, provenance, ranker.score(result, provenance) });
    }
    std::stable_sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
        if (a.score.usable() != b.score.usable())
            return a.score.usable();
        return a.score.total() > b.score.total();
    });
    return scored;
}

QList<Assessor::Scored> Assessor::choices(const QList<Scored>& scored, ServerRole role, qsizetype count)
{
    QList<Scored> chosen;
    for (const Scored& entry : scored) {
        if (chosen.size() < count && entry.score.usable()
            && serverRoleOf(entry.result.endpoint.protocol) == role)
            chosen.append(entry);
    }
    return chosen;
}

QList<AccountConfig> Assessor::pair(const QList<Scored>& scored, const AssessOptions& options)
{
    QList<AccountConfig> configurations;
    const QList<Scored> outgoing = choices(scored, ServerRole::Outgoing, kOutgoingChoices);
    for (const Scored& in : choices(scored, ServerRole::Incoming, kIncomingChoices)) {
        for (const Scored& out : outgoing)
            configurations.append(combine(in, out, options));
    }
    std::stable_sort(configurations.begin(), configurations.end(),
        [](const AccountConfig& a, const AccountConfig& b) { return a.score > b.score; });
    return configurations;
}

AccountConfig Assessor::combine(const Scored& incoming, const Scored& outgoing, const AssessOptions& options)
{
    AccountConfig config;
    config.incoming = settingFor(incoming, options.emailAddress);
    config.outgoing = settingFor(outgoing, options.emailAddress);
    config.score = incoming.score.total() + outgoing.score.total();
    config.loginVerified = config.incoming.loginVerified && config.outgoing.loginVerified;
    explain(config, incoming);
    explain(config, outgoing);
    return config;
}

ServerSetting Assessor::settingFor(const Scored& scored, const QString& emailAddress)
{
    ServerSetting setting;
    setting.endpoint = scored.result.endpoint;
    setting.username = ServerSetting::usernameFor(firstUsernameTemplate(scored.provenance), emailAddress);
    setting.authMethod = requiresOAuth2(scored.provenance) ? kOAuth2 : firstAuthMethod(scored.provenance);
    setting.loginVerified = scored.result.outcome == ProbeOutcome::AuthOk;
    return setting;
}

// Every sentence names the server it is about: a configuration explains two of them.
void Assessor::explain(AccountConfig& config, const Scored& scored)
{
    const QString server = hostAndPort(scored.result.endpoint);
    for (const QString& reason : scored.score.reasons())
        config.reasons.append(tr("%1: %2").arg(server, reason));
    for (const QString& warning : scored.score.warnings)
        config.warnings.append(tr("%1: %2").arg(server, warning));
    if (requiresOAuth2(scored.provenance)) {
        config.oauth2Required = true;
        config.reasons.append(
            tr("%1: sign in with OAuth2; the provider accepts no password login there.").arg(server));
    }
}

Assessor::Verdict Assessor::settle(const QList<Scored>& scored, const QList<Endpoint>& stillRunning,
    const QList<Candidate>& candidates, const Ranker& ranker)
{
    for (const ServerRole role : { ServerRole::Incoming, ServerRole::Outgoing }) {
        const Verdict verdict = settleRole(role, scored, stillRunning, candidates, ranker);
        if (!verdict.settled)
            return verdict;
    }
    return settledBecause(scored, stillRunning, candidates, ranker);
}

// Settled: says whether better candidates were left behind as filtered, or nothing could outrank the answer.
Assessor::Verdict Assessor::settledBecause(const QList<Scored>& scored, const QList<Endpoint>& stillRunning,
    const QList<Candidate>& candidates, const Ranker& ranker)
{
    QStringList filtered;
    qint64 deadlineMs = 0;
    qint64 rttMs = 0;
    int background = 0;
    for (const Scored& entry : scored) {
        const ProbeResult& result = entry.result;
        if (!result.provisional)
            continue;
        ++background;
        const ServerRole role = serverRoleOf(result.endpoint.protocol);
        const QList<Scored> best = choices(scored, role, 1);
        const EndpointScore bound = ranker.bestPossibleScore(result.endpoint, Provenance::of(result.endpoint, candidates));
        if (!bound.usable() || (!best.isEmpty() && best.first().score.total() >= bound.total()))
            continue;
        filtered.append(hostAndPort(result.endpoint));
        deadlineMs = std::max(deadlineMs, result.earlyVerdict.deadlineMs);
        rttMs = std::max(rttMs, result.earlyVerdict.rttMs);
    }
    if (!filtered.isEmpty()) {
        return { true, u"better-filtered"_s,
            tr("Settled without waiting for %1: no answer within %2 s where a round trip takes %3 ms, so most "
               "likely filtered by a firewall. Still waiting for them in the background.")
                .arg(QLocale().createSeparatedList(filtered), QLocale().toString(deadlineMs / 1000.0, 'f', 1))
                .arg(rttMs) };
    }
    const int running = static_cast<int>(stillRunning.size()) + background;
    if (running == 0)
        return { true, u"all-finished"_s, tr("All checks have finished.") };
    return { true, u"best-confirmed"_s,
        tr("The best servers are confirmed: none of the %n check(s) still running could outrank them.", nullptr,
            running) };
}

// A role is settled when the best confirmed endpoint scores at least what any running probe could still
// reach, or when no running probe could become usable at all.
Assessor::Verdict Assessor::settleRole(ServerRole role, const QList<Scored>& scored,
    const QList<Endpoint>& stillRunning, const QList<Candidate>& candidates, const Ranker& ranker)
{
    const QList<Scored> best = choices(scored, role, 1);
    const std::optional<int> confirmed
        = best.isEmpty() ? std::nullopt : std::optional(best.first().score.total());
    for (const Endpoint& endpoint : stillRunning) {
        if (serverRoleOf(endpoint.protocol) != role)
            continue;
        const EndpointScore bound = ranker.bestPossibleScore(endpoint, Provenance::of(endpoint, candidates));
        if (!bound.usable() || (confirmed && *confirmed >= bound.total()))
            continue;
        if (confirmed) {
            return { false, {},
                tr("Still checking %1, which could outrank %2.")
                    .arg(hostAndPort(endpoint), hostAndPort(best.first().result.endpoint)) };
        }
        return { false, {},
            role == ServerRole::Incoming
                ? tr("No secure incoming server is confirmed yet; still checking %1.")
                      .arg(hostAndPort(endpoint))
                : tr("No secure outgoing server is confirmed yet; still checking %1.")
                      .arg(hostAndPort(endpoint)) };
    }
    return { true, {}, {} };
}

} // namespace mailscout
