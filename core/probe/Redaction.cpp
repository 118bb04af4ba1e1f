// SPDX-License-Identifier: GPL-3.0-or-later
#include "Redaction.h"

namespace mailscout {

using namespace Qt::StringLiterals;

QString redactSecrets(QString text, const std::optional<Credentials>& credentials)
{
    if (!credentials || credentials->password.isEmpty())
        return text;
    const QString& password = credentials->password;
    const QString& user = credentials->username;
    const QByteArray utf8 = password.toUtf8();
    // The password alone, and the PLAIN message that carries it ("\0user\0password").
    const QByteArray nul(1, '\0');
    const QByteArray plain = QByteArray(nul + user.toUtf8() + nul + utf8);
    const QByteArray plainWithAuthzid = QByteArray(user.toUtf8() + plain);
    const QString forms[] = {
        password,
        QString::fromLatin1(utf8.toBase64()),
        QString::fromLatin1(plain.toBase64()),
        QString::fromLatin1(plainWithAuthzid.toBase64()),
    };
    for (const QString& form : forms)
        text.replace(form, u"<redacted>"_s, Qt::CaseSensitive);
    return text;
}

} // namespace mailscout
