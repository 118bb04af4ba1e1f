// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Assessment.h"
#include "model/Candidate.h"
#include "model/ProbeResult.h"

#include <QCoreApplication>
#include <QList>

namespace mailscout {

class Ranker;

// Turns what discovery proposed and what the probes found into ranked account configurations, says
// whether the answer can still change, and diagnoses what went wrong. Pure: the session calls it again
// whenever a result arrives.
class Assessor {
    Q_DECLARE_TR_FUNCTIONS(Assessor)

public:
    // Alternatives are the best few incoming servers combined with the best few outgoing ones: enough to
    // choose from without listing every combination.
    static constexpr qsizetype kIncomingChoices = 3;
    static constexpr qsizetype kOutgoingChoices = 2;

    // results: in the order they arrived; a later result for an endpoint (a second probe with the login)
    // replaces an earlier one. stillRunning: the endpoints whose probe has not finished.
    [[nodiscard]] static Assessment assess(const QList<Candidate>& candidates,
        const QList<ProbeResult>& results, const QList<Endpoint>& stillRunning, const AssessOptions& options);

private:
    struct Scored {
        ProbeResult result;
        QList<Candidate> provenance; // most credible first
        EndpointScore score;
    };
    struct Verdict {
        bool settled = false;
        QString code;
        QString reason;
    };

    [[nodiscard]] static QList<ProbeResult> latestPerEndpoint(const QList<ProbeResult>& results);
    [[nodiscard]] static QList<Scored> scoreAll(
        const Ranker& ranker, const QList<ProbeResult>& results, const QList<Candidate>& candidates);
    [[nodiscard]] static QList<Scored> choices(const QList<Scored>& scored, ServerRole role, qsizetype count);
    [[nodiscard]] static QList<AccountConfig> pair(const QList<Scored>& scored, const AssessOptions& options);
    [[nodiscard]] static AccountConfig combine(
        const Scored& incoming, const Scored& outgoing, const AssessOptions& options);
    [[nodiscard]] static ServerSetting settingFor(const Scored& scored, const QString& emailAddress);
    static void explain(AccountConfig& config, const Scored& scored);
    [[nodiscard]] static Verdict settle(const QList<Scored>& scored, const QList<Endpoint>& stillRunning,
        const QList<Candidate>& candidates, const Ranker& ranker);
    [[nodiscard]] static Verdict settledBecause(const QList<Scored>& scored, const QList<Endpoint>& stillRunning,
        const QList<Candidate>& candidates, const Ranker& ranker);
    [[nodiscard]] static Verdict settleRole(ServerRole role, const QList<Scored>& scored,
        const QList<Endpoint>& stillRunning, const QList<Candidate>& candidates, const Ranker& ranker);
};

} // namespace mailscout
