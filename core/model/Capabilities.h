// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <optional>

namespace mailscout {

// What a server advertised (EHLO keywords, IMAP CAPABILITY atoms, POP3 CAPA tags), parsed as tokens:
// LOGINDISABLED is not LOGIN, AUTH=PLAIN is a mechanism, not a keyword.
struct Capabilities {
    QStringList tokens; // every keyword as advertised, upper-cased, parameters dropped ("SIZE", "AUTH=PLAIN")
    QStringList authMechanisms; // SASL mechanisms, upper-cased, in the server's order
    bool startTls = false; // STARTTLS (SMTP, IMAP) or STLS (POP3)
    bool loginDisabled = false; // IMAP LOGINDISABLED
    bool userCommand = false; // POP3 USER
    std::optional<qint64> sizeLimit; // SMTP SIZE parameter
    bool known = false; // false until the server has answered a capability request

    [[nodiscard]] bool has(QStringView token) const { return tokens.contains(token, Qt::CaseInsensitive); }
    friend bool operator==(const Capabilities&, const Capabilities&) = default;
};

} // namespace mailscout
