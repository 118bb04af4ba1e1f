// SPDX-License-Identifier: GPL-3.0-or-later
#include "MbsyncExporter.h"

#include "ExportText.h"

namespace mailscout {

using namespace Qt::StringLiterals;

QString MbsyncExporter::displayName() const
{
    return tr("mbsync (isync)");
}

QString MbsyncExporter::description() const
{
    return tr("mbsyncrc for isync/mbsync 1.4 and 1.5: the IMAP account mirrored to a local Maildir");
}

ExportResult MbsyncExporter::render(const ExportInput& input) const
{
    const ServerSetting& imap = input.config.incoming;
    if (imap.endpoint.protocol != Protocol::Imap)
        return failure(tr("mbsync only speaks IMAP; this configuration fetches mail with POP3."));
    const QString name = input.emailAddress;
    const QString command = passwordCommand(input.emailAddress);
    // Under ~/Mail so that the local side never collides with another account's folders.
    const QString maildir = u"~/Mail/"_s + name + u'/';

    QString text;
    text += u"# mbsync configuration for "_s + name + u", written by Mailscout.\n"_s;
    text += u"# Save as ~/.mbsyncrc (isync 1.5 also reads ~/.config/isyncrc), then: mkdir -p "_s + maildir
        + u" && mbsync -a\n"_s;
    text += u"# No password is stored here. PassCmd runs a command that prints it: replace\n"_s;
    text += u"#   "_s + command + u'\n';
    text += ExportText::isOAuth2(imap)
        ? u"# with one that prints a current OAuth2 access token for this account.\n"_s
        : u"# with whatever prints your password (pass, secret-tool lookup ..., gpg -d ...).\n"_s;
    text += u"\nIMAPAccount "_s + ExportText::doubleQuoted(name) + u'\n';
    text += u"Host "_s + imap.endpoint.host + u'\n';
    text += u"Port "_s + QString::number(imap.endpoint.port) + u'\n';
    text += u"User "_s + ExportText::doubleQuoted(ExportText::loginName(imap, input)) + u'\n';
    text += u"PassCmd "_s + ExportText::doubleQuoted(command) + u'\n';
    // SSLType, not the TLSType of isync 1.5: both versions read SSLType.
    text += imap.endpoint.security == Security::ImplicitTls ? u"SSLType IMAPS\n"_s : u"SSLType STARTTLS\n"_s;
    if (imap.authMethod == "password-encrypted"_L1)
        text += u"AuthMechs CRAM-MD5\n"_s;
    else if (ExportText::isOAuth2(imap))
        text += u"AuthMechs XOAUTH2\n"_s;
    if (!input.caFile.isEmpty())
        text += u"CertificateFile "_s + ExportText::doubleQuoted(input.caFile) + u'\n';
    text += u"\nIMAPStore "_s + ExportText::doubleQuoted(name + u"-remote"_s) + u'\n';
    text += u"Account "_s + ExportText::doubleQuoted(name) + u'\n';
    text += u"\nMaildirStore "_s + ExportText::doubleQuoted(name + u"-local"_s) + u'\n';
    text += u"Path "_s + ExportText::doubleQuoted(maildir) + u'\n';
    text += u"Inbox "_s + ExportText::doubleQuoted(maildir + u"INBOX"_s) + u'\n';
    text += u"SubFolders Verbatim\n"_s;
    text += u"\nChannel "_s + ExportText::doubleQuoted(name) + u'\n';
    text += u"Far "_s + ExportText::doubleQuoted(u':' + name + u"-remote:"_s) + u'\n';
    text += u"Near "_s + ExportText::doubleQuoted(u':' + name + u"-local:"_s) + u'\n';
    text += u"Patterns *\n"_s;
    text += u"Create Near\n"_s;
    text += u"SyncState *\n"_s;
    return { text.toUtf8(), {} };
}

} // namespace mailscout
