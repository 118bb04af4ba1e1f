// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportText.h"

#include "discovery/EmailAddress.h"

#include <QUrl>
#include <algorithm>

namespace mailscout::ExportText {

using namespace Qt::StringLiterals;

QString shellQuote(const QString& text)
{
    const auto safe = [](QChar ch) {
        return (ch >= u'a' && ch <= u'z') || (ch >= u'A' && ch <= u'Z') || (ch >= u'0' && ch <= u'9')
            || u"@%+=:,./_-"_s.contains(ch);
    };
    if (!text.isEmpty() && std::all_of(text.cbegin(), text.cend(), safe))
        return text;
    QString quoted = text;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString doubleQuoted(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s);
    escaped.replace(u'"', u"\\\""_s);
    return u'"' + escaped + u'"';
}

QString urlUser(const QString& username)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(username));
}

QString domainOf(const QString& emailAddress)
{
    return EmailAddress::parse(emailAddress).domain();
}

QString accountLabel(const ExportInput& input)
{
    return input.accountName.isEmpty() ? input.emailAddress : input.accountName;
}

QString usernameTemplate(const QString& username, const QString& emailAddress)
{
    const EmailAddress address = EmailAddress::parse(emailAddress);
    if (address.kind() != EmailAddress::Kind::Address)
        return username;
    if (username.compare(address.address(), Qt::CaseInsensitive) == 0)
        return u"%EMAILADDRESS%"_s;
    if (username == address.localPart())
        return u"%EMAILLOCALPART%"_s;
    return username;
}

QString loginName(const ServerSetting& setting, const ExportInput& input)
{
    return setting.username.isEmpty() ? input.emailAddress : setting.username;
}

QList<ServerSetting> servers(const ExportInput& input, ServerRole role)
{
    QList<ServerSetting> result;
    const auto add = [&](const AccountConfig& config) {
        const ServerSetting& setting = role == ServerRole::Incoming ? config.incoming : config.outgoing;
        const bool known = std::any_of(result.cbegin(), result.cend(),
            [&](const ServerSetting& s) { return s.endpoint == setting.endpoint; });
        if (!known && setting.endpoint.security != Security::Plain)
            result.append(setting);
    };
    add(input.config);
    for (const AccountConfig& alternative : input.alternatives)
        add(alternative);
    return result;
}

bool isOAuth2(const ServerSetting& setting)
{
    return setting.authMethod.compare(u"OAuth2"_s, Qt::CaseInsensitive) == 0;
}

} // namespace mailscout::ExportText
