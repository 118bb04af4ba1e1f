// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppleProfileExporter.h"

#include "ExportText.h"
#include "ProfileSigner.h"
#include "discovery/EmailAddress.h"

#include <QXmlStreamWriter>
#include <algorithm>

namespace mailscout {

using namespace Qt::StringLiterals;

namespace {

void writeString(QXmlStreamWriter& xml, const QString& key, const QString& value)
{
    xml.writeTextElement(u"key"_s, key);
    xml.writeTextElement(u"string"_s, value);
}

void writeInteger(QXmlStreamWriter& xml, const QString& key, int value)
{
    xml.writeTextElement(u"key"_s, key);
    xml.writeTextElement(u"integer"_s, QString::number(value));
}

void writeBoolean(QXmlStreamWriter& xml, const QString& key, bool value)
{
    xml.writeTextElement(u"key"_s, key);
    xml.writeEmptyElement(value ? u"true"_s : u"false"_s);
}

QString authentication(const ServerSetting& setting)
{
    if (setting.authMethod == "password-encrypted"_L1)
        return u"EmailAuthCRAMMD5"_s;
    if (setting.authMethod == "NTLM"_L1)
        return u"EmailAuthNTLM"_s;
    // The payload has no OAuth2: an app password is the way in for such providers.
    return u"EmailAuthPassword"_s;
}

// Reverse-DNS characters only: letters, digits and hyphens between the dots.
QString identifierPart(const QString& text)
{
    QString part;
    for (const QChar ch : text)
        part += (ch.isLetterOrNumber() && ch.unicode() < 0x80) || ch == u'-' ? ch : u'-';
    return part;
}

QString makeUuid(const ExportInput& input)
{
    const QUuid uuid = input.makeUuid ? input.makeUuid() : QUuid::createUuid();
    return uuid.toString(QUuid::WithoutBraces).toUpper();
}

} // namespace

QString AppleProfileExporter::displayName() const
{
    return tr("Apple configuration profile");
}

QString AppleProfileExporter::description() const
{
    return tr(
        "Apple .mobileconfig for iPhone, iPad and Mac Mail; signed when a certificate and key are given");
}

QString AppleProfileExporter::profileIdentifier(const QString& emailAddress)
{
    const EmailAddress address = EmailAddress::parse(emailAddress);
    QStringList labels = address.domain().split(u'.');
    std::reverse(labels.begin(), labels.end());
    return u"org.mailscout.account."_s + labels.join(u'.') + u'.'
        + identifierPart(address.localPart().toLower());
}

ExportResult AppleProfileExporter::render(const ExportInput& input) const
{
    const bool wantsSigning = !input.signingCertificatePath.isEmpty() || !input.signingKeyPath.isEmpty();
    if (wantsSigning && (input.signingCertificatePath.isEmpty() || input.signingKeyPath.isEmpty()))
        return failure(tr("Signing needs both a certificate and its private key."));
    const QByteArray profile = plist(input);
    if (!wantsSigning)
        return { profile, {} };
    const ProfileSigner::Result signature
        = ProfileSigner::sign(profile, input.signingCertificatePath, input.signingKeyPath);
    return { signature.signedData, signature.error };
}

QByteArray AppleProfileExporter::plist(const ExportInput& input)
{
    const QString label = ExportText::accountLabel(input);
    QByteArray data;
    QXmlStreamWriter xml(&data);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(-1); // tabs, as Apple's own tools write plists
    xml.writeStartDocument();
    xml.writeDTD(u"<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                 u"\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">"_s);
    xml.writeStartElement(u"plist"_s);
    xml.writeAttribute(u"version"_s, u"1.0"_s);
    xml.writeStartElement(u"dict"_s);
    xml.writeTextElement(u"key"_s, u"PayloadContent"_s);
    xml.writeStartElement(u"array"_s);
    // The payload's UUID is made first so that fixed test UUIDs come out in document order.
    const QString payloadUuid = makeUuid(input);
    writeMailPayload(xml, input, payloadUuid);
    xml.writeEndElement();
    writeString(xml, u"PayloadDescription"_s, tr("Sets up the mail account %1.").arg(input.emailAddress));
    writeString(xml, u"PayloadDisplayName"_s, label);
    writeString(xml, u"PayloadIdentifier"_s, profileIdentifier(input.emailAddress));
    writeBoolean(xml, u"PayloadRemovalDisallowed"_s, false);
    writeString(xml, u"PayloadType"_s, u"Configuration"_s);
    writeString(xml, u"PayloadUUID"_s, makeUuid(input));
    writeInteger(xml, u"PayloadVersion"_s, 1);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return data;
}

void AppleProfileExporter::writeMailPayload(
    QXmlStreamWriter& xml, const ExportInput& input, const QString& uuid)
{
    const ServerSetting& in = input.config.incoming;
    const ServerSetting& out = input.config.outgoing;
    const QString inUser = ExportText::loginName(in, input);
    const QString outUser = ExportText::loginName(out, input);
    xml.writeStartElement(u"dict"_s);
    writeString(xml, u"EmailAccountDescription"_s, ExportText::accountLabel(input));
    if (!input.displayName.isEmpty())
        writeString(xml, u"EmailAccountName"_s, input.displayName);
    writeString(xml, u"EmailAccountType"_s,
        in.endpoint.protocol == Protocol::Imap ? u"EmailTypeIMAP"_s : u"EmailTypePOP"_s);
    writeString(xml, u"EmailAddress"_s, input.emailAddress);
    // UseSSL means "require TLS": Mail speaks it from the first byte on 993/995/465 and uses STARTTLS on
    // 143/110/587. Every exported endpoint is encrypted, so it is always true.
    writeString(xml, u"IncomingMailServerAuthentication"_s, authentication(in));
    writeString(xml, u"IncomingMailServerHostName"_s, in.endpoint.host);
    writeInteger(xml, u"IncomingMailServerPortNumber"_s, in.endpoint.port);
    writeBoolean(xml, u"IncomingMailServerUseSSL"_s, true);
    writeString(xml, u"IncomingMailServerUsername"_s, inUser);
    writeString(xml, u"OutgoingMailServerAuthentication"_s, authentication(out));
    writeString(xml, u"OutgoingMailServerHostName"_s, out.endpoint.host);
    writeInteger(xml, u"OutgoingMailServerPortNumber"_s, out.endpoint.port);
    writeBoolean(xml, u"OutgoingMailServerUseSSL"_s, true);
    writeString(xml, u"OutgoingMailServerUsername"_s, outUser);
    // Mail then asks once for the password, at installation; the profile itself never holds it.
    writeBoolean(xml, u"OutgoingPasswordSameAsIncomingPassword"_s, inUser == outUser);
    writeString(xml, u"PayloadDescription"_s, tr("Mail account %1").arg(input.emailAddress));
    writeString(xml, u"PayloadDisplayName"_s, ExportText::accountLabel(input));
    writeString(xml, u"PayloadIdentifier"_s, profileIdentifier(input.emailAddress) + u".mail"_s);
    writeString(xml, u"PayloadType"_s, u"com.apple.mail.managed"_s);
    writeString(xml, u"PayloadUUID"_s, uuid);
    writeInteger(xml, u"PayloadVersion"_s, 1);
    xml.writeEndElement();
}

} // namespace mailscout
