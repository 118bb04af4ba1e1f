// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountConfig.h"

namespace mailscout {

using namespace Qt::StringLiterals;

ServerRole serverRoleOf(Protocol protocol)
{
    return protocol == Protocol::Smtp ? ServerRole::Outgoing : ServerRole::Incoming;
}

QString ServerSetting::usernameFor(const QString& usernameTemplate, const QString& emailAddress)
{
    if (usernameTemplate.isEmpty())
        return emailAddress;
    // Without an address (a run for a whole domain) the template itself is the most useful answer.
    if (emailAddress.isEmpty())
        return usernameTemplate;
    // The last '@' separates the domain: a quoted local part may contain one.
    const qsizetype at = emailAddress.lastIndexOf(u'@');
    const QString localPart = at < 0 ? emailAddress : emailAddress.left(at);
    const QString domain = at < 0 ? QString() : emailAddress.mid(at + 1);
    QString username = usernameTemplate;
    username.replace("%EMAILADDRESS%"_L1, emailAddress, Qt::CaseInsensitive);
    username.replace("%EMAILLOCALPART%"_L1, localPart, Qt::CaseInsensitive);
    username.replace("%EMAILDOMAIN%"_L1, domain, Qt::CaseInsensitive);
    return username;
}

} // namespace mailscout
