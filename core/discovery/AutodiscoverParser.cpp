// SPDX-License-Identifier: GPL-3.0-or-later
#include "AutodiscoverParser.h"

#include "ClientConfigParser.h"
#include "EmailAddress.h"

#include <QHash>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace mailscout {

using namespace Qt::StringLiterals;

namespace {

using Fields = QHash<QString, QString>;

// Encryption, when present, says it exactly; otherwise SSL (on unless it says off, per [MS-OXDSCLI]) with
// the port telling implicit TLS from STARTTLS, as Thunderbird reads it.
Security securityOf(const Fields& fields, quint16 port)
{
    const QString encryption = fields.value(u"Encryption"_s).toLower();
    const bool implicitPort = port == 993 || port == 995 || port == 465;
    if (encryption == "ssl"_L1)
        return Security::ImplicitTls;
    if (encryption == "tls"_L1)
        return Security::StartTls;
    if (encryption == "none"_L1)
        return Security::Plain;
    if (encryption.isEmpty() && fields.value(u"SSL"_s).toLower() == "off"_L1)
        return Security::Plain;
    return implicitPort || port == 0 ? Security::ImplicitTls : Security::StartTls;
}

void addServer(const Fields& fields, ClientConfig& config)
{
    const QString type = fields.value(u"Type"_s).toUpper();
    std::optional<Protocol> protocol;
    if (type == "IMAP"_L1)
        protocol = Protocol::Imap;
    else if (type == "POP3"_L1)
        protocol = Protocol::Pop3;
    else if (type == "SMTP"_L1)
        protocol = Protocol::Smtp;
    if (!protocol)
        return; // EXCH, EXPR, WEB: Exchange and web access, nothing we probe
    const EmailAddress host = EmailAddress::parseHost(fields.value(u"Server"_s));
    if (!host.isValid() || host.port()) {
        config.warnings.append(
            AutodiscoverParser::tr("The %1 server “%2” is not a valid host name and is left out.")
                .arg(type, fields.value(u"Server"_s)));
        return;
    }
    bool portOk = false;
    const uint port = fields.value(u"Port"_s).toUInt(&portOk);
    ClientConfig::Server server;
    server.protocol = *protocol;
    server.hostname = host.host();
    server.security = securityOf(fields, portOk && port <= 65535 ? static_cast<quint16>(port) : 0);
    server.port = portOk && port > 0 && port <= 65535 ? static_cast<quint16>(port)
                                                      : Endpoint::defaultPort(*protocol, server.security);
    server.username = fields.value(u"LoginName"_s);
    // SPA is Microsoft's name for NTLM.
    server.authentication
        = { fields.value(u"SPA"_s).toLower() == "on"_L1 ? u"NTLM"_s : u"password-cleartext"_s };
    (*protocol == Protocol::Smtp ? config.outgoing : config.incoming).append(server);
}

} // namespace

QByteArray AutodiscoverParser::request(const QString& address)
{
    QByteArray body;
    QXmlStreamWriter writer(&body);
    writer.writeStartDocument();
    writer.writeDefaultNamespace(
        u"http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006"_s);
    writer.writeStartElement(u"Autodiscover"_s);
    writer.writeStartElement(u"Request"_s);
    writer.writeTextElement(u"EMailAddress"_s, address);
    writer.writeTextElement(u"AcceptableResponseSchema"_s,
        u"http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a"_s);
    writer.writeEndDocument();
    return body;
}

AutodiscoverParser::Result AutodiscoverParser::parse(const QByteArray& document)
{
    Result result;
    if (document.size() > ClientConfigParser::kMaxDocumentSize) {
        result.error = tr("The answer is %1 bytes long; at most %2 bytes are accepted.")
                           .arg(document.size())
                           .arg(ClientConfigParser::kMaxDocumentSize);
        return result;
    }
    QXmlStreamReader reader(document);
    QStringList path;
    int elements = 0;
    ClientConfig config;
    Fields protocol;
    Fields account;
    QString errorMessage;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::DTD) {
            result.error
                = tr("Line %1: document type declarations (DTD) are not allowed.").arg(reader.lineNumber());
            return result;
        }
        if (token == QXmlStreamReader::StartElement) {
            path.append(reader.name().toString());
            if (path.size() > ClientConfigParser::kMaxDepth
                || ++elements > ClientConfigParser::kMaxElements) {
                result.error = tr("Line %1: the answer is nested too deeply or has too many elements.")
                                   .arg(reader.lineNumber());
                return result;
            }
            if (path.last() == "Protocol"_L1)
                protocol.clear();
        } else if (token == QXmlStreamReader::EndElement) {
            if (path.last() == "Protocol"_L1 && path.value(path.size() - 2) == "Account"_L1)
                addServer(protocol, config);
            path.removeLast();
        } else if (token == QXmlStreamReader::Characters && path.size() >= 2) {
            const QString& parent = path.at(path.size() - 2);
            const QString text = reader.text().trimmed().toString();
            if (parent == "Protocol"_L1)
                protocol[path.last()] += text;
            else if (parent == "Account"_L1)
                account[path.last()] += text;
            else if (parent == "Error"_L1 && path.last() == "Message"_L1)
                errorMessage += text;
        }
    }
    if (reader.hasError()) {
        result.error = tr("Line %1, column %2: %3")
                           .arg(reader.lineNumber())
                           .arg(reader.columnNumber())
                           .arg(reader.errorString());
        return result;
    }
    const QString action = account.value(u"Action"_s).toLower();
    if (action == "redirectaddr"_L1) {
        result.redirectAddress = account.value(u"RedirectAddr"_s);
    } else if (action == "redirecturl"_L1) {
        result.redirectUrl = QUrl(account.value(u"RedirectUrl"_s), QUrl::StrictMode);
    } else if (!config.incoming.isEmpty() || !config.outgoing.isEmpty()) {
        result.config = config;
    } else {
        result.error = errorMessage.isEmpty() ? tr("The answer names no IMAP, POP3 or SMTP server.")
                                              : tr("The server reported an error: %1").arg(errorMessage);
    }
    return result;
}

} // namespace mailscout
