// SPDX-License-Identifier: GPL-3.0-or-later
#include "AercExporter.h"

#include "ExportText.h"

namespace mailscout {

using namespace Qt::StringLiterals;

namespace {

// aerc reads accounts.conf with go-ini, which would cut a value at '#' or ';'; a backtick-quoted value
// is taken literally.
QString iniValue(const QString& value)
{
    if ((value.contains(u'#') || value.contains(u';')) && !value.contains(u'`'))
        return u'`' + value + u'`';
    return value;
}

QString fromHeader(const ExportInput& input)
{
    if (input.displayName.isEmpty())
        return input.emailAddress;
    QString name = input.displayName;
    name.replace(u'\\', u"\\\\"_s);
    name.replace(u'"', u"\\\""_s);
    return u'"' + name + u"\" <"_s + input.emailAddress + u'>';
}

// aerc's URL schemes: imaps:// is TLS from the first byte, imap:// is STARTTLS (plaintext would be
// imap+insecure://); the same for smtps:// and smtp://. "+oauthbearer" picks that SASL mechanism.
QString url(const QString& protocol, const ServerSetting& setting, const QString& user)
{
    QString scheme = protocol;
    if (setting.endpoint.security == Security::ImplicitTls)
        scheme += u's';
    if (ExportText::isOAuth2(setting))
        scheme += u"+oauthbearer"_s;
    return scheme + u"://"_s + ExportText::urlUser(user) + u'@' + setting.endpoint.host + u':'
        + QString::number(setting.endpoint.port);
}

} // namespace

QString AercExporter::displayName() const
{
    return tr("aerc");
}

QString AercExporter::description() const
{
    return tr("aerc accounts.conf section (file mode 0600, password by command)");
}

ExportResult AercExporter::render(const ExportInput& input) const
{
    const ServerSetting& in = input.config.incoming;
    const ServerSetting& out = input.config.outgoing;
    if (in.endpoint.protocol != Protocol::Imap)
        return failure(tr("aerc reads mail over IMAP, not POP3; this configuration fetches mail with POP3."));
    const QString command = passwordCommand(input.emailAddress);

    QString text;
    text += u"# aerc account for "_s + input.emailAddress + u", written by Mailscout.\n"_s;
    text += u"# Add it to ~/.config/aerc/accounts.conf, which aerc reads only with mode 0600.\n"_s;
    text += u"# No password is stored here. The *-cred-cmd lines run a command that prints it: replace\n"_s;
    text += u"#   "_s + command + u'\n';
    text += u"# with whatever prints your password (pass, secret-tool lookup ..., gpg -d ...).\n"_s;
    if (!input.caFile.isEmpty()) {
        text += u"# The servers' certificates are issued by a CA of your own: start aerc with\n"_s;
        text += u"#   SSL_CERT_FILE="_s + ExportText::shellQuote(input.caFile) + u" aerc\n"_s;
    }
    text += u"\n["_s + ExportText::accountLabel(input).replace(u']', u')') + u"]\n"_s;
    text
        += u"source            = "_s + iniValue(url(u"imap"_s, in, ExportText::loginName(in, input))) + u'\n';
    text += u"source-cred-cmd   = "_s + iniValue(command) + u'\n';
    text += u"outgoing          = "_s + iniValue(url(u"smtp"_s, out, ExportText::loginName(out, input)))
        + u'\n';
    text += u"outgoing-cred-cmd = "_s + iniValue(command) + u'\n';
    text += u"default           = INBOX\n"_s;
    text += u"from              = "_s + iniValue(fromHeader(input)) + u'\n';
    text += u"copy-to           = Sent\n"_s;
    return { text.toUtf8(), {} };
}

} // namespace mailscout
