// SPDX-License-Identifier: GPL-3.0-or-later
#include "K9Exporter.h"

#include "ExportText.h"

#include <QUuid>
#include <QXmlStreamWriter>

namespace mailscout {

using namespace Qt::StringLiterals;

namespace {

// The values K-9 Mail / Thunderbird for Android write in their own settings files.
QString connectionSecurity(Security security)
{
    return security == Security::ImplicitTls ? u"SSL_TLS_REQUIRED"_s : u"STARTTLS_REQUIRED"_s;
}

QString authenticationType(const ServerSetting& setting)
{
    if (setting.authMethod == "password-encrypted"_L1)
        return u"CRAM_MD5"_s;
    if (ExportText::isOAuth2(setting))
        return u"XOAUTH2"_s;
    if (setting.authMethod == "TLS-client-cert"_L1)
        return u"EXTERNAL"_s;
    return u"PLAIN"_s;
}

void writeServer(
    QXmlStreamWriter& xml, const QString& element, const ServerSetting& setting, const ExportInput& input)
{
    xml.writeStartElement(element);
    xml.writeAttribute(u"type"_s, protocolName(setting.endpoint.protocol).toUpper());
    xml.writeTextElement(u"host"_s, setting.endpoint.host);
    xml.writeTextElement(u"port"_s, QString::number(setting.endpoint.port));
    xml.writeTextElement(u"connection-security"_s, connectionSecurity(setting.endpoint.security));
    xml.writeTextElement(u"authentication-type"_s, authenticationType(setting));
    xml.writeTextElement(u"username"_s, ExportText::loginName(setting, input));
    xml.writeEndElement();
}

} // namespace

QString K9Exporter::displayName() const
{
    return tr("K-9 Mail / Thunderbird for Android");
}

QString K9Exporter::description() const
{
    return tr("K-9 Mail / Thunderbird for Android settings file (.k9s), one account, no password");
}

ExportResult K9Exporter::render(const ExportInput& input) const
{
    // Derived from the address: exporting the same account twice gives the same file, and the app
    // replaces the UUID itself when it already has an account with it.
    const QUuid accountUuid = QUuid::createUuidV5(
        QUuid(u"6ba7b811-9dad-11d1-80b4-00c04fd430c8"_s), u"mailto:"_s + input.emailAddress.toLower());
    const bool imap = input.config.incoming.endpoint.protocol == Protocol::Imap;

    QByteArray data;
    QXmlStreamWriter xml(&data);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument(u"1.0"_s, true);
    // Settings version 99 with file format 1: what Thunderbird for Android writes for a bare account.
    xml.writeStartElement(u"k9settings"_s);
    xml.writeAttribute(u"version"_s, u"99"_s);
    xml.writeAttribute(u"format"_s, u"1"_s);
    xml.writeStartElement(u"accounts"_s);
    xml.writeStartElement(u"account"_s);
    xml.writeAttribute(u"uuid"_s, accountUuid.toString(QUuid::WithoutBraces));
    xml.writeTextElement(u"name"_s, ExportText::accountLabel(input));
    xml.writeStartElement(u"settings"_s);
    xml.writeStartElement(u"value"_s);
    xml.writeAttribute(u"key"_s, u"deletePolicy"_s);
    // The app's own defaults: IMAP deletes on the server, POP3 leaves mail there.
    xml.writeCharacters(imap ? u"DELETE"_s : u"NEVER"_s);
    xml.writeEndElement();
    xml.writeEndElement();
    writeServer(xml, u"incoming-server"_s, input.config.incoming, input);
    writeServer(xml, u"outgoing-server"_s, input.config.outgoing, input);
    xml.writeStartElement(u"identities"_s);
    xml.writeStartElement(u"identity"_s);
    xml.writeTextElement(u"name"_s, input.displayName);
    xml.writeTextElement(u"email"_s, input.emailAddress);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return { data, {} };
}

} // namespace mailscout
