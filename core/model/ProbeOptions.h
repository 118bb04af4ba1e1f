// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionOverrides.h"

#include <QList>
#include <QSslCertificate>
#include <QString>

#include <optional>

namespace mailscout {

struct Credentials {
    QString username;
    QString password; // held in memory only; never logged, never in a transcript or an export
};

struct ProbeOptions {
    int connectTimeoutMs = 10'000;
    int readTimeoutMs = 10'000; // per phase: greeting, each reply, the TLS handshake
    int overallTimeoutMs = 45'000;
    // RFC 8305's "Connection Attempt Delay": how long one address gets before the next one is tried too.
    int happyEyeballsDelayMs = 250;
    // A server that turned us away as busy gets another try after this, then after twice this.
    int busyRetryDelayMs = 1000;
    QList<QSslCertificate> extraCaCertificates; // --ca-file: corporate CAs, test CAs
    ConnectionOverrides overrides;
    std::optional<Credentials> credentials; // set only when the user asked to verify a login
    // The user explicitly allowed sending the login over an unverified or plaintext connection
    // for this endpoint. Off unless they said so.
    bool allowInsecureLogin = false;
    QString preferredMechanism; // a SASL mechanism the user insists on ("SCRAM-SHA-256"); empty: ours

    // Certificates the user knowingly accepted for this endpoint despite verification errors.
    QList<QSslCertificate> acceptedCertificates;
    // EHLO argument. An address literal, as Thunderbird sends, reveals nothing about the user's machine.
    QString heloName = QStringLiteral("[127.0.0.1]");
};

} // namespace mailscout
