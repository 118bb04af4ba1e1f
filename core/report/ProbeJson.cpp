// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProbeJson.h"

#include <QJsonArray>

namespace mailscout::ProbeJson {

using namespace Qt::StringLiterals;

namespace {

QJsonValue orNull(qint64 ms)
{
    return ms < 0 ? QJsonValue() : QJsonValue(ms);
}

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue capabilities(const Capabilities& caps)
{
    return caps.known ? QJsonValue(QJsonArray::fromStringList(caps.tokens)) : QJsonValue();
}

QJsonObject certificate(const CertificateInfo& info)
{
    return {
        { u"subject"_s, info.subject },
        { u"issuer"_s, info.issuer },
        { u"sans"_s, QJsonArray::fromStringList(info.sans) },
        { u"not_before"_s, info.notBefore.toUTC().toString(Qt::ISODate) },
        { u"not_after"_s, info.notAfter.toUTC().toString(Qt::ISODate) },
        { u"key_type"_s, info.keyType },
        { u"key_bits"_s, info.keyBits },
        { u"signature_algorithm"_s, orNull(info.signatureAlgorithm) },
        { u"sha256"_s, info.sha256Fingerprint },
    };
}

QJsonValue tls(const TlsInfo& info)
{
    if (!info.attempted)
        return {};
    QJsonObject object {
        { u"established"_s, info.established },
        { u"protocol"_s, orNull(info.protocol) },
        { u"cipher"_s, orNull(info.cipher) },
        { u"insecure_protocol"_s, info.insecureProtocol },
        { u"handshake_error"_s, orNull(info.handshakeError) },
    };
    if (info.chain.isEmpty()) {
        object.insert(u"certificate"_s, QJsonValue());
    } else {
        QJsonObject leaf = certificate(CertificateInfo::from(info.chain.first()));
        leaf.insert(u"trusted"_s, info.trusted);
        leaf.insert(u"name_matches"_s, info.nameMatches);
        leaf.insert(u"accepted_by_user"_s, info.acceptedByUser);
        leaf.insert(u"errors"_s, QJsonArray::fromStringList(info.errors));
        leaf.insert(u"error_messages"_s, QJsonArray::fromStringList(info.errorMessages));
        object.insert(u"certificate"_s, leaf);
    }
    QJsonArray chain;
    for (const QSslCertificate& cert : info.chain)
        chain.append(certificate(CertificateInfo::from(cert)));
    object.insert(u"chain"_s, chain);
    return object;
}

QJsonValue earlyVerdict(const EarlyVerdict& verdict)
{
    if (!verdict.given())
        return {};
    return QJsonObject { { u"deadline_ms"_s, verdict.deadlineMs }, { u"rtt_ms"_s, verdict.rttMs },
                         { u"rtt_basis"_s, verdict.rttBasis } };
}

} // namespace

QJsonObject toJson(const ProbeResult& result)
{
    const Endpoint& e = result.endpoint;
    QJsonArray transcript;
    QJsonArray notes;
    for (const Transcript::Line& line : result.transcript.lines()) {
        switch (line.direction) {
        case Transcript::Direction::Client:
            transcript.append(QJsonObject { { u"dir"_s, u"C"_s }, { u"text"_s, line.text } });
            break;
        case Transcript::Direction::Server:
            transcript.append(QJsonObject { { u"dir"_s, u"S"_s }, { u"text"_s, line.text } });
            break;
        case Transcript::Direction::Note:
            notes.append(line.text);
            break;
        }
    }
    const PhaseTimings& t = result.timings;
    return {
        { u"schema"_s, kSchema.toString() },
        { u"endpoint"_s,
          QJsonObject { { u"protocol"_s, protocolName(e.protocol) },
                        { u"host"_s, e.host },
                        { u"port"_s, e.port },
                        { u"security"_s, securityName(e.security) } } },
        { u"outcome"_s, outcomeCode(result.outcome) },
        { u"detail"_s, orNull(result.detail) },
        { u"secure"_s, result.isSecure() },
        { u"connected_address"_s, orNull(result.connectedAddress) },
        { u"greeting"_s, orNull(result.greeting) },
        { u"capabilities"_s,
          QJsonObject { { u"before_tls"_s, capabilities(result.capabilitiesBeforeTls) },
                        { u"after_tls"_s, capabilities(result.capabilitiesAfterTls) } } },
        { u"auth_mechanisms"_s, QJsonArray::fromStringList(result.effectiveCapabilities().authMechanisms) },
        { u"tls"_s, tls(result.tls) },
        { u"login"_s,
          QJsonObject { { u"attempted"_s, result.login.attempted },
                        { u"ok"_s, result.login.ok },
                        { u"mechanism"_s, orNull(result.login.mechanism) },
                        { u"message"_s, orNull(result.login.message) } } },
        { u"timings_ms"_s,
          QJsonObject { { u"dns"_s, orNull(t.dns) },
                        { u"connect"_s, orNull(t.connect) },
                        { u"tls"_s, orNull(t.tls) },
                        { u"greeting"_s, orNull(t.greeting) },
                        { u"capabilities"_s, orNull(t.capabilities) },
                        { u"auth"_s, orNull(t.auth) },
                        { u"total"_s, orNull(t.total) } } },
        { u"transcript"_s, transcript },
        { u"transcript_truncated"_s, result.transcript.truncated() },
        { u"notes"_s, notes },
        { u"warnings"_s, QJsonArray::fromStringList(result.warnings) },
        { u"early_verdict"_s, earlyVerdict(result.earlyVerdict) },
        { u"provisional"_s, result.provisional },
        { u"late"_s, result.late },
        { u"attempts"_s, result.attempts },
    };
}

} // namespace mailscout::ProbeJson
