// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientConfigParser.h"

#include "EmailAddress.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QXmlStreamReader>
#include <array>
#include <utility>

namespace mailscout {

using namespace Qt::StringLiterals;

namespace {

constexpr std::array<std::pair<const char16_t*, const char16_t*>, 11> kAuthentication { {
    { u"password-cleartext", u"password-cleartext" },
    { u"plain", u"password-cleartext" }, // deprecated spelling
    { u"password-encrypted", u"password-encrypted" },
    { u"secure", u"password-encrypted" }, // deprecated spelling
    { u"OAuth2", u"OAuth2" },
    { u"client-IP-address", u"client-IP-address" },
    { u"TLS-client-cert", u"TLS-client-cert" },
    { u"GSSAPI", u"GSSAPI" },
    { u"NTLM", u"NTLM" },
    { u"none", u"none" },
    { u"smtp-after-pop", u"smtp-after-pop" },
} };

QString located(qint64 line, const QString& message)
{
    return ClientConfigParser::tr("Line %1: %2").arg(line).arg(message);
}

QString readerError(const QXmlStreamReader& reader)
{
    return ClientConfigParser::tr("Line %1, column %2: %3")
        .arg(reader.lineNumber())
        .arg(reader.columnNumber())
        .arg(reader.errorString());
}

// Qt reports a decoding error where it decoded a block, not where the bad byte is. A UTF-8 sequence never
// spans a line break, so checking line by line finds the line to report.
std::optional<qint64> lineOfInvalidUtf8(const QByteArray& document)
{
    static const QRegularExpression declaration(u"^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']*)"_s);
    const QRegularExpressionMatch match = declaration.match(QString::fromLatin1(document.left(200)));
    const bool utf16Bom = document.startsWith("\xff\xfe") || document.startsWith("\xfe\xff");
    if (utf16Bom || (match.hasMatch() && match.captured(1).compare(u"UTF-8", Qt::CaseInsensitive) != 0))
        return std::nullopt;
    const QList<QByteArray> lines = document.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder.decode(lines.at(i)); // decode() is lazy: the conversion runs it
        if (decoder.hasError())
            return i + 1;
    }
    return std::nullopt;
}

// The first pass sees every token, so the limits hold however the second pass walks the tree.
QString checkLimits(const QByteArray& document)
{
    QXmlStreamReader reader(document);
    int depth = 0;
    int elements = 0;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::DTD:
            return located(reader.lineNumber(),
                ClientConfigParser::tr("document type declarations (DTD) and entity declarations "
                                       "are not allowed."));
        case QXmlStreamReader::StartElement:
            if (++depth > ClientConfigParser::kMaxDepth)
                return located(reader.lineNumber(),
                    ClientConfigParser::tr("elements are nested more than %1 levels deep.")
                        .arg(ClientConfigParser::kMaxDepth));
            if (++elements > ClientConfigParser::kMaxElements)
                return located(reader.lineNumber(),
                    ClientConfigParser::tr("the document has more than %1 elements.")
                        .arg(ClientConfigParser::kMaxElements));
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        default:
            break;
        }
    }
    if (!reader.hasError())
        return {};
    if (const auto line = lineOfInvalidUtf8(document))
        return located(*line, ClientConfigParser::tr("the document is not valid UTF-8."));
    return readerError(reader);
}

// Real files carry "%EMAILADDRESS" without the closing percent sign (see the ISPDB's office365.com);
// Thunderbird substitutes nothing there, which leaves a useless user name. We read what was meant.
QString repairedPlaceholders(const QString& text, qint64 line, ClientConfig& config)
{
    static const QRegularExpression unclosed(u"%(EMAILADDRESS|EMAILLOCALPART|EMAILDOMAIN)(?!%)"_s);
    if (!text.contains(unclosed))
        return text;
    QString repaired = text;
    repaired.replace(unclosed, u"%\\1%"_s);
    config.warnings.append(located(line,
        ClientConfigParser::tr("the placeholder in “%1” lacks its closing %; read as “%2”.")
            .arg(text, repaired)));
    return repaired;
}

QString readText(QXmlStreamReader& reader)
{
    return reader.readElementText().trimmed();
}

std::optional<Security> securityFromSocketType(QStringView value)
{
    if (value.compare(u"SSL", Qt::CaseInsensitive) == 0)
        return Security::ImplicitTls;
    if (value.compare(u"STARTTLS", Qt::CaseInsensitive) == 0)
        return Security::StartTls;
    if (value.compare(u"plain", Qt::CaseInsensitive) == 0)
        return Security::Plain;
    return std::nullopt;
}

// Host names may hold placeholders until an address is known; check them with stand-in values so that a
// broken template is reported now rather than after substitution.
QString checkedHostname(const QString& hostname, QString& problem)
{
    QString sample = hostname;
    sample.replace(u"%EMAILDOMAIN%"_s, u"example.com"_s);
    sample.replace(u"%EMAILLOCALPART%"_s, u"user"_s);
    const EmailAddress parsed = EmailAddress::parseHost(sample);
    if (!parsed.isValid()) {
        problem = parsed.errorMessage();
        return {};
    }
    if (parsed.port()) {
        problem = ClientConfigParser::tr("the host name contains a port.");
        return {};
    }
    return sample == hostname ? parsed.host() : hostname;
}

void readServer(QXmlStreamReader& reader, bool incoming, ClientConfig& config)
{
    const qint64 line = reader.lineNumber();
    const QString type = reader.attributes().value("type"_L1).trimmed().toString().toLower();
    std::optional<Protocol> protocol;
    if (incoming && (type == "imap"_L1 || type == "pop3"_L1))
        protocol = protocolFromName(type);
    else if (!incoming && type == "smtp"_L1)
        protocol = Protocol::Smtp;
    if (!protocol) {
        // Exchange, EWS, Graph, JMAP, ...: real servers of kinds we do not probe.
        reader.skipCurrentElement();
        return;
    }

    QString hostname;
    std::optional<QString> port;
    std::optional<QString> socketType;
    QString username;
    QStringList authentication;
    while (reader.readNextStartElement()) {
        const QStringView name = reader.name();
        if (name == "hostname"_L1) {
            hostname = repairedPlaceholders(readText(reader), reader.lineNumber(), config);
        } else if (name == "port"_L1) {
            port = readText(reader);
        } else if (name == "socketType"_L1) {
            socketType = readText(reader);
        } else if (name == "username"_L1) {
            username = repairedPlaceholders(readText(reader), reader.lineNumber(), config);
        } else if (name == "authentication"_L1) {
            const QString value = readText(reader);
            if (const auto canonical = ClientConfigParser::canonicalAuthentication(value)) {
                if (!authentication.contains(*canonical))
                    authentication.append(*canonical);
            } else {
                config.warnings.append(located(reader.lineNumber(),
                    ClientConfigParser::tr("the authentication method “%1” is unknown and ignored.")
                        .arg(value)));
            }
        } else {
            reader.skipCurrentElement();
        }
    }
    if (reader.hasError())
        return;

    const QString serverName = protocolName(*protocol).toUpper();
    const auto leaveOut = [&](const QString& why) {
        config.warnings.append(
            located(line, ClientConfigParser::tr("the %1 server is left out: %2").arg(serverName, why)));
    };

    ClientConfig::Server server;
    server.protocol = *protocol;
    if (hostname.isEmpty()) {
        leaveOut(ClientConfigParser::tr("it has no host name."));
        return;
    }
    QString problem;
    server.hostname = checkedHostname(hostname, problem);
    if (server.hostname.isEmpty()) {
        leaveOut(ClientConfigParser::tr("the host name “%1” is not valid: %2").arg(hostname, problem));
        return;
    }
    if (!socketType) {
        leaveOut(ClientConfigParser::tr("it has no socketType, so its security is unknown."));
        return;
    }
    const auto security = securityFromSocketType(*socketType);
    if (!security) {
        leaveOut(ClientConfigParser::tr("the socketType “%1” is unknown.").arg(*socketType));
        return;
    }
    server.security = *security;
    if (port) {
        bool ok = false;
        const uint value = port->toUInt(&ok);
        if (!ok || value == 0 || value > 65535) {
            leaveOut(ClientConfigParser::tr("the port “%1” is not a number from 1 to 65535.").arg(*port));
            return;
        }
        server.port = static_cast<quint16>(value);
    } else {
        server.port = Endpoint::defaultPort(server.protocol, server.security);
        config.warnings.append(located(line,
            ClientConfigParser::tr("the %1 server names no port; the standard port "
                                   "%2 is assumed.")
                .arg(serverName)
                .arg(server.port)));
    }
    server.username = username;
    server.authentication = authentication;
    (incoming ? config.incoming : config.outgoing).append(server);
}

void readProvider(QXmlStreamReader& reader, ClientConfig& config)
{
    config.id = reader.attributes().value("id"_L1).trimmed().toString();
    while (reader.readNextStartElement()) {
        const QStringView name = reader.name();
        if (name == "domain"_L1) {
            const QString text = readText(reader);
            const EmailAddress domain = EmailAddress::parseHost(text);
            if (!domain.isValid() || domain.port()) {
                config.warnings.append(located(reader.lineNumber(),
                    ClientConfigParser::tr("the domain “%1” is not valid and ignored.").arg(text)));
            } else if (!config.domains.contains(domain.host())) {
                config.domains.append(domain.host());
            }
        } else if (name == "displayName"_L1) {
            config.displayName = readText(reader);
        } else if (name == "displayShortName"_L1) {
            config.displayShortName = readText(reader);
        } else if (name == "incomingServer"_L1) {
            readServer(reader, true, config);
        } else if (name == "outgoingServer"_L1) {
            readServer(reader, false, config);
        } else {
            reader.skipCurrentElement();
        }
    }
}

void readOAuth2(QXmlStreamReader& reader, ClientConfig& config)
{
    ClientConfig::OAuth2 oauth2;
    while (reader.readNextStartElement()) {
        const QStringView name = reader.name();
        if (name == "issuer"_L1)
            oauth2.issuer = readText(reader);
        else if (name == "scope"_L1)
            oauth2.scopes = readText(reader).split(u' ', Qt::SkipEmptyParts);
        else if (name == "authURL"_L1)
            oauth2.authUrl = readText(reader);
        else if (name == "tokenURL"_L1)
            oauth2.tokenUrl = readText(reader);
        else
            reader.skipCurrentElement();
    }
    config.oauth2 = oauth2;
}

} // namespace

std::optional<QString> ClientConfigParser::canonicalAuthentication(QStringView value)
{
    for (const auto& [name, canonical] : kAuthentication) {
        if (value.compare(QStringView(name), Qt::CaseInsensitive) == 0)
            return QString::fromUtf16(canonical);
    }
    return std::nullopt;
}

ClientConfigParser::Result ClientConfigParser::parse(const QByteArray& document)
{
    if (document.size() > kMaxDocumentSize)
        return { std::nullopt,
            tr("The document is %1 bytes long; at most %2 bytes are accepted.")
                .arg(document.size())
                .arg(kMaxDocumentSize) };
    if (const QString error = checkLimits(document); !error.isEmpty())
        return { std::nullopt, error };

    QXmlStreamReader reader(document);
    if (!reader.readNextStartElement())
        return { std::nullopt, readerError(reader) };
    if (reader.name() != "clientConfig"_L1)
        return { std::nullopt,
            located(reader.lineNumber(),
                tr("this is not a clientConfig document: the root element is <%1>.")
                    .arg(reader.name().toString())) };

    ClientConfig config;
    bool haveProvider = false;
    while (reader.readNextStartElement()) {
        if (reader.name() == "emailProvider"_L1 && !haveProvider) {
            haveProvider = true;
            readProvider(reader, config);
        } else if (reader.name() == "emailProvider"_L1) {
            config.warnings.append(located(
                reader.lineNumber(), tr("only the first <emailProvider> is read; this one is ignored.")));
            reader.skipCurrentElement();
        } else if (reader.name() == "oAuth2"_L1) {
            readOAuth2(reader, config);
        } else {
            reader.skipCurrentElement();
        }
    }
    if (reader.hasError())
        return { std::nullopt, readerError(reader) };
    if (!haveProvider)
        return { std::nullopt, tr("The document has no <emailProvider> element.") };
    if (config.incoming.isEmpty() && config.outgoing.isEmpty()) {
        QString error = tr("The document names no usable IMAP, POP3 or SMTP server.");
        for (const QString& warning : std::as_const(config.warnings))
            error += u' ' + warning;
        return { std::nullopt, error };
    }
    return { config, {} };
}

} // namespace mailscout
