// SPDX-License-Identifier: GPL-3.0-or-later
#include "NeomuttExporter.h"

#include "ExportText.h"

namespace mailscout {

using namespace Qt::StringLiterals;

namespace {

// A literal muttrc string. Single quotes keep backticks and $VARIABLES uninterpreted; they cannot hold a
// single quote, so such a value goes in double quotes with everything NeoMutt would interpret escaped.
QString literal(const QString& value)
{
    if (!value.contains(u'\''))
        return u'\'' + value + u'\'';
    QString escaped;
    for (const QChar ch : value) {
        if (ch == u'\\' || ch == u'"' || ch == u'`' || ch == u'$')
            escaped += u'\\';
        escaped += ch;
    }
    return u'"' + escaped + u'"';
}

// The command's output becomes the value when NeoMutt reads the file; the command itself is already
// shell-quoted, so only the muttrc double-quote layer needs escaping here.
QString commandValue(const QString& command)
{
    QString escaped = command;
    escaped.replace(u'\\', u"\\\\"_s);
    escaped.replace(u'"', u"\\\""_s);
    return u"\"`"_s + escaped + u"`\""_s;
}

QString url(const QString& scheme, const ServerSetting& setting, const QString& user)
{
    return scheme + u"://"_s + ExportText::urlUser(user) + u'@' + setting.endpoint.host + u':'
        + QString::number(setting.endpoint.port) + u'/';
}

} // namespace

QString NeomuttExporter::displayName() const
{
    return tr("NeoMutt");
}

QString NeomuttExporter::description() const
{
    return tr("NeoMutt configuration fragment to source from neomuttrc (password by command)");
}

ExportResult NeomuttExporter::render(const ExportInput& input) const
{
    const ServerSetting& in = input.config.incoming;
    const ServerSetting& out = input.config.outgoing;
    const bool imap = in.endpoint.protocol == Protocol::Imap;
    const bool implicitIn = in.endpoint.security == Security::ImplicitTls;
    const QString command = passwordCommand(input.emailAddress);
    const QString inUser = ExportText::loginName(in, input);

    QString text;
    text += u"# NeoMutt settings for "_s + input.emailAddress + u", written by Mailscout.\n"_s;
    text += u"# Save this file, e.g. as ~/.config/neomutt/"_s + input.emailAddress
        + u".muttrc, and add to neomuttrc:  source ~/.config/neomutt/"_s + input.emailAddress
        + u".muttrc\n"_s;
    text += u"# No password is stored here. The backticks run a command that prints it: replace\n"_s;
    text += u"#   "_s + command + u'\n';
    text += u"# with whatever prints your password (pass, secret-tool lookup ..., gpg -d ...).\n\n"_s;
    if (!input.displayName.isEmpty())
        text += u"set realname = "_s + literal(input.displayName) + u'\n';
    text += u"set from = "_s + literal(input.emailAddress) + u'\n';
    if (imap) {
        const QString folder = (implicitIn ? u"imaps"_s : u"imap"_s) + u"://"_s + in.endpoint.host + u':'
            + QString::number(in.endpoint.port) + u'/';
        text += u"set folder = "_s + literal(folder) + u'\n';
        text += u"set spoolfile = '+INBOX'\n"_s;
        text += u"set record = '+Sent'\n"_s;
        text += u"set postponed = '+Drafts'\n"_s;
        text += u"set imap_user = "_s + literal(inUser) + u'\n';
        text += u"set imap_pass = "_s + commandValue(command) + u'\n';
        if (ExportText::isOAuth2(in))
            text += u"set imap_authenticators = 'oauthbearer'\n"_s;
    } else {
        text += u"set pop_host = "_s + literal(url(implicitIn ? u"pops"_s : u"pop"_s, in, inUser)) + u'\n';
        text += u"set pop_pass = "_s + commandValue(command) + u'\n';
    }
    const bool implicitOut = out.endpoint.security == Security::ImplicitTls;
    text += u"set smtp_url = "_s
        + literal(url(implicitOut ? u"smtps"_s : u"smtp"_s, out, ExportText::loginName(out, input))) + u'\n';
    text += u"set smtp_pass = "_s + commandValue(command) + u'\n';
    if (ExportText::isOAuth2(out))
        text += u"set smtp_authenticators = 'oauthbearer'\n"_s;
    // imap:// and smtp:// mean "STARTTLS if offered"; these two make it mandatory and refuse plaintext.
    text += u"set ssl_force_tls = yes\n"_s;
    text += u"set ssl_starttls = yes\n"_s;
    if (!input.caFile.isEmpty())
        text += u"set ssl_ca_certificates_file = "_s + literal(input.caFile) + u'\n';
    return { text.toUtf8(), {} };
}

} // namespace mailscout
