// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutlookAutodiscoverExporter.h"

#include "ExportText.h"

#include <QXmlStreamWriter>

namespace mailscout {

using namespace Qt::StringLiterals;

namespace {

QString onOff(bool on)
{
    return on ? u"on"_s : u"off"_s;
}

QString protocolType(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Imap:
        return u"IMAP"_s;
    case Protocol::Pop3:
        return u"POP3"_s;
    case Protocol::Smtp:
        return u"SMTP"_s;
    }
    return {};
}

// SSL alone cannot say STARTTLS, so Encryption (which overrides it for Outlook 2010 and later) says exactly
// which kind of TLS to use; SSL stays for older readers. Type comes first, as Outlook expects.
void writeProtocol(
    QXmlStreamWriter& xml, const ServerSetting& setting, const ExportInput& input, bool samePassword)
{
    const Endpoint& endpoint = setting.endpoint;
    xml.writeStartElement(u"Protocol"_s);
    xml.writeTextElement(u"Type"_s, protocolType(endpoint.protocol));
    xml.writeTextElement(u"Server"_s, endpoint.host);
    xml.writeTextElement(u"Port"_s, QString::number(endpoint.port));
    xml.writeTextElement(u"DomainRequired"_s, u"off"_s);
    xml.writeTextElement(u"LoginName"_s, ExportText::loginName(setting, input));
    // SPA (NTLM) only where the source says the server wants it; otherwise Outlook would try it and fail.
    xml.writeTextElement(u"SPA"_s, onOff(setting.authMethod == "NTLM"_L1));
    xml.writeTextElement(u"SSL"_s, u"on"_s);
    xml.writeTextElement(u"Encryption"_s, endpoint.security == Security::ImplicitTls ? u"SSL"_s : u"TLS"_s);
    xml.writeTextElement(u"AuthRequired"_s, u"on"_s);
    if (endpoint.protocol == Protocol::Smtp) {
        xml.writeTextElement(u"UsePOPAuth"_s, onOff(samePassword));
        xml.writeTextElement(u"SMTPLast"_s, u"off"_s);
    }
    xml.writeEndElement();
}

} // namespace

QString OutlookAutodiscoverExporter::displayName() const
{
    return tr("Outlook Autodiscover");
}

QString OutlookAutodiscoverExporter::description() const
{
    return tr("Outlook Autodiscover (POX) response for IMAP/POP3 + SMTP, the file the outlook-reg export "
              "points at");
}

ExportResult OutlookAutodiscoverExporter::render(const ExportInput& input) const
{
    const ServerSetting& in = input.config.incoming;
    const ServerSetting& out = input.config.outgoing;
    const bool sameLogin = ExportText::loginName(in, input) == ExportText::loginName(out, input);

    QByteArray data;
    QXmlStreamWriter xml(&data);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(u"Autodiscover"_s);
    xml.writeDefaultNamespace(u"http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006"_s);
    // The Response element lives in the Outlook response schema, which becomes the default from here on.
    xml.writeStartElement(u"Response"_s);
    xml.writeDefaultNamespace(
        u"http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a"_s);
    if (!input.displayName.isEmpty()) {
        xml.writeStartElement(u"User"_s);
        xml.writeTextElement(u"DisplayName"_s, input.displayName);
        xml.writeEndElement();
    }
    xml.writeStartElement(u"Account"_s);
    xml.writeTextElement(u"AccountType"_s, u"email"_s);
    xml.writeTextElement(u"Action"_s, u"settings"_s);
    writeProtocol(xml, in, input, sameLogin);
    writeProtocol(xml, out, input, sameLogin);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return { data, {} };
}

} // namespace mailscout
