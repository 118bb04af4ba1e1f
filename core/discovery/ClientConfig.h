// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Candidate.h"
#include "model/Endpoint.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace mailscout {

class EmailAddress;

// What a Thunderbird clientConfig 1.1 document (bundled provider data, autoconfig, ISPDB) says about a
// provider, as ClientConfigParser read it. Only what discovery and the exporters need is kept.
struct ClientConfig {
    struct Server {
        Protocol protocol = Protocol::Imap;
        // ACE and lower case; may still hold %EMAILDOMAIN% and friends until withAddress() substitutes them.
        QString hostname;
        quint16 port = 0;
        Security security = Security::ImplicitTls;
        QString username; // a template such as "%EMAILADDRESS%"; empty when the document has none
        QStringList authentication; // canonical codes (see Candidate::authMethods), in document order

        // OAuth2 is the only way in: a password login is bound to fail.
        [[nodiscard]] bool oauth2Only() const;

        friend bool operator==(const Server&, const Server&) = default;
    };

    // The <oAuth2> block: where a client would get a token.
    struct OAuth2 {
        QString issuer;
        QStringList scopes;
        QString authUrl;
        QString tokenUrl;

        friend bool operator==(const OAuth2&, const OAuth2&) = default;
    };

    QString id;
    QStringList domains; // lower case, as listed
    QString displayName;
    QString displayShortName;
    QList<Server> incoming; // IMAP and POP3 in document order, which is the provider's order of preference
    QList<Server> outgoing; // SMTP, likewise
    std::optional<OAuth2> oauth2;
    // What the parser tolerated: servers it left out and values it did not understand, each a translated
    // sentence with the line it came from. Shown to helpdesk users; never a reason to reject the document.
    QStringList warnings;

    // The same configuration with the placeholders replaced for one address, or for a bare domain
    // (Kind::Domain: only %EMAILDOMAIN%). Host names get the ACE domain, because DNS and the certificate
    // check need it; user names do too, since ASCII is the form every server accepts for the login;
    // display names get the Unicode form. A server whose host name is invalid after substitution is left
    // out with a warning.
    [[nodiscard]] ClientConfig withAddress(const EmailAddress& address) const;

    // One candidate per server, incoming first, each in document order. Servers whose host name still holds a
    // placeholder (withAddress() was not called) are left out: there is nothing to connect to.
    [[nodiscard]] QList<Candidate> toCandidates(
        CandidateSource source, bool trusted, const QString& trustReason) const;

    friend bool operator==(const ClientConfig&, const ClientConfig&) = default;
};

} // namespace mailscout
