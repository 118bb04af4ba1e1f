// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Endpoint.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace mailscout {

// Where a candidate endpoint came from. The codes (candidateSourceCode) are part of the JSON schema.
enum class CandidateSource {
    ProviderDatabase, // the provider data bundled with Mailscout
    AutoconfigHttps,
    AutoconfigHttp,
    Ispdb,
    MxDerived,
    Srv,
    Autodiscover,
    Guess,
    User,
};

// An endpoint somebody suggested, and what we know about the suggestion. Whether the host may serve as the
// reference identity for the certificate check depends on the source (DESIGN.md, "Security rules"), so the
// decision and its reason travel with the candidate to the probe, the assessor and the report.
struct Candidate {
    Endpoint endpoint;
    CandidateSource source = CandidateSource::Guess;
    bool trusted = false;
    QString trustReason; // a translated sentence saying why the host is (not) trusted
    // The login name with clientConfig placeholders (%EMAILADDRESS%, %EMAILLOCALPART%, %EMAILDOMAIN%) or
    // already substituted; empty when the source does not say.
    QString usernameTemplate;
    // clientConfig 1.1 authentication codes in the source's order of preference: "password-cleartext",
    // "password-encrypted", "OAuth2", "client-IP-address", "TLS-client-cert", "GSSAPI", "NTLM", "none",
    // "smtp-after-pop".
    QStringList authMethods;
    // The source offers no way in but OAuth2: a password login will fail however correct the password is.
    bool oauth2Required = false;

    friend bool operator==(const Candidate&, const Candidate&) = default;
};

[[nodiscard]] QString candidateSourceCode(
    CandidateSource source); // "provider-database", "autoconfig-https", ...
[[nodiscard]] std::optional<CandidateSource> candidateSourceFromCode(QStringView code);
// A short translated name for the UI and reports ("bundled provider data", "MX record", ...).
[[nodiscard]] QString candidateSourceDescription(CandidateSource source);

} // namespace mailscout
