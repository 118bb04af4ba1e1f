// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Assessment.h"
#include "model/Candidate.h"
#include "model/ProbeResult.h"

#include <QCoreApplication>
#include <QList>

namespace mailscout {

// Reads the probe results like a helpdesk would and states each finding in plain words with what to do.
// Each rule yields findings with a stable code (docs/json.md); the most urgent rules run first.
class Diagnostician {
    Q_DECLARE_TR_FUNCTIONS(Diagnostician)

public:
    // results: one per endpoint, the latest.
    Diagnostician(QList<Candidate> candidates, QList<ProbeResult> results);

    // configurations: as ranked, best first. settled: nothing still running can change the answer.
    [[nodiscard]] QList<Diagnosis> diagnose(const QList<AccountConfig>& configurations, bool settled) const;

private:
    using Findings = QList<Diagnosis>;
    using Predicate = bool (*)(const ProbeResult&);

    void starttlsInjection(Findings& findings) const;
    void noSecureConfiguration(
        Findings& findings, const QList<AccountConfig>& configurations, bool settled) const;
    void loginFailed(Findings& findings, const QList<AccountConfig>& configurations) const;
    void oauth2Required(Findings& findings) const;
    void port25Blocked(Findings& findings) const;
    void hostFiltered(Findings& findings) const;
    void plaintextOnly(Findings& findings) const;
    void starttlsMissing(Findings& findings) const;
    void tlsOutdated(Findings& findings) const;
    void certificateExpired(Findings& findings) const;
    void certificateNameMismatch(Findings& findings) const;
    void certificateSelfSigned(Findings& findings) const;
    void certificateUntrusted(Findings& findings) const;
    void sourceMismatch(Findings& findings) const;
    void dnsOutsideDomain(Findings& findings) const;
    void autoconfigHttpOnly(Findings& findings) const;

    [[nodiscard]] QList<ProbeResult> matching(Predicate predicate) const;
    [[nodiscard]] bool anySecure(ServerRole role) const;
    [[nodiscard]] QList<Candidate> candidatesFrom(CandidateSource source) const;
    // One finding per host: a certificate, a firewall or a missing feature belongs to the server, not a port.
    static void perHost(Findings& findings, const QString& code, const QList<ProbeResult>& results,
        QString (*message)(const QList<ProbeResult>& sameHost));

    [[nodiscard]] static QString expiredMessage(const QList<ProbeResult>& sameHost);
    [[nodiscard]] static QString nameMismatchMessage(const QList<ProbeResult>& sameHost);
    [[nodiscard]] static QString selfSignedMessage(const QList<ProbeResult>& sameHost);
    [[nodiscard]] static QString untrustedMessage(const QList<ProbeResult>& sameHost);
    [[nodiscard]] static QString injectionMessage(const QList<ProbeResult>& sameHost);
    [[nodiscard]] static QString filteredMessage(const QList<ProbeResult>& sameHost);
    [[nodiscard]] static QString starttlsMissingMessage(const QList<ProbeResult>& sameHost);
    [[nodiscard]] static QString tlsOutdatedMessage(const QList<ProbeResult>& sameHost);
    [[nodiscard]] static QString describeClaim(const Endpoint& endpoint);

    QList<Candidate> m_candidates;
    QList<ProbeResult> m_results;
};

} // namespace mailscout
