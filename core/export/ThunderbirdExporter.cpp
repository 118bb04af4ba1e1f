// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThunderbirdExporter.h"

#include "ExportText.h"

#include <QXmlStreamWriter>

namespace mailscout {

using namespace Qt::StringLiterals;

namespace {

QString socketType(Security security)
{
    return security == Security::ImplicitTls ? u"SSL"_s : u"STARTTLS"_s;
}

void writeServer(QXmlStreamWriter& xml, const ServerSetting& setting, const ExportInput& input)
{
    const bool outgoing = setting.endpoint.protocol == Protocol::Smtp;
    xml.writeStartElement(outgoing ? u"outgoingServer"_s : u"incomingServer"_s);
    xml.writeAttribute(u"type"_s, protocolName(setting.endpoint.protocol));
    xml.writeTextElement(u"hostname"_s, setting.endpoint.host);
    xml.writeTextElement(u"port"_s, QString::number(setting.endpoint.port));
    xml.writeTextElement(u"socketType"_s, socketType(setting.endpoint.security));
    xml.writeTextElement(u"username"_s,
        ExportText::usernameTemplate(ExportText::loginName(setting, input), input.emailAddress));
    xml.writeTextElement(
        u"authentication"_s, setting.authMethod.isEmpty() ? u"password-cleartext"_s : setting.authMethod);
    xml.writeEndElement();
}

} // namespace

QString ThunderbirdExporter::displayName() const
{
    return tr("Thunderbird autoconfig");
}

QString ThunderbirdExporter::description() const
{
    return tr("Thunderbird autoconfig (clientConfig 1.1) to publish at autoconfig.DOMAIN or drop into isp/");
}

ExportResult ThunderbirdExporter::render(const ExportInput& input) const
{
    const QString domain = ExportText::domainOf(input.emailAddress);
    const QString name = input.accountName.isEmpty() ? domain : input.accountName;

    QByteArray data;
    QXmlStreamWriter xml(&data);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeComment(u" Written by Mailscout. Publish at https://autoconfig."_s + domain
        + u"/mail/config-v1.1.xml or https://"_s + domain
        + u"/.well-known/autoconfig/mail/config-v1.1.xml; servers in order of preference. "_s);
    xml.writeStartElement(u"clientConfig"_s);
    xml.writeAttribute(u"version"_s, u"1.1"_s);
    xml.writeStartElement(u"emailProvider"_s);
    xml.writeAttribute(u"id"_s, domain);
    xml.writeTextElement(u"domain"_s, domain);
    xml.writeTextElement(u"displayName"_s, name);
    // The short name is what fits a narrow account list: the first label of the domain, not the TLD.
    xml.writeTextElement(
        u"displayShortName"_s, input.accountName.isEmpty() ? domain.section(u'.', 0, 0) : input.accountName);
    for (const ServerSetting& setting : ExportText::servers(input, ServerRole::Incoming))
        writeServer(xml, setting, input);
    for (const ServerSetting& setting : ExportText::servers(input, ServerRole::Outgoing))
        writeServer(xml, setting, input);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return { data, {} };
}

} // namespace mailscout
