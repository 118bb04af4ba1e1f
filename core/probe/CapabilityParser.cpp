// SPDX-License-Identifier: GPL-3.0-or-later
#include "CapabilityParser.h"

namespace mailscout::CapabilityParser {

namespace {

QStringList words(QByteArrayView line)
{
    QStringList result;
    for (const QByteArray& part : line.toByteArray().simplified().split(' ')) {
        if (!part.isEmpty())
            result.append(QString::fromLatin1(part).toUpper());
    }
    return result;
}

void addMechanisms(Capabilities& caps, const QStringList& mechanisms)
{
    for (const QString& mechanism : mechanisms) {
        if (!mechanism.isEmpty() && !caps.authMechanisms.contains(mechanism))
            caps.authMechanisms.append(mechanism);
    }
}

} // namespace

Capabilities fromEhlo(const QByteArrayList& lines)
{
    Capabilities caps;
    caps.known = true;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QStringList parts = words(lines[i]);
        if (parts.isEmpty())
            continue;
        QString keyword = parts.takeFirst();
        // Some old servers announce "AUTH=LOGIN PLAIN" (the pre-RFC 2554 form Outlook Express used).
        if (keyword.startsWith(QLatin1StringView("AUTH="))) {
            parts.prepend(keyword.mid(5));
            keyword = QStringLiteral("AUTH");
        }
        if (!caps.tokens.contains(keyword))
            caps.tokens.append(keyword);
        if (keyword == QLatin1StringView("AUTH"))
            addMechanisms(caps, parts);
        else if (keyword == QLatin1StringView("STARTTLS"))
            caps.startTls = true;
        else if (keyword == QLatin1StringView("SIZE") && !parts.isEmpty()) {
            bool ok = false;
            const qint64 size = parts.first().toLongLong(&ok);
            if (ok && size >= 0)
                caps.sizeLimit = size;
        }
    }
    return caps;
}

Capabilities fromImap(QByteArrayView atoms)
{
    Capabilities caps;
    caps.known = true;
    for (const QString& atom : words(atoms)) {
        if (caps.tokens.contains(atom))
            continue;
        caps.tokens.append(atom);
        if (atom.startsWith(QLatin1StringView("AUTH=")))
            addMechanisms(caps, { atom.mid(5) });
        else if (atom == QLatin1StringView("STARTTLS"))
            caps.startTls = true;
        else if (atom == QLatin1StringView("LOGINDISABLED"))
            caps.loginDisabled = true;
    }
    return caps;
}

Capabilities fromPop3(const QByteArrayList& lines)
{
    Capabilities caps;
    caps.known = true;
    for (const QByteArray& line : lines) {
        QStringList parts = words(line);
        if (parts.isEmpty())
            continue;
        const QString tag = parts.takeFirst();
        if (!caps.tokens.contains(tag))
            caps.tokens.append(tag);
        if (tag == QLatin1StringView("SASL"))
            addMechanisms(caps, parts);
        else if (tag == QLatin1StringView("STLS"))
            caps.startTls = true;
        else if (tag == QLatin1StringView("USER"))
            caps.userCommand = true;
    }
    return caps;
}

} // namespace mailscout::CapabilityParser
