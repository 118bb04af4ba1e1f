// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiscoveryDocument.h"

#include "DiscoveryJson.h"

#include <QJsonArray>
#include <QList>

namespace mailscout {

using namespace Qt::StringLiterals;

namespace {

// The documented shape of the object, as data: a field's name, what it holds and, for objects, their
// fields. Any field may also be null (docs/json.md uses null for "did not happen").
enum class Kind { String, Number, Bool, Strings, Object, Objects };

struct Field {
    QLatin1StringView name;
    Kind kind;
    const QList<Field>* fields; // for Object and Objects
};

const QList<Field> kEndpoint { { "protocol"_L1, Kind::String, nullptr }, { "host"_L1, Kind::String, nullptr },
    { "port"_L1, Kind::Number, nullptr }, { "security"_L1, Kind::String, nullptr } };

const QList<Field> kSource { { "id"_L1, Kind::String, nullptr }, { "state"_L1, Kind::String, nullptr },
    { "reason"_L1, Kind::String, nullptr } };

const QList<Field> kCandidate { { "endpoint"_L1, Kind::Object, &kEndpoint },
    { "source"_L1, Kind::String, nullptr }, { "trusted"_L1, Kind::Bool, nullptr },
    { "reason"_L1, Kind::String, nullptr }, { "username"_L1, Kind::String, nullptr },
    { "auth_methods"_L1, Kind::Strings, nullptr }, { "oauth2_required"_L1, Kind::Bool, nullptr } };

const QList<Field> kCertificate { { "subject"_L1, Kind::String, nullptr }, { "issuer"_L1, Kind::String, nullptr },
    { "sans"_L1, Kind::Strings, nullptr }, { "not_before"_L1, Kind::String, nullptr },
    { "not_after"_L1, Kind::String, nullptr }, { "key_type"_L1, Kind::String, nullptr },
    { "key_bits"_L1, Kind::Number, nullptr }, { "signature_algorithm"_L1, Kind::String, nullptr },
    { "sha256"_L1, Kind::String, nullptr }, { "trusted"_L1, Kind::Bool, nullptr },
    { "name_matches"_L1, Kind::Bool, nullptr }, { "accepted_by_user"_L1, Kind::Bool, nullptr },
    { "errors"_L1, Kind::Strings, nullptr }, { "error_messages"_L1, Kind::Strings, nullptr } };

const QList<Field> kTls { { "established"_L1, Kind::Bool, nullptr }, { "protocol"_L1, Kind::String, nullptr },
    { "cipher"_L1, Kind::String, nullptr }, { "insecure_protocol"_L1, Kind::Bool, nullptr },
    { "handshake_error"_L1, Kind::String, nullptr }, { "certificate"_L1, Kind::Object, &kCertificate },
    { "chain"_L1, Kind::Objects, &kCertificate } };

const QList<Field> kCapabilities { { "before_tls"_L1, Kind::Strings, nullptr },
    { "after_tls"_L1, Kind::Strings, nullptr } };

const QList<Field> kLogin { { "attempted"_L1, Kind::Bool, nullptr }, { "ok"_L1, Kind::Bool, nullptr },
    { "mechanism"_L1, Kind::String, nullptr }, { "message"_L1, Kind::String, nullptr } };

const QList<Field> kTimings { { "dns"_L1, Kind::Number, nullptr }, { "connect"_L1, Kind::Number, nullptr },
    { "tls"_L1, Kind::Number, nullptr }, { "greeting"_L1, Kind::Number, nullptr },
    { "capabilities"_L1, Kind::Number, nullptr }, { "auth"_L1, Kind::Number, nullptr },
    { "total"_L1, Kind::Number, nullptr } };

const QList<Field> kTranscriptLine { { "dir"_L1, Kind::String, nullptr }, { "text"_L1, Kind::String, nullptr } };

const QList<Field> kEarlyVerdict { { "deadline_ms"_L1, Kind::Number, nullptr },
    { "rtt_ms"_L1, Kind::Number, nullptr }, { "rtt_basis"_L1, Kind::String, nullptr } };

const QList<Field> kProbe { { "schema"_L1, Kind::String, nullptr }, { "endpoint"_L1, Kind::Object, &kEndpoint },
    { "outcome"_L1, Kind::String, nullptr }, { "detail"_L1, Kind::String, nullptr },
    { "secure"_L1, Kind::Bool, nullptr }, { "connected_address"_L1, Kind::String, nullptr },
    { "greeting"_L1, Kind::String, nullptr }, { "capabilities"_L1, Kind::Object, &kCapabilities },
    { "auth_mechanisms"_L1, Kind::Strings, nullptr }, { "tls"_L1, Kind::Object, &kTls },
    { "login"_L1, Kind::Object, &kLogin }, { "timings_ms"_L1, Kind::Object, &kTimings },
    { "transcript"_L1, Kind::Objects, &kTranscriptLine }, { "transcript_truncated"_L1, Kind::Bool, nullptr },
    { "notes"_L1, Kind::Strings, nullptr }, { "warnings"_L1, Kind::Strings, nullptr },
    { "early_verdict"_L1, Kind::Object, &kEarlyVerdict }, { "provisional"_L1, Kind::Bool, nullptr },
    { "late"_L1, Kind::Bool, nullptr }, { "attempts"_L1, Kind::Number, nullptr } };

const QList<Field> kServer { { "protocol"_L1, Kind::String, nullptr }, { "host"_L1, Kind::String, nullptr },
    { "port"_L1, Kind::Number, nullptr }, { "security"_L1, Kind::String, nullptr },
    { "username"_L1, Kind::String, nullptr }, { "auth"_L1, Kind::String, nullptr },
    { "login_verified"_L1, Kind::Bool, nullptr } };

const QList<Field> kConfiguration { { "rank"_L1, Kind::Number, nullptr }, { "incoming"_L1, Kind::Object, &kServer },
    { "outgoing"_L1, Kind::Object, &kServer }, { "score"_L1, Kind::Number, nullptr },
    { "reasons"_L1, Kind::Strings, nullptr }, { "warnings"_L1, Kind::Strings, nullptr },
    { "oauth2_required"_L1, Kind::Bool, nullptr }, { "login_verified"_L1, Kind::Bool, nullptr } };

const QList<Field> kDiagnosis { { "code"_L1, Kind::String, nullptr }, { "message"_L1, Kind::String, nullptr },
    { "endpoints"_L1, Kind::Objects, &kEndpoint } };

const QList<Field> kRevisionServers { { "incoming"_L1, Kind::Object, &kEndpoint },
    { "outgoing"_L1, Kind::Object, &kEndpoint } };

const QList<Field> kRevision { { "at_ms"_L1, Kind::Number, nullptr },
    { "late_endpoint"_L1, Kind::Object, &kEndpoint }, { "from"_L1, Kind::Object, &kRevisionServers },
    { "to"_L1, Kind::Object, &kRevisionServers }, { "message"_L1, Kind::String, nullptr } };

const QList<Field> kDiscovery { { "schema"_L1, Kind::String, nullptr }, { "address"_L1, Kind::String, nullptr },
    { "domain"_L1, Kind::String, nullptr }, { "sources"_L1, Kind::Objects, &kSource },
    { "candidates"_L1, Kind::Objects, &kCandidate }, { "probes"_L1, Kind::Objects, &kProbe },
    { "configurations"_L1, Kind::Objects, &kConfiguration }, { "diagnosis"_L1, Kind::Objects, &kDiagnosis },
    { "settled"_L1, Kind::Bool, nullptr }, { "settled_ms"_L1, Kind::Number, nullptr },
    { "settled_reason"_L1, Kind::String, nullptr }, { "settled_code"_L1, Kind::String, nullptr },
    { "revisions"_L1, Kind::Objects, &kRevision }, { "elapsed_ms"_L1, Kind::Number, nullptr },
    { "cancelled"_L1, Kind::Bool, nullptr } };

QJsonObject copyShape(const QJsonObject& object, const QList<Field>& fields);

// The value if it has the field's type (or is null), else nothing: a wrong type is dropped, not guessed at.
std::optional<QJsonValue> copyValue(const QJsonValue& value, const Field& field)
{
    if (value.isNull())
        return value;
    switch (field.kind) {
    case Kind::String:
        return value.isString() ? std::optional(value) : std::nullopt;
    case Kind::Number:
        return value.isDouble() ? std::optional(value) : std::nullopt;
    case Kind::Bool:
        return value.isBool() ? std::optional(value) : std::nullopt;
    case Kind::Object:
        return value.isObject() ? std::optional<QJsonValue>(copyShape(value.toObject(), *field.fields))
                                : std::nullopt;
    case Kind::Strings:
    case Kind::Objects: {
        if (!value.isArray())
            return std::nullopt;
        QJsonArray array;
        for (const QJsonValue& item : value.toArray()) {
            if (field.kind == Kind::Strings && item.isString())
                array.append(item);
            else if (field.kind == Kind::Objects && item.isObject())
                array.append(copyShape(item.toObject(), *field.fields));
        }
        return array;
    }
    }
    return std::nullopt;
}

QJsonObject copyShape(const QJsonObject& object, const QList<Field>& fields)
{
    QJsonObject copy;
    for (const Field& field : fields) {
        if (!object.contains(field.name))
            continue;
        if (const std::optional<QJsonValue> value = copyValue(object.value(field.name), field))
            copy.insert(field.name, *value);
    }
    return copy;
}

QJsonArray redactTranscript(const QJsonArray& transcript)
{
    QJsonArray redacted;
    QString previousServerLine;
    for (const QJsonValue& item : transcript) {
        QJsonObject line = item.toObject();
        const QString text = line.value("text"_L1).toString();
        if (line.value("dir"_L1).toString() == "S"_L1) {
            previousServerLine = text;
        } else {
            line.insert("text"_L1, DiscoveryDocument::redactClientLine(text, previousServerLine));
            previousServerLine.clear();
        }
        redacted.append(line);
    }
    return redacted;
}

} // namespace

QString DiscoveryDocument::check(const QJsonObject& document)
{
    if (document.value("schema"_L1).toString() != DiscoveryJson::kSchema)
        return tr("This is not a discovery result (schema %1).").arg(DiscoveryJson::kSchema.toString());
    return {};
}

QJsonObject DiscoveryDocument::clean(const QJsonObject& document)
{
    QJsonObject copy = copyShape(document, kDiscovery);
    QJsonArray probes = copy.value("probes"_L1).toArray();
    for (auto probe = probes.begin(); probe != probes.end(); ++probe) {
        QJsonObject object = probe->toObject();
        object.insert("transcript"_L1, redactTranscript(object.value("transcript"_L1).toArray()));
        *probe = object;
    }
    if (copy.contains("probes"_L1))
        copy.insert("probes"_L1, probes);
    return copy;
}

QString DiscoveryDocument::redactClientLine(const QString& line, const QString& previousServerLine)
{
    static const QString kRedacted = u"<redacted>"_s;
    // A SASL continuation: IMAP and POP3 challenge with "+ ...", SMTP with "334 ...".
    if (previousServerLine == "+"_L1 || previousServerLine.startsWith("+ "_L1)
        || previousServerLine.startsWith("334"_L1))
        return line == u"*"_s ? line : kRedacted; // "*" cancels the exchange and carries nothing
    QStringList words = line.split(u' ', Qt::SkipEmptyParts);
    // IMAP commands start with a tag; SMTP and POP3 commands do not.
    qsizetype command = 0;
    if (words.size() > 1 && words.at(0).compare("AUTH"_L1, Qt::CaseInsensitive) != 0
        && words.at(0).compare("PASS"_L1, Qt::CaseInsensitive) != 0
        && words.at(0).compare("APOP"_L1, Qt::CaseInsensitive) != 0)
        command = 1;
    if (words.size() <= command)
        return line;
    const QString verb = words.at(command).toUpper();
    qsizetype keep = -1; // how many words stay readable
    if (verb == "LOGIN"_L1 || verb == "PASS"_L1)
        keep = command + 1; // IMAP LOGIN user password: the user name too, it is one credential
    else if (verb == "AUTH"_L1 || verb == "AUTHENTICATE"_L1)
        keep = command + 2; // the mechanism stays, an initial response goes
    else if (verb == "APOP"_L1)
        keep = command + 2; // the user stays, the digest goes
    if (keep < 0 || words.size() <= keep)
        return line;
    if (words.size() == keep + 1 && words.at(keep) == kRedacted)
        return line;
    words.resize(keep);
    words.append(kRedacted);
    return words.join(u' ');
}

} // namespace mailscout
