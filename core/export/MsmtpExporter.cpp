// SPDX-License-Identifier: GPL-3.0-or-later
#include "MsmtpExporter.h"

#include "ExportText.h"

namespace mailscout {

using namespace Qt::StringLiterals;

QString MsmtpExporter::displayName() const
{
    return tr("msmtp");
}

QString MsmtpExporter::description() const
{
    return tr("msmtprc for msmtp, the sendmail replacement (file mode 0600)");
}

ExportResult MsmtpExporter::render(const ExportInput& input) const
{
    const ServerSetting& smtp = input.config.outgoing;
    const QString command = passwordCommand(input.emailAddress);
    QString auth = u"on"_s; // msmtp picks the best mechanism the server offers
    if (smtp.authMethod == "password-encrypted"_L1)
        auth = u"cram-md5"_s;
    else if (ExportText::isOAuth2(smtp))
        auth = u"oauthbearer"_s;

    QString text;
    text += u"# msmtp configuration for "_s + input.emailAddress + u", written by Mailscout.\n"_s;
    text
        += u"# Save as ~/.msmtprc or ~/.config/msmtp/config with mode 0600: msmtp refuses a file others can read.\n"_s;
    text += u"# No password is stored here. passwordeval runs a command that prints it: replace\n"_s;
    text += u"#   "_s + command + u'\n';
    text += ExportText::isOAuth2(smtp)
        ? u"# with one that prints a current OAuth2 access token for this account.\n"_s
        : u"# with whatever prints your password (pass, secret-tool lookup ..., gpg -d ...).\n"_s;
    text += u"\naccount "_s + input.emailAddress + u'\n';
    text += u"host "_s + smtp.endpoint.host + u'\n';
    text += u"port "_s + QString::number(smtp.endpoint.port) + u'\n';
    text += u"tls on\n"_s;
    // Port 465 speaks TLS from the first byte (RFC 8314); msmtp would otherwise wait for a greeting.
    text
        += smtp.endpoint.security == Security::ImplicitTls ? u"tls_starttls off\n"_s : u"tls_starttls on\n"_s;
    if (!input.caFile.isEmpty())
        text += u"tls_trust_file "_s + ExportText::doubleQuoted(input.caFile) + u'\n';
    text += u"auth "_s + auth + u'\n';
    text += u"user "_s + ExportText::doubleQuoted(ExportText::loginName(smtp, input)) + u'\n';
    text += u"passwordeval "_s + ExportText::doubleQuoted(command) + u'\n';
    text += u"from "_s + input.emailAddress + u'\n';
    text += u"\naccount default : "_s + input.emailAddress + u'\n';
    return { text.toUtf8(), {} };
}

} // namespace mailscout
