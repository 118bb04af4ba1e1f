// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EndpointScore.h"
#include "model/Candidate.h"
#include "model/ProbeResult.h"

#include <QCoreApplication>
#include <QList>

namespace mailscout {

struct RankingPreferences {
    bool preferPop3 = false; // the user asked for POP3: it then outranks IMAP
    // The probes of this run carry the user's credentials, so a probe still running may yet come back with
    // a verified login.
    bool loginExpected = false;
};

// Scores one endpoint by the ranking rules of DESIGN.md. Pure: no network, no clock.
//
// Each tier outweighs all the tiers below it together, so the rules apply in the order of the table and
// the lower ones only break ties:
//
//   confirmation   login verified 2000 | capabilities seen 1000
//   certificate    trusted and valid for the reference name 400 | accepted by the user 0
//   protocol       IMAP (POP3 when preferred) 200 | SMTP on a submission port (not 25) 200
//   transport      implicit TLS 150 | STARTTLS 50 | plaintext 0 (and never usable)
//   TLS version    1.3: 30 | 1.2: 10 | 1.0/1.1: 0 (and never usable)
//   source         trusted 8 | untrusted 4 | guess 0
//   round trips    8 minus the round trips before a login can start (implicit TLS 1.3: 5 ... STARTTLS 1.2: 2)
class Ranker {
    Q_DECLARE_TR_FUNCTIONS(Ranker)

public:
    static constexpr int kLoginVerified = 2000;
    static constexpr int kCapabilitiesSeen = 1000;
    static constexpr int kTrustedCertificate = 400;
    static constexpr int kPreferredProtocol = 200;
    static constexpr int kImplicitTls = 150;
    static constexpr int kStartTls = 50;
    static constexpr int kTls13 = 30;
    static constexpr int kTls12 = 10;
    static constexpr int kTrustedSource = 8;
    static constexpr int kUntrustedSource = 4;
    static constexpr int kRoundTripBudget = 8;

    explicit Ranker(RankingPreferences preferences);

    // The endpoint as probed; provenance: the candidates that proposed it.
    [[nodiscard]] EndpointScore score(const ProbeResult& result, const QList<Candidate>& provenance) const;
    // The most an endpoint whose probe still runs could score if everything goes well: what the early
    // answer compares the confirmed winner against. A plaintext endpoint can never become usable.
    [[nodiscard]] EndpointScore bestPossibleScore(
        const Endpoint& endpoint, const QList<Candidate>& provenance) const;

private:
    // What the terms are computed from: observed for a finished probe, ideal for a running one.
    struct Facts {
        bool loginVerified = false;
        bool capabilitiesSeen = false;
        bool certificateTrusted = false;
        QString tlsVersion; // "TLSv1.3", "TLSv1.2", ...; empty when no handshake completed
    };

    [[nodiscard]] EndpointScore scoreFacts(
        const Endpoint& endpoint, const Facts& facts, const QList<Candidate>& provenance) const;
    static void addConfirmation(EndpointScore& score, const Facts& facts);
    static void addCertificate(EndpointScore& score, const Facts& facts);
    void addProtocol(EndpointScore& score) const;
    static void addTransport(EndpointScore& score);
    static void addTlsVersion(EndpointScore& score, const Facts& facts);
    static void addSource(EndpointScore& score, const QList<Candidate>& provenance);
    static void addRoundTrips(EndpointScore& score, const Facts& facts);
    static void addBlockers(EndpointScore& score, const ProbeResult& result);
    static void addResultWarnings(EndpointScore& score, const ProbeResult& result);

    RankingPreferences m_preferences;
};

} // namespace mailscout
