// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ClientConfig.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <optional>

namespace mailscout {

// Reads an Outlook Autodiscover (POX, responseschema 2006a) answer: the IMAP, POP3 and SMTP <Protocol>
// blocks, or a redirect. The answer comes from a server we do not control, so it gets the limits of
// ClientConfigParser: size, nesting depth, element count, no DTD.
class AutodiscoverParser {
    Q_DECLARE_TR_FUNCTIONS(AutodiscoverParser)

public:
    struct Result {
        std::optional<ClientConfig> config; // <Action>settings</Action> (or none) with usable servers
        QString redirectAddress; // <Action>redirectAddr</Action>
        QUrl redirectUrl; // <Action>redirectUrl</Action>
        QString error; // translated; set when the document is unusable or the server reports an error
    };

    [[nodiscard]] static Result parse(const QByteArray& document);
    // The POX request for an address; carries nothing but the address.
    [[nodiscard]] static QByteArray request(const QString& address);
};

} // namespace mailscout
