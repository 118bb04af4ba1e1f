// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace mailscout {

// What became of one probe. The codes (outcomeCode) are part of the JSON schema in docs/json.md.
enum class ProbeOutcome {
    Ok, // the endpoint works (see ProbeResult::isSecure for whether it is safe)
    AuthOk,
    AuthFailed,
    Refused, // RST: nothing listens, or a firewall rejects
    Timeout, // no answer: the usual sign of a filtered port
    Unreachable, // no route to the network or host
    DnsFailure,
    TlsHandshakeFailed,
    CertificateUntrusted,
    CertificateNameMismatch,
    CertificateExpired,
    StartTlsUnavailable,
    StartTlsInjection,
    WrongProtocol,
    ServerError,
    Cancelled,
};

[[nodiscard]] QString outcomeCode(ProbeOutcome outcome);
[[nodiscard]] std::optional<ProbeOutcome> outcomeFromCode(QStringView code);
// A sentence a helpdesk can read out, translated.
[[nodiscard]] QString outcomeDescription(ProbeOutcome outcome);

} // namespace mailscout
