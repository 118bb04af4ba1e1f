// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Endpoint.h"

#include <QString>
#include <QStringList>

namespace mailscout {

// Which half of an account an endpoint serves: IMAP and POP3 fetch mail, SMTP sends it.
enum class ServerRole { Incoming, Outgoing };

[[nodiscard]] ServerRole serverRoleOf(Protocol protocol);

// One half of an account as a person types it into a mail program.
struct ServerSetting {
    Endpoint endpoint;
    QString username;
    // A clientConfig 1.1 authentication code ("password-cleartext", "OAuth2", ...) as the source named it.
    QString authMethod;
    bool loginVerified = false; // the server accepted the user's login in this run

    // The login name a source's template (%EMAILADDRESS%, %EMAILLOCALPART%, %EMAILDOMAIN%) yields for an
    // address; the full address when the source does not say, because that is what most providers expect.
    [[nodiscard]] static QString usernameFor(const QString& usernameTemplate, const QString& emailAddress);

    friend bool operator==(const ServerSetting&, const ServerSetting&) = default;
};

// A complete account as the assessor recommends it, with the score that ranks it and why.
struct AccountConfig {
    ServerSetting incoming;
    ServerSetting outgoing;
    int score = 0;
    QStringList reasons; // translated, one sentence per point earned, each naming the server it is about
    QStringList warnings; // translated: usable, but the user should know
    bool oauth2Required = false; // a password login will fail: the provider wants OAuth2 (or an app password)
    bool loginVerified = false; // on both servers

    friend bool operator==(const AccountConfig&, const AccountConfig&) = default;
};

} // namespace mailscout
