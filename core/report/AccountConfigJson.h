// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/AccountConfig.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <optional>

namespace mailscout {

// One item of `configurations` in mailscout.discovery/1 (docs/json.md):
//   { "rank": 1,
//     "incoming": { "protocol": "imap"|"pop3", "host", "port", "security": "tls"|"starttls"|"plain",
//                   "username", "auth": clientConfig code, "login_verified" },
//     "outgoing": { ...the same with "protocol": "smtp" },
//     "score", "reasons": [..], "warnings": [..], "oauth2_required", "login_verified" }
// fromJson() reads what `export --from RESULT.json` is given, which may have been edited by hand: it
// checks every field it uses and names the first bad one; fields it does not know are ignored.
class AccountConfigJson {
    Q_DECLARE_TR_FUNCTIONS(AccountConfigJson)

public:
    struct Parsed {
        std::optional<AccountConfig> config;
        int rank = 0;
        QString error; // translated, naming the field ("incoming.port: ..."); empty on success
    };

    [[nodiscard]] static QJsonObject toJson(const AccountConfig& config, int rank);
    [[nodiscard]] static Parsed fromJson(const QJsonObject& object);

private:
    [[nodiscard]] static QJsonObject serverToJson(const ServerSetting& setting);
    [[nodiscard]] static QString serverFromJson(
        const QJsonValue& value, const QString& name, ServerSetting* setting);
};

} // namespace mailscout
