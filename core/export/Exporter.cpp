// SPDX-License-Identifier: GPL-3.0-or-later
#include "Exporter.h"

#include "ExportText.h"
#include "discovery/EmailAddress.h"
#include "report/DiscoveryDocument.h"

#include <algorithm>

namespace mailscout {

using namespace Qt::StringLiterals;

namespace {

// A line break or other control character in a name would let a value start a new directive in the
// line-based formats (msmtprc, muttrc, ...), e.g. a display name that adds a passwordeval line.
bool hasControlCharacter(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar ch) {
        return ch.category() == QChar::Other_Control || ch == QChar::LineSeparator
            || ch == QChar::ParagraphSeparator;
    });
}

} // namespace

QFileDevice::Permissions Exporter::permissions() const
{
    return QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
}

ExportResult Exporter::exportConfig(const ExportInput& input) const
{
    if (const QString error = validate(input); !error.isEmpty())
        return failure(error);
    return render(input);
}

QString Exporter::passwordCommand(const QString& emailAddress)
{
    return u"pass show "_s + ExportText::shellQuote(u"mail/"_s + emailAddress);
}

QString Exporter::validate(const ExportInput& input) const
{
    const EmailAddress address = EmailAddress::parse(input.emailAddress);
    const bool addressOk = address.kind() == EmailAddress::Kind::Address
        || (!needsMailbox() && address.kind() == EmailAddress::Kind::Domain);
    if (!addressOk) {
        return needsMailbox()
            ? tr("\"%1\" is not an e-mail address.").arg(input.emailAddress)
            : tr("\"%1\" is neither an e-mail address nor a domain.").arg(input.emailAddress);
    }
    for (const QString* text : { &input.emailAddress, &input.displayName, &input.accountName, &input.caFile,
             &input.signingCertificatePath, &input.signingKeyPath }) {
        if (hasControlCharacter(*text))
            return tr("A name or path contains a line break or another control character.");
    }
    if (needsDiscovery()) {
        if (!DiscoveryDocument::check(input.discovery).isEmpty())
            return tr("This format needs the whole discovery result (mailscout.discovery/1), not only a "
                      "configuration.");
        // A run that found no configuration is reported all the same.
        if (input.config.incoming.endpoint.host.isEmpty() && input.config.outgoing.endpoint.host.isEmpty())
            return {};
    }

    QList<AccountConfig> configs { input.config };
    configs += input.alternatives;
    for (qsizetype i = 0; i < configs.size(); ++i) {
        for (const ServerSetting* setting : { &configs[i].incoming, &configs[i].outgoing }) {
            const Endpoint& endpoint = setting->endpoint;
            const bool outgoing = setting == &configs[i].outgoing;
            if ((endpoint.protocol == Protocol::Smtp) != outgoing)
                return tr("The incoming server must use IMAP or POP3 and the outgoing server SMTP.");
            const EmailAddress host = EmailAddress::parseHost(endpoint.host);
            if (!host.isValid() || host.port() || host.host() != endpoint.host)
                return tr("\"%1\" is not a valid server name.").arg(endpoint.host);
            if (endpoint.port == 0)
                return tr("The port of %1 is missing.").arg(endpoint.host);
            if (hasControlCharacter(setting->username) || hasControlCharacter(setting->authMethod))
                return tr("A user name contains a line break or another control character.");
            // Only the chosen configuration must be secure; a plaintext alternative is simply not offered.
            if (i == 0 && endpoint.security == Security::Plain) {
                return tr(
                    "%1 is not encrypted: Mailscout does not export a configuration that would send the "
                    "password in plain text.")
                    .arg(endpoint.toString());
            }
        }
    }
    return {};
}

} // namespace mailscout
