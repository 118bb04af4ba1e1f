// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountConfigJson.h"

#include <QJsonArray>

namespace mailscout {

using namespace Qt::StringLiterals;

namespace {

// reasons and warnings: absent means none; anything else must be a list of strings.
std::optional<QStringList> stringList(const QJsonValue& value)
{
    if (value.isUndefined() || value.isNull())
        return QStringList();
    if (!value.isArray())
        return std::nullopt;
    QStringList list;
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isString())
            return std::nullopt;
        list.append(item.toString());
    }
    return list;
}

bool isOptionalBool(const QJsonValue& value)
{
    return value.isUndefined() || value.isNull() || value.isBool();
}

} // namespace

QJsonObject AccountConfigJson::toJson(const AccountConfig& config, int rank)
{
    return {
        { u"rank"_s, rank },
        { u"incoming"_s, serverToJson(config.incoming) },
        { u"outgoing"_s, serverToJson(config.outgoing) },
        { u"score"_s, config.score },
        { u"reasons"_s, QJsonArray::fromStringList(config.reasons) },
        { u"warnings"_s, QJsonArray::fromStringList(config.warnings) },
        { u"oauth2_required"_s, config.oauth2Required },
        { u"login_verified"_s, config.loginVerified },
    };
}

QJsonObject AccountConfigJson::serverToJson(const ServerSetting& setting)
{
    return {
        { u"protocol"_s, protocolName(setting.endpoint.protocol) },
        { u"host"_s, setting.endpoint.host },
        { u"port"_s, setting.endpoint.port },
        { u"security"_s, securityName(setting.endpoint.security) },
        { u"username"_s, setting.username },
        { u"auth"_s, setting.authMethod },
        { u"login_verified"_s, setting.loginVerified },
    };
}

AccountConfigJson::Parsed AccountConfigJson::fromJson(const QJsonObject& object)
{
    Parsed parsed;
    const QJsonValue rank = object.value(u"rank"_s);
    if (!rank.isDouble() || rank.toDouble() != rank.toInt() || rank.toInt() < 1) {
        parsed.error = tr("rank: expected a whole number from 1 up");
        return parsed;
    }
    AccountConfig config;
    if (QString error = serverFromJson(object.value(u"incoming"_s), u"incoming"_s, &config.incoming);
        !error.isEmpty()) {
        parsed.error = error;
        return parsed;
    }
    if (QString error = serverFromJson(object.value(u"outgoing"_s), u"outgoing"_s, &config.outgoing);
        !error.isEmpty()) {
        parsed.error = error;
        return parsed;
    }
    if (config.incoming.endpoint.protocol == Protocol::Smtp) {
        parsed.error = tr("incoming.protocol: expected \"imap\" or \"pop3\"");
        return parsed;
    }
    if (config.outgoing.endpoint.protocol != Protocol::Smtp) {
        parsed.error = tr("outgoing.protocol: expected \"smtp\"");
        return parsed;
    }
    const QJsonValue score = object.value(u"score"_s);
    if (!score.isUndefined() && !score.isDouble()) {
        parsed.error = tr("score: expected a number");
        return parsed;
    }
    config.score = score.toInt();
    const std::optional<QStringList> reasons = stringList(object.value(u"reasons"_s));
    const std::optional<QStringList> warnings = stringList(object.value(u"warnings"_s));
    if (!reasons || !warnings) {
        parsed.error = !reasons ? tr("reasons: expected a list of strings")
                                : tr("warnings: expected a list of strings");
        return parsed;
    }
    config.reasons = *reasons;
    config.warnings = *warnings;
    for (const auto& [key, flag] : { std::pair { u"oauth2_required"_s, &config.oauth2Required },
             std::pair { u"login_verified"_s, &config.loginVerified } }) {
        if (!isOptionalBool(object.value(key))) {
            parsed.error = tr("%1: expected true or false").arg(key);
            return parsed;
        }
        *flag = object.value(key).toBool();
    }
    parsed.rank = rank.toInt();
    parsed.config = config;
    return parsed;
}

QString AccountConfigJson::serverFromJson(
    const QJsonValue& value, const QString& name, ServerSetting* setting)
{
    if (!value.isObject())
        return tr("%1: expected an object with protocol, host, port and security").arg(name);
    const QJsonObject object = value.toObject();
    const std::optional<Protocol> protocol = protocolFromName(object.value(u"protocol"_s).toString());
    if (!protocol)
        return tr("%1.protocol: expected \"imap\", \"pop3\" or \"smtp\"").arg(name);
    const QString host = object.value(u"host"_s).toString();
    if (host.isEmpty())
        return tr("%1.host: expected a host name").arg(name);
    const QJsonValue port = object.value(u"port"_s);
    const double portNumber = port.toDouble(-1);
    if (!port.isDouble() || portNumber != port.toInt() || portNumber < 1 || portNumber > 65535)
        return tr("%1.port: expected a number from 1 to 65535").arg(name);
    const std::optional<Security> security = securityFromName(object.value(u"security"_s).toString());
    if (!security)
        return tr("%1.security: expected \"tls\", \"starttls\" or \"plain\"").arg(name);
    for (const QString& key : { u"username"_s, u"auth"_s }) {
        const QJsonValue text = object.value(key);
        if (!text.isUndefined() && !text.isNull() && !text.isString())
            return tr("%1.%2: expected a string").arg(name, key);
    }
    if (!isOptionalBool(object.value(u"login_verified"_s)))
        return tr("%1.login_verified: expected true or false").arg(name);
    setting->endpoint = Endpoint { *protocol, host, static_cast<quint16>(port.toInt()), *security };
    setting->username = object.value(u"username"_s).toString();
    setting->authMethod = object.value(u"auth"_s).toString();
    setting->loginVerified = object.value(u"login_verified"_s).toBool();
    return {};
}

} // namespace mailscout
