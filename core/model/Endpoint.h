// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QString>

#include <optional>

namespace mailscout {

enum class Protocol { Smtp, Imap, Pop3 };

// How a connection is secured: TLS from the first byte (RFC 8314), upgraded by STARTTLS/STLS, or never.
enum class Security { ImplicitTls, StartTls, Plain };

struct Endpoint {
    Protocol protocol = Protocol::Imap;
    QString host; // ASCII (ACE) form: what DNS, SNI and the certificate check use
    quint16 port = 0;
    Security security = Security::ImplicitTls;

    [[nodiscard]] static quint16 defaultPort(Protocol protocol, Security security);
    [[nodiscard]] QString toString() const; // "imap://host:993 (TLS)" style, for logs and tests

    friend bool operator==(const Endpoint&, const Endpoint&) = default;
};

[[nodiscard]] QString protocolName(Protocol protocol); // "smtp", "imap", "pop3"
[[nodiscard]] std::optional<Protocol> protocolFromName(QStringView name);
[[nodiscard]] QString securityName(Security security); // "tls", "starttls", "plain"
[[nodiscard]] std::optional<Security> securityFromName(QStringView name);

size_t qHash(const Endpoint& endpoint, size_t seed = 0) noexcept;

} // namespace mailscout
