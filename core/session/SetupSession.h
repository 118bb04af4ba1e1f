// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assess/Assessment.h"
#include "assess/Revision.h"
#include "discovery/DiscoveryOptions.h"
#include "discovery/DiscoverySource.h"
#include "discovery/EmailAddress.h"
#include "model/Candidate.h"
#include "model/ProbeOptions.h"
#include "probe/ProbeScheduler.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <memory>

namespace mailscout {

class Discovery;
class DnsResolver;

struct SetupOptions {
    DiscoveryOptions discovery;
    // Timeouts, CA files and --connect-to/--resolve for every probe; credentials are never set here.
    ProbeOptions probe;
    ProbeScheduler::Limits limits;
    bool preferPop3 = false;
    // Set only when the user gave a password and asked to verify the login: used on the chosen
    // configuration only, over verified TLS only (unless probe.allowInsecureLogin).
    std::optional<QString> password;
    // Certificates the user knowingly accepted despite their errors, each for one endpoint only: added to
    // probe.acceptedCertificates for the probes of that endpoint and no other.
    QHash<Endpoint, QList<QSslCertificate>> acceptedCertificates;
};

// One run from an address to a ranked, explained answer: discovery, a deduplicated probe plan, probes in
// parallel within limits, the assessment after every result. Probing starts with the first candidate; the
// answer is announced (settled) as soon as nothing still running could change it. cancel() stops
// everything at once. The wizard and the CLI are front ends on this object.
class SetupSession : public QObject {
    Q_OBJECT

public:
    SetupSession(const EmailAddress& address, SetupOptions options, QObject* parent = nullptr);
    ~SetupSession() override;

    // Aims discovery's MX/SRV lookups elsewhere (tests, a technician's resolver); before start() only.
    void setDnsResolver(std::unique_ptr<DnsResolver> resolver);
    void start();
    void cancel();

    [[nodiscard]] const EmailAddress& address() const { return m_address; }
    [[nodiscard]] const QList<Candidate>& candidates() const { return m_candidates; }
    [[nodiscard]] const QList<ProbeResult>& results() const { return m_results; }
    // Probes being checked now. Those reported filtered (likely) by their round-trip deadline are not among
    // them: they have a provisional result and go on in the background.
    [[nodiscard]] QList<Endpoint> runningEndpoints() const { return m_running; }
    // Each time a late answer changed the recommendation, oldest first.
    [[nodiscard]] const QList<Revision>& revisions() const { return m_revisions; }
    [[nodiscard]] const Assessment& assessment() const { return m_assessment; }
    [[nodiscard]] qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    [[nodiscard]] qint64 settledMs() const { return m_settledMs; } // -1 until settled
    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] bool wasCancelled() const { return m_cancelled; }
    // Sources as they stand: id → state code ("running", "found", "nothing", "failed") and reason.
    struct SourceStatus {
        QString state;
        QString reason;
    };
    [[nodiscard]] const QHash<QString, SourceStatus>& sources() const { return m_sources; }

Q_SIGNALS:
    void sourceStarted(const QString& id);
    void sourceFinished(const QString& id, const QString& state, const QString& reason);
    void candidateFound(const mailscout::Candidate& candidate);
    void probeStarted(const mailscout::Endpoint& endpoint);
    // Also for a provisional result (ProbeResult::provisional); the final one for the endpoint follows.
    void probeFinished(const mailscout::ProbeResult& result);
    // A late answer changed the recommended servers after all (rankingChanged comes too).
    void rankingRevised(const mailscout::Revision& revision);
    void rankingChanged(const mailscout::Assessment& assessment);
    void rankingSettled(const mailscout::Assessment& assessment);
    void finished(const mailscout::Assessment& assessment);

private:
    void onCandidate(const Candidate& candidate);
    void onProbeStarted(const Endpoint& endpoint);
    void onProbeProvisional(const ProbeResult& result);
    void onProbeFinished(const ProbeResult& result);
    void reassess();
    void verifyLogin();
    [[nodiscard]] bool discoveryCannotChangeAnswer(const Assessment& assessment) const;
    void finishIfDone();
    [[nodiscard]] int priorityOf(const Endpoint& endpoint) const;

    EmailAddress m_address;
    SetupOptions m_options;
    std::unique_ptr<DnsResolver> m_dnsResolver;
    Discovery* m_discovery = nullptr;
    ProbeScheduler* m_scheduler = nullptr;
    QList<Candidate> m_candidates;
    QList<Endpoint> m_planned; // each endpoint is probed once, whatever the number of sources naming it
    QList<Endpoint> m_running;
    QList<ProbeResult> m_results;
    QList<Revision> m_revisions;
    QHash<QString, SourceStatus> m_sources;
    Assessment m_assessment;
    QElapsedTimer m_clock;
    qint64 m_settledMs = -1;
    bool m_discoveryDone = false;
    bool m_loginStarted = false;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace mailscout
