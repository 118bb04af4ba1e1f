// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Capabilities.h"
#include "Endpoint.h"
#include "ProbeOutcome.h"
#include "Transcript.h"

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QStringList>

#include <optional>

namespace mailscout {

struct CertificateInfo {
    QString subject; // the common name, or the whole subject when it has none
    QString issuer;
    QStringList sans; // DNS and IP subject alternative names
    QDateTime notBefore;
    QDateTime notAfter;
    QString keyType; // "RSA", "EC", "DSA", "DH", "unknown"
    int keyBits = 0;
    QString signatureAlgorithm; // as OpenSSL names it, e.g. "sha256WithRSAEncryption"
    QString sha256Fingerprint; // colon-separated hex, what a user compares when accepting a certificate

    [[nodiscard]] static CertificateInfo from(const QSslCertificate& certificate);
};

struct TlsInfo {
    bool attempted = false;
    bool established = false;
    QString protocol; // "TLSv1.3", "TLSv1.2", ...
    QString cipher;
    bool insecureProtocol = false; // TLS 1.0/1.1 (RFC 8996)
    QList<QSslCertificate> chain; // as the server sent it, leaf first
    QStringList errors; // verification error codes, see docs/json.md ("expired", "name-mismatch", ...)
    QStringList errorMessages; // the same, as readable sentences
    bool trusted = false; // the chain verifies against the system store plus the user's CA files
    bool nameMatches = false; // the leaf is valid for the reference name
    bool acceptedByUser = false; // the user knowingly accepted this certificate for this endpoint
    QString handshakeError; // set when the handshake failed for another reason than the certificate
};

struct LoginInfo {
    bool attempted = false;
    bool ok = false;
    QString mechanism; // "PLAIN", "LOGIN", "SCRAM-SHA-256", "USER" (POP3 USER/PASS), "IMAP-LOGIN"
    QString message; // the server's answer or why no login was attempted (never a credential)
};

// Milliseconds per phase; -1 where the phase did not happen.
struct PhaseTimings {
    qint64 dns = -1;
    qint64 connect = -1;
    qint64 tls = -1;
    qint64 greeting = -1;
    qint64 capabilities = -1;
    qint64 auth = -1;
    qint64 total = -1;
};

// A connect that outlived the deadline its address's round-trip time allowed (RttEstimator): the port was
// reported filtered before the full connect timeout.
struct EarlyVerdict {
    qint64 deadlineMs = -1; // how long the connect was given
    qint64 rttMs = -1; // the round-trip time the deadline came from
    QString rttBasis; // "connect" (other ports of the address) or "dns"

    [[nodiscard]] bool given() const { return deadlineMs >= 0; }
};

struct ProbeResult {
    Endpoint endpoint;
    ProbeOutcome outcome = ProbeOutcome::Cancelled;
    QString detail; // why, in a sentence (never a credential)
    QString connectedAddress; // the address that answered, after overrides and Happy Eyeballs
    QString greeting;
    Capabilities capabilitiesBeforeTls;
    Capabilities capabilitiesAfterTls;
    TlsInfo tls;
    LoginInfo login;
    PhaseTimings timings;
    Transcript transcript;
    QStringList warnings; // plain-language notes: insecure protocol, PREAUTH, ALERT text, ...
    EarlyVerdict earlyVerdict;
    // The early "filtered" verdict stands for now: the probe is still connecting in the background.
    bool provisional = false;
    // Reported filtered early, then answered after all: the ranking was revised with this result.
    bool late = false;
    // The server turned the connection away for now (SMTP 421 as its greeting: RFC 5321's "service not
    // available", what Postfix says to a client over its connection limit): worth another try later.
    bool serverBusy = false;
    int attempts = 1; // connections the scheduler made for this endpoint: more after serverBusy

    // The capabilities that count: after TLS when TLS is on, else the plaintext ones.
    [[nodiscard]] const Capabilities& effectiveCapabilities() const;
    // Answers in its protocol (whatever became of a login) over verified TLS with a protocol that is not deprecated.
    [[nodiscard]] bool isSecure() const;
    // The server answered in its protocol (whatever the security), i.e. something works on this port.
    [[nodiscard]] bool isReachable() const;
};

} // namespace mailscout
