// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace mailscout {

// What a user types into the address field, understood without touching the network: an e-mail address,
// a bare domain ("example.com": discover for everybody there) or a server ("mail.example.com:2525",
// "[2001:db8::1]:993") for "I know my server".
//
// Addresses follow the RFC 5322 addr-spec as people really type it: dot-atom or quoted local parts,
// UTF-8 local parts (RFC 6532), surrounding white space ignored, and the "Jane Doe <jane@example.com>"
// form people paste from a mail client accepted (the display name is kept). Comments, obsolete syntax and
// address literals ("jane@[192.0.2.1]") are refused: no provider is discovered from them. The local part
// is kept exactly as typed, because only the receiving server may interpret it. Domains are converted to
// ACE (punycode) for DNS, SNI and the certificate check; the Unicode form is kept for display.
//
// An invalid input yields a specific Error with a translated message; parsing never fails otherwise.
class EmailAddress {
    Q_DECLARE_TR_FUNCTIONS(EmailAddress)

public:
    enum class Kind { Invalid, Address, Domain, Host };

    enum class Error {
        None,
        Empty,
        TooLong,
        SpaceInAddress,
        NoAt,
        TwoAt,
        EmptyLocalPart,
        LocalPartTooLong,
        LocalPartDot,
        InvalidCharacterInLocalPart,
        UnterminatedQuote,
        UnbalancedBrackets,
        EmptyDomain,
        DomainHasNoDot,
        EmptyLabel,
        LabelTooLong,
        DomainTooLong,
        LabelHyphen,
        InvalidCharacterInDomain,
        InvalidInternationalDomain,
        NumericTopLevelDomain,
        DomainIsIpAddress,
        InvalidIpAddress,
        PortInAddress,
        InvalidPort,
        PortOutOfRange,
    };

    // RFC 5321 limits, counted in octets of the ACE form.
    static constexpr qsizetype kMaxAddressLength = 254;
    static constexpr qsizetype kMaxLocalPartLength = 64;
    static constexpr qsizetype kMaxDomainLength = 253;
    static constexpr qsizetype kMaxLabelLength = 63;

    // An address, a bare domain or a host with optional port. A single word without a dot or port is taken
    // for an unfinished address (Error::NoAt).
    [[nodiscard]] static EmailAddress parse(QStringView input);
    // Only an address is acceptable.
    [[nodiscard]] static EmailAddress parseAddress(QStringView input);
    // The "I know my server" field: a host name (a single label such as "localhost" too) or an IP address,
    // with optional port. Always Kind::Host when valid.
    [[nodiscard]] static EmailAddress parseHost(QStringView input);

    [[nodiscard]] bool isValid() const { return m_error == Error::None; }
    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] Error error() const { return m_error; }
    [[nodiscard]] QString errorMessage() const { return errorMessage(m_error); }

    [[nodiscard]] QString displayName() const { return m_displayName; } // from "Name <address>", unquoted
    [[nodiscard]] QString localPart() const { return m_localPart; } // as typed, quotes included
    [[nodiscard]] QString domain() const
    {
        return m_domain;
    } // Address, Domain: ACE, lower case, no final dot
    [[nodiscard]] QString unicodeDomain() const { return m_unicodeDomain; } // for display
    [[nodiscard]] QString address() const; // local-part@ACE-domain; empty unless Kind::Address
    [[nodiscard]] QString unicodeAddress() const; // local-part@Unicode-domain, for display
    [[nodiscard]] QString host() const { return m_host; } // Host: ACE name or IP address without brackets
    [[nodiscard]] bool hostIsIpAddress() const { return m_hostIsIpAddress; }
    [[nodiscard]] std::optional<quint16> port() const { return m_port; }

    [[nodiscard]] static QString errorCode(Error error); // stable, for JSON and the CLI: "no-at", ...
    [[nodiscard]] static QString errorMessage(Error error); // translated; empty for Error::None

    friend bool operator==(const EmailAddress&, const EmailAddress&) = default;

private:
    enum class Mode { Anything, AddressOnly, HostOnly };

    [[nodiscard]] static EmailAddress parse(QStringView input, Mode mode);
    [[nodiscard]] static EmailAddress failure(Error error);
    [[nodiscard]] static EmailAddress parseAddressParts(QStringView localPart, QStringView domain);
    [[nodiscard]] static EmailAddress parseServer(QStringView text, Mode mode);

    Kind m_kind = Kind::Invalid;
    Error m_error = Error::Empty;
    QString m_displayName;
    QString m_localPart;
    QString m_domain;
    QString m_unicodeDomain;
    QString m_host;
    bool m_hostIsIpAddress = false;
    std::optional<quint16> m_port;
};

} // namespace mailscout
