// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mailscout {

// The registrable domain (eTLD+1) of a host, from the Public Suffix List through libpsl: "example.co.uk"
// for "mail.example.co.uk", not "co.uk". The trust rules use it to decide whether a host learned from
// plain DNS or HTTP belongs to the e-mail domain, and discovery uses it to follow an MX host to its provider.
//
// libpsl reads the newest list it has: the one compiled in or Debian's publicsuffix package, whichever is
// younger. All names are ACE (punycode) as EmailAddress produces them; case and a final dot are ignored.
class RegistrableDomain {
public:
    RegistrableDomain() = delete;

    // Empty for IP addresses, public suffixes themselves ("co.uk", "com") and empty input. A name under an
    // unknown top-level domain counts as registrable one level below it, as browsers do.
    [[nodiscard]] static QString of(const QString& host);
    [[nodiscard]] static bool isPublicSuffix(const QString& name);
    // host is domain or a name below it, label by label ("evilexample.com" is not within "example.com").
    [[nodiscard]] static bool isWithin(const QString& host, const QString& domain);
    // host and domain share a registrable domain, so the same registrant controls both. False when domain
    // has none (an IP address or a public suffix): nothing is within those.
    [[nodiscard]] static bool isWithinRegistrableDomain(const QString& host, const QString& domain);
};

} // namespace mailscout
