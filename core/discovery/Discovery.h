// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DiscoveryOptions.h"
#include "DiscoverySource.h"
#include "DnsResolver.h"
#include "EmailAddress.h"
#include "model/Candidate.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <memory>

namespace mailscout {

// Turns what the user typed into candidate endpoints: every source at once (bundled data, autoconfig and
// the ISPDB, MX, SRV, Autodiscover, guesses, the user's own server), each candidate streamed as soon as its
// source names it. A slow or dead source delays nobody: each has its own timeout, and finished() comes
// when the last one is done. --offline keeps everything off the network: bundled data and the user's
// server only.
class Discovery : public QObject {
    Q_OBJECT

public:
    Discovery(const EmailAddress& input, const DiscoveryOptions& options, QObject* parent = nullptr);
    ~Discovery() override;

    // Replaces the QDnsLookup resolver (aimed at options.dnsServer); before start() only.
    void setDnsResolver(std::unique_ptr<DnsResolver> resolver);

    void start();
    // Stops every source, request and timer at once; no signal follows.
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] QList<Candidate> candidates() const { return m_candidates; } // in the order found

Q_SIGNALS:
    void sourceStarted(const QString& id);
    // state is a DiscoverySource::State
    void sourceFinished(const QString& id, int state, const QString& reason);
    void candidateFound(const mailscout::Candidate& candidate);
    void finished();

private:
    [[nodiscard]] QList<DiscoverySource*> makeSources();
    void onCandidates(DiscoverySource* source, const QList<Candidate>& candidates);
    void onSourceFinished(DiscoverySource* source, DiscoverySource::State state, const QString& reason);
    void dropSources();

    EmailAddress m_input;
    DiscoveryOptions m_options;
    std::unique_ptr<DnsResolver> m_resolver;
    QList<DiscoverySource*> m_sources;
    QHash<QString, QList<Candidate>> m_seen; // per source id, without trustReason, for deduplication
    QList<Candidate> m_candidates;
    qsizetype m_pending = 0;
    bool m_running = false;
};

} // namespace mailscout
