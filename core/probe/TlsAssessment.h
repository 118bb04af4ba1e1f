// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ProbeOutcome.h"

#include <QList>
#include <QSsl>
#include <QSslCertificate>
#include <QSslError>
#include <QStringList>

namespace mailscout::TlsAssessment {

// The stable code of a verification error for JSON and reports: "expired", "name-mismatch", ...
[[nodiscard]] QString errorCode(QSslError::SslError error);
// Why a chain OpenSSL rejected with no specific error is weak: "weak-key" (RSA/DSA under 2048 bits),
// "weak-signature" (SHA-1 or MD5). Debian's OpenSSL (security level 2) refuses both, and Qt reports
// only QSslError::UnspecifiedError for them.
[[nodiscard]] QStringList weaknesses(const QList<QSslCertificate>& chain);
// Which certificate outcome a set of verification errors amounts to. Expiry first: it is the most common
// and the most actionable; then a name mismatch; anything else means the chain is not trusted.
[[nodiscard]] ProbeOutcome outcomeFor(const QList<QSslError>& errors);
[[nodiscard]] bool isNameError(QSslError::SslError error);
[[nodiscard]] QString protocolName(QSsl::SslProtocol protocol); // "TLSv1.3"
// TLS 1.0 and 1.1 are deprecated (RFC 8996).
[[nodiscard]] bool isInsecureProtocol(QSsl::SslProtocol protocol);
// OpenSSL's words when the server speaks only protocol versions we refuse.
[[nodiscard]] bool looksLikeOldProtocolOnly(const QString& handshakeError);
// OpenSSL's words when the peer sent something that is not TLS.
[[nodiscard]] bool looksLikeNonTlsData(const QString& handshakeError);

} // namespace mailscout::TlsAssessment
