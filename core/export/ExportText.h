// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Exporter.h"

#include <QList>
#include <QString>

// Small text helpers the exporters share: quoting for the configuration languages, and the server list a
// format that can name fallbacks should offer.
namespace mailscout::ExportText {

// For a POSIX shell: unchanged when only safe characters, otherwise in single quotes.
[[nodiscard]] QString shellQuote(const QString& text);
// "text" with backslash and double quote escaped: msmtprc, mbsyncrc and fetchmailrc all read this.
[[nodiscard]] QString doubleQuoted(const QString& text);
// For the user part of an imaps://user@host URL.
[[nodiscard]] QString urlUser(const QString& username);

// The ACE domain of an address (or the domain itself when given a bare domain).
[[nodiscard]] QString domainOf(const QString& emailAddress);
// The name the client shows for the account: the account name, else the address.
[[nodiscard]] QString accountLabel(const ExportInput& input);
// A clientConfig username template for a concrete user name: %EMAILADDRESS% / %EMAILLOCALPART% where they
// match, so a published file works for every user of the domain; anything else is kept literally.
[[nodiscard]] QString usernameTemplate(const QString& username, const QString& emailAddress);

// The login name to configure: the setting's user name, else the address (what most providers expect).
[[nodiscard]] QString loginName(const ServerSetting& setting, const ExportInput& input);

// The chosen configuration's server for a role, then the alternatives' in rank order: distinct endpoints,
// plaintext ones left out.
[[nodiscard]] QList<ServerSetting> servers(const ExportInput& input, ServerRole role);

// True when the authentication code means OAuth2: the password command must print an access token.
[[nodiscard]] bool isOAuth2(const ServerSetting& setting);

} // namespace mailscout::ExportText
