// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ClientConfig.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace mailscout {

// The one reader for Thunderbird's clientConfig 1.1 format: bundled provider data, autoconfig answers and
// the ISPDB. Autoconfig documents come from servers we do not control, so the reader is strict where it
// protects us and lenient where real files differ:
//  - strict: at most 1 MiB, bounded nesting and element count, no DTD (hence no entity declarations, no
//    external entities, no entity expansion), well-formed UTF-8; every error names its line.
//  - lenient: unknown elements and server types (Exchange, EWS, JMAP, ...) are skipped; deprecated
//    authentication values ("plain", "secure") are mapped to their current names; a server without a port
//    gets the standard port for its protocol and security; a server that cannot be used (no host name, no
//    or unknown socketType, a bad port) is left out with a warning instead of failing the document.
class ClientConfigParser {
    Q_DECLARE_TR_FUNCTIONS(ClientConfigParser)

public:
    static constexpr qsizetype kMaxDocumentSize = 1024 * 1024;
    static constexpr int kMaxDepth = 16;
    static constexpr int kMaxElements = 10000;

    struct Result {
        std::optional<ClientConfig> config;
        QString error; // translated, with the line number where one applies; empty on success

        [[nodiscard]] explicit operator bool() const { return config.has_value(); }
    };

    [[nodiscard]] static Result parse(const QByteArray& document);

    // The current clientConfig name for an <authentication> value, deprecated names and any letter case
    // included; nullopt for values clientConfig does not define.
    [[nodiscard]] static std::optional<QString> canonicalAuthentication(QStringView value);
};

} // namespace mailscout
