// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchLine.h"

#include "session/SetupSession.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mailscout {

using namespace Qt::StringLiterals;

namespace {

QJsonValue endpointJson(const std::optional<Endpoint>& endpoint)
{
    if (!endpoint)
        return QJsonValue::Null;
    return QJsonObject { { u"protocol"_s, protocolName(endpoint->protocol) }, { u"host"_s, endpoint->host },
        { u"port"_s, endpoint->port }, { u"security"_s, securityName(endpoint->security) } };
}

QJsonValue stringOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue millisecondsOrNull(qint64 ms)
{
    return ms < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(ms);
}

QString millisecondsOrEmpty(qint64 ms)
{
    return ms < 0 ? QString() : QString::number(ms);
}

QStringList endpointFields(const std::optional<Endpoint>& endpoint)
{
    if (!endpoint)
        return { {}, {}, {}, {} };
    return { protocolName(endpoint->protocol), endpoint->host, QString::number(endpoint->port),
        securityName(endpoint->security) };
}

} // namespace

BatchLine BatchLine::fromSession(int line, const QString& input, const SetupSession& session)
{
    BatchLine result;
    result.line = line;
    result.input = input;
    result.address = session.address().address();
    result.domain = session.address().domain();
    const Assessment& assessment = session.assessment();
    result.ok = !assessment.configurations.isEmpty() && !session.wasCancelled();
    result.settledMs = session.settledMs();
    result.elapsedMs = session.elapsedMs();
    if (!assessment.configurations.isEmpty()) {
        result.incoming = assessment.configurations.first().incoming.endpoint;
        result.outgoing = assessment.configurations.first().outgoing.endpoint;
    }
    for (const Diagnosis& finding : assessment.diagnosis)
        result.diagnosis.append(finding.code);
    return result;
}

BatchLine BatchLine::failure(int line, const QString& input, const QString& errorCode, const QString& error)
{
    BatchLine result;
    result.line = line;
    result.input = input;
    result.errorCode = errorCode;
    result.error = error;
    return result;
}

QJsonObject BatchLine::toJson() const
{
    return {
        { u"schema"_s, kSchema.toString() },
        { u"line"_s, line },
        { u"input"_s, input },
        { u"address"_s, stringOrNull(address) },
        { u"domain"_s, stringOrNull(domain) },
        { u"ok"_s, ok },
        { u"settled_ms"_s, millisecondsOrNull(settledMs) },
        { u"elapsed_ms"_s, millisecondsOrNull(elapsedMs) },
        { u"incoming"_s, endpointJson(incoming) },
        { u"outgoing"_s, endpointJson(outgoing) },
        { u"diagnosis"_s, QJsonArray::fromStringList(diagnosis) },
        { u"error_code"_s, stringOrNull(errorCode) },
        { u"error"_s, stringOrNull(error) },
    };
}

QByteArray BatchLine::toJsonLine() const
{
    // Compact JSON escapes every control character, so a line feed inside a value cannot split the line.
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray BatchLine::csvHeader()
{
    return "line,input,address,domain,ok,settled_ms,elapsed_ms,"
           "incoming_protocol,incoming_host,incoming_port,incoming_security,"
           "outgoing_protocol,outgoing_host,outgoing_port,outgoing_security,"
           "diagnosis,error_code,error\r\n";
}

QByteArray BatchLine::toCsvRecord() const
{
    QStringList fields { QString::number(line), input, address, domain, ok ? u"true"_s : u"false"_s,
        millisecondsOrEmpty(settledMs), millisecondsOrEmpty(elapsedMs) };
    fields += endpointFields(incoming);
    fields += endpointFields(outgoing);
    fields += { diagnosis.join(u' '), errorCode, error };
    for (QString& field : fields)
        field = csvField(field);
    return fields.join(u',').toUtf8() + "\r\n";
}

QString BatchLine::csvField(const QString& text)
{
    const bool needsQuotes
        = text.contains(u',') || text.contains(u'"') || text.contains(u'\r') || text.contains(u'\n');
    if (!needsQuotes)
        return text;
    return u'"' + QString(text).replace(u'"', u"\"\""_s) + u'"';
}

} // namespace mailscout
