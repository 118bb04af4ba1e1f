// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmailAddress.h"

#include <QHostAddress>
#include <QUrl>
#include <algorithm>
#include <array>
#include <utility>

namespace mailscout {

using namespace Qt::StringLiterals;

namespace {

using Error = EmailAddress::Error;

// Anything longer is not an address somebody typed, and scanning it only costs time.
constexpr qsizetype kMaxInputLength = 1024;

struct DomainCheck {
    Error error = Error::None;
    QString ace;
    QString unicode;
};

struct PortCheck {
    Error error = Error::None;
    quint16 port = 0;
};

// The ideographic full stops count as dots in IDNA (RFC 3490 section 3.1).
constexpr std::array<char16_t, 3> kIdeographicStops { 0x3002, 0xFF0E, 0xFF61 };

bool containsDot(QStringView text)
{
    for (const QChar c : text) {
        if (c == u'.' || std::ranges::find(kIdeographicStops, c.unicode()) != kIdeographicStops.end())
            return true;
    }
    return false;
}

bool containsSpace(QStringView text)
{
    for (const QChar c : text) {
        if (c.isSpace())
            return true;
    }
    return false;
}

// RFC 5322 atext, plus every non-ASCII character (RFC 6532) except spaces and controls.
bool isAtext(QChar c)
{
    if (c.unicode() >= 0x80)
        return !c.isSpace() && c.category() != QChar::Other_Control && c.category() != QChar::Other_Format;
    if (c.isLetterOrNumber())
        return true;
    return QStringView(u"!#$%&'*+-/=?^_`{|}~").contains(c);
}

// Four decimal parts only: QHostAddress also takes "1.2.3" and "7", which people mean as names.
bool isIpv4Literal(QStringView text)
{
    const auto parts = text.split(u'.');
    if (parts.size() != 4)
        return false;
    for (const QStringView part : parts) {
        if (part.isEmpty() || part.size() > 3)
            return false;
        for (const QChar c : part) {
            if (!c.isDigit() || c.unicode() >= 0x80)
                return false;
        }
        if (part.toInt() > 255)
            return false;
    }
    return true;
}

bool isIpv6Literal(QStringView text)
{
    QHostAddress address;
    return address.setAddress(text.toString()) && address.protocol() == QAbstractSocket::IPv6Protocol;
}

Error checkQuotedLocalPart(QStringView quoted)
{
    // quoted includes both quotes; the caller found the closing one.
    const QStringView inner = quoted.sliced(1, quoted.size() - 2);
    if (inner.isEmpty())
        return Error::EmptyLocalPart;
    for (const QChar c : inner) {
        if (c.category() == QChar::Other_Control && c != u'\t')
            return Error::InvalidCharacterInLocalPart;
    }
    return Error::None;
}

Error checkDotAtomLocalPart(QStringView local)
{
    if (local.isEmpty())
        return Error::EmptyLocalPart;
    if (containsSpace(local))
        return Error::SpaceInAddress;
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(u".."))
        return Error::LocalPartDot;
    for (const QChar c : local) {
        if (c != u'.' && !isAtext(c))
            return Error::InvalidCharacterInLocalPart;
    }
    return Error::None;
}

// Returns the index of the closing quote of the quoted string starting at 0, or -1.
qsizetype closingQuote(QStringView text)
{
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text[i] == u'\\')
            ++i;
        else if (text[i] == u'"')
            return i;
    }
    return -1;
}

QString unquoted(QStringView text)
{
    if (text.size() < 2 || !text.startsWith(u'"') || !text.endsWith(u'"'))
        return text.toString();
    QString result;
    const QStringView inner = text.sliced(1, text.size() - 2);
    for (qsizetype i = 0; i < inner.size(); ++i) {
        if (inner[i] == u'\\' && i + 1 < inner.size())
            ++i;
        result += inner[i];
    }
    return result;
}

DomainCheck checkDomainName(QStringView input, bool requireDot)
{
    if (containsSpace(input))
        return { Error::SpaceInAddress, {}, {} };
    QString text = input.toString();
    for (const char16_t stop : kIdeographicStops)
        text.replace(QChar(stop), u'.');
    // A fully qualified "example.com." means the same domain.
    if (text.endsWith(u'.'))
        text.chop(1);
    if (text.isEmpty())
        return { Error::EmptyDomain, {}, {} };

    const auto labels = QStringView(text).split(u'.');
    for (const QStringView label : labels) {
        if (label.isEmpty())
            return { Error::EmptyLabel, {}, {} };
        for (const QChar c : label) {
            const bool asciiOk = (c.unicode() < 0x80 && c.isLetterOrNumber()) || c == u'-';
            if (c.unicode() < 0x80 && !asciiOk)
                return { Error::InvalidCharacterInDomain, {}, {} };
            if (c.unicode() >= 0x80 && (c.category() == QChar::Other_Control || c.isSpace()))
                return { Error::InvalidCharacterInDomain, {}, {} };
        }
        if (label.startsWith(u'-') || label.endsWith(u'-'))
            return { Error::LabelHyphen, {}, {} };
        // QUrl::toAce refuses labels whose ACE form exceeds 63 octets without saying why; tell the user.
        if (QUrl::toAce(label.toString()).isEmpty()) {
            qsizetype basic = 0;
            for (const QChar c : label)
                basic += c.unicode() < 0x80 ? 1 : 0;
            const qsizetype minimumAceLength = basic == label.size()
                ? basic
                : 4 /* "xn--" */ + basic + (basic > 0 ? 1 : 0) + (label.size() - basic);
            return { minimumAceLength > EmailAddress::kMaxLabelLength ? Error::LabelTooLong
                                                                      : Error::InvalidInternationalDomain,
                {}, {} };
        }
    }

    const QString ace = QString::fromLatin1(QUrl::toAce(text));
    if (ace.isEmpty())
        return { Error::InvalidInternationalDomain, {}, {} };
    const auto aceLabels = QStringView(ace).split(u'.');
    for (const QStringView label : aceLabels) {
        if (label.size() > EmailAddress::kMaxLabelLength)
            return { Error::LabelTooLong, {}, {} };
        // Qt passes undecodable punycode through unchanged; DNS would look up a name nobody can register.
        if (label.startsWith(u"xn--", Qt::CaseInsensitive)
            && QUrl::fromAce(label.toLatin1(), QUrl::IgnoreIDNWhitelist) == label.toString().toLower())
            return { Error::InvalidInternationalDomain, {}, {} };
    }
    if (ace.size() > EmailAddress::kMaxDomainLength)
        return { Error::DomainTooLong, {}, {} };
    if (requireDot && aceLabels.size() < 2)
        return { Error::DomainHasNoDot, {}, {} };
    bool allDigits = true;
    for (const QChar c : aceLabels.last())
        allDigits = allDigits && c.isDigit();
    if (allDigits)
        return { Error::NumericTopLevelDomain, {}, {} };
    // Qt keeps ACE for display under top-level domains not on its IDN list (a guard against look-alike names
    // in links). Here the user typed the name, so showing it back as typed spoofs nobody.
    return { Error::None, ace, QUrl::fromAce(ace.toLatin1(), QUrl::IgnoreIDNWhitelist) };
}

PortCheck checkPort(QStringView text)
{
    if (text.isEmpty())
        return { Error::InvalidPort, 0 };
    for (const QChar c : text) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return { Error::InvalidPort, 0 };
    }
    bool ok = false;
    const uint value = text.toUInt(&ok);
    if (!ok || value == 0 || value > 65535)
        return { Error::PortOutOfRange, 0 };
    return { Error::None, static_cast<quint16>(value) };
}

constexpr std::array<std::pair<Error, const char16_t*>, 26> kCodes { {
    { Error::None, u"" },
    { Error::Empty, u"empty" },
    { Error::TooLong, u"too-long" },
    { Error::SpaceInAddress, u"space" },
    { Error::NoAt, u"no-at" },
    { Error::TwoAt, u"two-at" },
    { Error::EmptyLocalPart, u"empty-local-part" },
    { Error::LocalPartTooLong, u"local-part-too-long" },
    { Error::LocalPartDot, u"local-part-dot" },
    { Error::InvalidCharacterInLocalPart, u"invalid-local-part-character" },
    { Error::UnterminatedQuote, u"unterminated-quote" },
    { Error::UnbalancedBrackets, u"unbalanced-brackets" },
    { Error::EmptyDomain, u"empty-domain" },
    { Error::DomainHasNoDot, u"domain-no-dot" },
    { Error::EmptyLabel, u"empty-label" },
    { Error::LabelTooLong, u"label-too-long" },
    { Error::DomainTooLong, u"domain-too-long" },
    { Error::LabelHyphen, u"label-hyphen" },
    { Error::InvalidCharacterInDomain, u"invalid-domain-character" },
    { Error::InvalidInternationalDomain, u"invalid-idn" },
    { Error::NumericTopLevelDomain, u"numeric-tld" },
    { Error::DomainIsIpAddress, u"domain-is-ip-address" },
    { Error::InvalidIpAddress, u"invalid-ip-address" },
    { Error::PortInAddress, u"port-in-address" },
    { Error::InvalidPort, u"invalid-port" },
    { Error::PortOutOfRange, u"port-out-of-range" },
} };

} // namespace

EmailAddress EmailAddress::parse(QStringView input)
{
    return parse(input, Mode::Anything);
}

EmailAddress EmailAddress::parseAddress(QStringView input)
{
    return parse(input, Mode::AddressOnly);
}

EmailAddress EmailAddress::parseHost(QStringView input)
{
    return parse(input, Mode::HostOnly);
}

EmailAddress EmailAddress::failure(Error error)
{
    EmailAddress result;
    result.m_error = error;
    return result;
}

EmailAddress EmailAddress::parse(QStringView input, Mode mode)
{
    QStringView text = input.trimmed();
    if (text.isEmpty())
        return failure(Error::Empty);
    if (text.size() > kMaxInputLength)
        return failure(Error::TooLong);
    if (mode == Mode::HostOnly)
        return parseServer(text, mode);

    // "Jane Doe <jane@example.com>", as mail clients show and copy addresses.
    QString displayName;
    bool mustBeAddress = mode == Mode::AddressOnly;
    if (text.endsWith(u'>')) {
        const qsizetype open = text.lastIndexOf(u'<');
        if (open < 0)
            return failure(Error::UnbalancedBrackets);
        displayName = unquoted(text.first(open).trimmed());
        text = text.sliced(open + 1, text.size() - open - 2).trimmed();
        if (text.isEmpty())
            return failure(Error::Empty);
        mustBeAddress = true;
    } else if (!text.startsWith(u'"') && text.contains(u'<')) {
        // '<' is not allowed unquoted: this is a "Name <address>" with its '>' missing.
        return failure(Error::UnbalancedBrackets);
    }

    qsizetype at = -1;
    if (text.startsWith(u'"')) {
        const qsizetype close = closingQuote(text);
        if (close < 0)
            return failure(Error::UnterminatedQuote);
        if (close + 1 >= text.size())
            return failure(Error::NoAt);
        if (text[close + 1] != u'@')
            return failure(Error::InvalidCharacterInLocalPart);
        at = close + 1;
        if (text.indexOf(u'@', at + 1) >= 0)
            return failure(Error::TwoAt);
    } else {
        at = text.indexOf(u'@');
        if (at >= 0 && text.indexOf(u'@', at + 1) >= 0)
            return failure(Error::TwoAt);
    }

    if (at < 0) {
        if (mustBeAddress)
            return failure(containsSpace(text) ? Error::SpaceInAddress : Error::NoAt);
        return parseServer(text, mode);
    }

    EmailAddress result = parseAddressParts(text.first(at), text.sliced(at + 1));
    result.m_displayName = displayName;
    return result;
}

EmailAddress EmailAddress::parseAddressParts(QStringView localPart, QStringView domainPart)
{
    const Error localError
        = localPart.startsWith(u'"') ? checkQuotedLocalPart(localPart) : checkDotAtomLocalPart(localPart);
    if (localError != Error::None)
        return failure(localError);
    if (localPart.toUtf8().size() > kMaxLocalPartLength)
        return failure(Error::LocalPartTooLong);

    if (domainPart.isEmpty())
        return failure(Error::EmptyDomain);
    if (containsSpace(domainPart))
        return failure(Error::SpaceInAddress);
    if (domainPart.startsWith(u'[')) {
        return failure(domainPart.endsWith(u']') ? Error::DomainIsIpAddress : Error::UnbalancedBrackets);
    }
    const qsizetype colon = domainPart.lastIndexOf(u':');
    if (colon >= 0) {
        const PortCheck port = checkPort(domainPart.sliced(colon + 1));
        return failure(
            port.error == Error::InvalidPort ? Error::InvalidCharacterInDomain : Error::PortInAddress);
    }
    if (isIpv4Literal(domainPart))
        return failure(Error::DomainIsIpAddress);

    const DomainCheck domain = checkDomainName(domainPart, true);
    if (domain.error != Error::None)
        return failure(domain.error);
    if (localPart.toUtf8().size() + 1 + domain.ace.size() > kMaxAddressLength)
        return failure(Error::TooLong);

    EmailAddress result;
    result.m_kind = Kind::Address;
    result.m_error = Error::None;
    result.m_localPart = localPart.toString();
    result.m_domain = domain.ace;
    result.m_unicodeDomain = domain.unicode;
    return result;
}

EmailAddress EmailAddress::parseServer(QStringView text, Mode mode)
{
    QStringView name = text;
    std::optional<quint16> port;
    bool ipv6 = false;

    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0)
            return failure(Error::UnbalancedBrackets);
        name = text.sliced(1, close - 1);
        if (!isIpv6Literal(name))
            return failure(Error::InvalidIpAddress);
        ipv6 = true;
        const QStringView rest = text.sliced(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':'))
                return failure(Error::InvalidPort);
            const PortCheck check = checkPort(rest.sliced(1));
            if (check.error != Error::None)
                return failure(check.error);
            port = check.port;
        }
    } else if (text.count(u':') > 1) {
        if (!isIpv6Literal(text))
            return failure(Error::InvalidIpAddress);
        ipv6 = true;
    } else if (const qsizetype colon = text.indexOf(u':'); colon >= 0) {
        name = text.first(colon);
        const PortCheck check = checkPort(text.sliced(colon + 1));
        if (check.error != Error::None)
            return failure(check.error);
        port = check.port;
    }

    EmailAddress result;
    result.m_error = Error::None;
    result.m_port = port;
    if (ipv6 || isIpv4Literal(name)) {
        const QHostAddress address(name.toString());
        // QHostAddress reads a part with a leading zero as octal ("010" is 8) and rejects "09" (a null
        // address, which became a valid host with an empty name: fuzz_email_address). Only the address as
        // typed is accepted.
        if (address.isNull() || (!ipv6 && address.toString() != name))
            return failure(Error::InvalidIpAddress);
        result.m_kind = Kind::Host;
        result.m_host = address.toString();
        result.m_hostIsIpAddress = true;
        return result;
    }

    // Without a port, a bare word is more likely an unfinished address than a server called "john".
    const bool isDomain = mode == Mode::Anything && !port;
    if (isDomain && !containsSpace(name) && !containsDot(name))
        return failure(Error::NoAt);
    const DomainCheck domain = checkDomainName(name, isDomain);
    if (domain.error != Error::None)
        return failure(domain.error);
    if (isDomain) {
        result.m_kind = Kind::Domain;
        result.m_domain = domain.ace;
        result.m_unicodeDomain = domain.unicode;
    } else {
        result.m_kind = Kind::Host;
        result.m_host = domain.ace;
    }
    return result;
}

QString EmailAddress::address() const
{
    return m_kind == Kind::Address ? m_localPart + u'@' + m_domain : QString();
}

QString EmailAddress::unicodeAddress() const
{
    return m_kind == Kind::Address ? m_localPart + u'@' + m_unicodeDomain : QString();
}

QString EmailAddress::errorCode(Error error)
{
    for (const auto& [value, code] : kCodes) {
        if (value == error)
            return QString::fromUtf16(code);
    }
    return {};
}

QString EmailAddress::errorMessage(Error error)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::Empty:
        return tr("Enter an e-mail address, a domain or a server name.");
    case Error::TooLong:
        return tr("The address is too long: an e-mail address has at most 254 characters.");
    case Error::SpaceInAddress:
        return tr("The address contains a space.");
    case Error::NoAt:
        return tr("The address has no @: enter it as name@example.com.");
    case Error::TwoAt:
        return tr("The address contains more than one @.");
    case Error::EmptyLocalPart:
        return tr("There is nothing before the @.");
    case Error::LocalPartTooLong:
        return tr("The part before the @ is too long: it has at most 64 characters.");
    case Error::LocalPartDot:
        return tr("The part before the @ cannot start or end with a dot or contain two dots in a row.");
    case Error::InvalidCharacterInLocalPart:
        return tr("The part before the @ contains a character that is not allowed there.");
    case Error::UnterminatedQuote:
        return tr("A quotation mark in the address is not closed.");
    case Error::UnbalancedBrackets:
        return tr("A bracket in the address is not closed.");
    case Error::EmptyDomain:
        return tr("There is no domain after the @.");
    case Error::DomainHasNoDot:
        return tr("The domain has no dot: enter the full domain, such as example.com.");
    case Error::EmptyLabel:
        return tr("The domain contains two dots in a row or starts with a dot.");
    case Error::LabelTooLong:
        return tr("A part of the domain between two dots is longer than 63 characters.");
    case Error::DomainTooLong:
        return tr("The domain is longer than 253 characters.");
    case Error::LabelHyphen:
        return tr("A part of the domain starts or ends with a hyphen.");
    case Error::InvalidCharacterInDomain:
        return tr("The domain contains a character that is not allowed in domain names.");
    case Error::InvalidInternationalDomain:
        return tr("The domain is not a valid internationalized domain name.");
    case Error::NumericTopLevelDomain:
        return tr("The domain ends in a number, so it is neither a domain name nor an IP address.");
    case Error::DomainIsIpAddress:
        return tr(
            "The address names an IP address instead of a domain, so there is no provider to discover.");
    case Error::InvalidIpAddress:
        return tr("This is not a valid IP address.");
    case Error::PortInAddress:
        return tr("An e-mail address has no port: enter the server and port separately.");
    case Error::InvalidPort:
        return tr("The port must be a number.");
    case Error::PortOutOfRange:
        return tr("The port must be between 1 and 65535.");
    }
    return {};
}

} // namespace mailscout
