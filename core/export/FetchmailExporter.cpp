// SPDX-License-Identifier: GPL-3.0-or-later
#include "FetchmailExporter.h"

#include "ExportText.h"

namespace mailscout {

using namespace Qt::StringLiterals;

QString FetchmailExporter::displayName() const
{
    return tr("fetchmail");
}

QString FetchmailExporter::description() const
{
    return tr("fetchmailrc poll entry (file mode 0600); fetchmail asks for the password or reads ~/.netrc");
}

ExportResult FetchmailExporter::render(const ExportInput& input) const
{
    const ServerSetting& in = input.config.incoming;
    const bool imap = in.endpoint.protocol == Protocol::Imap;
    const QString user = ExportText::loginName(in, input);

    QString text;
    text += u"# fetchmail configuration for "_s + input.emailAddress + u", written by Mailscout.\n"_s;
    text += u"# Save as ~/.fetchmailrc with mode 0600: fetchmail refuses a file others can read.\n"_s;
    text
        += u"# fetchmail has no password command and none is stored here: it asks for the password when it\n"_s;
    text += u"# runs, or reads it from a ~/.netrc line (mode 0600) such as\n"_s;
    text += u"#   machine "_s + in.endpoint.host + u" login "_s + user + u" password YOUR-PASSWORD\n"_s;
    text
        += u"# Add \"is LOCALUSER\" and \"mda ...\" to the user line if mail should go elsewhere than to you.\n"_s;
    text += u"\npoll "_s + ExportText::doubleQuoted(in.endpoint.host) + u" service "_s
        + QString::number(in.endpoint.port) + u" protocol "_s + (imap ? u"IMAP"_s : u"POP3"_s);
    if (in.authMethod == "password-encrypted"_L1)
        text += u" auth cram-md5"_s;
    else if (ExportText::isOAuth2(in))
        text += u" auth oauthbearer"_s;
    else
        text += u" auth password"_s;
    text += u"\n    user "_s + ExportText::doubleQuoted(user);
    // "ssl" is TLS from the first byte; without it, a sslproto makes STARTTLS (STLS) mandatory instead of
    // opportunistic, and sslcertck refuses a certificate that does not verify.
    if (in.endpoint.security == Security::ImplicitTls)
        text += u"\n    ssl"_s;
    text += u"\n    sslproto \"TLS1.2+\"\n    sslcertck"_s;
    if (!input.caFile.isEmpty())
        text += u"\n    sslcertfile "_s + ExportText::doubleQuoted(input.caFile);
    text += u'\n';
    return { text.toUtf8(), {} };
}

} // namespace mailscout
