// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Canary.h"
#include "export/Exporter.h"
#include "report/AccountConfigJson.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mailscout::test {

using namespace Qt::StringLiterals;

// A discovery run (mailscout.discovery/1) around an ExportInput's configurations, as discover --json
// writes one: each configured endpoint probed secure with a certificate and a transcript (a redacted
// login included), plus what a helpdesk meets daily: port 25 filtered, POP3 refused, a guessed name that
// does not exist. Fixed values, so reports made from it are reproducible byte for byte.
inline QJsonObject sampleEndpoint(const Endpoint& e)
{
    return { { u"protocol"_s, protocolName(e.protocol) }, { u"host"_s, e.host }, { u"port"_s, e.port },
        { u"security"_s, securityName(e.security) } };
}

inline QJsonArray sampleTranscript(const Endpoint& e)
{
    const auto line = [](const char* dir, const QString& text) {
        return QJsonObject { { u"dir"_s, QString::fromLatin1(dir) }, { u"text"_s, text } };
    };
    if (e.protocol == Protocol::Smtp) {
        QJsonArray lines { line("S", u"220 %1 ESMTP ready"_s.arg(e.host)), line("C", u"EHLO mailscout"_s),
            line("S", u"250-%1"_s.arg(e.host)), line("S", u"250-AUTH PLAIN LOGIN"_s),
            line("S", u"250 SIZE 52428800"_s) };
        if (e.security == Security::StartTls) {
            lines << line("C", u"STARTTLS"_s) << line("S", u"220 2.0.0 go ahead"_s) << line("C", u"EHLO mailscout"_s)
                  << line("S", u"250-%1"_s.arg(e.host)) << line("S", u"250 AUTH PLAIN LOGIN"_s);
        }
        lines << line("C", u"AUTH PLAIN <redacted>"_s) << line("S", u"235 2.7.0 Authentication successful"_s)
              << line("C", u"QUIT"_s) << line("S", u"221 2.0.0 bye"_s);
        return lines;
    }
    QJsonArray lines { line("S", u"* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready"_s) };
    if (e.security == Security::StartTls)
        lines << line("C", u"a1 STARTTLS"_s) << line("S", u"a1 OK begin TLS"_s);
    lines << line("C", u"a2 CAPABILITY"_s) << line("S", u"* CAPABILITY IMAP4rev1 AUTH=PLAIN IDLE"_s)
          << line("S", u"a2 OK done"_s) << line("C", u"a3 LOGIN <redacted>"_s) << line("S", u"a3 OK logged in"_s)
          << line("C", u"a4 LOGOUT"_s) << line("S", u"* BYE"_s) << line("S", u"a4 OK bye"_s);
    return lines;
}

inline QJsonObject sampleProbe(const Endpoint& e, const QString& outcome)
{
    const bool secure = outcome == "auth-ok"_L1;
    const bool imap = e.protocol == Protocol::Imap;
    const QJsonObject certificate { { u"subject"_s, e.host }, { u"issuer"_s, u"Example Test CA"_s },
        { u"sans"_s, QJsonArray { e.host } }, { u"not_before"_s, u"2024-01-01T00:00:00Z"_s },
        { u"not_after"_s, u"2026-01-01T00:00:00Z"_s }, { u"key_type"_s, u"RSA"_s }, { u"key_bits"_s, 2048 },
        { u"signature_algorithm"_s, u"sha256WithRSAEncryption"_s },
        { u"sha256"_s, u"3F:9A:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:01:23:45:67:89:AB:CD:EF:10:32:54:76:98:BA"_s } };
    QJsonObject chainLeaf = certificate;
    QJsonObject leaf = certificate;
    leaf.insert(u"trusted"_s, true);
    leaf.insert(u"name_matches"_s, true);
    leaf.insert(u"accepted_by_user"_s, false);
    leaf.insert(u"errors"_s, QJsonArray());
    leaf.insert(u"error_messages"_s, QJsonArray());
    const QJsonObject ca { { u"subject"_s, u"Example Test CA"_s }, { u"issuer"_s, u"Example Test CA"_s },
        { u"sans"_s, QJsonArray() }, { u"not_before"_s, u"2023-01-01T00:00:00Z"_s },
        { u"not_after"_s, u"2033-01-01T00:00:00Z"_s }, { u"key_type"_s, u"RSA"_s }, { u"key_bits"_s, 3072 },
        { u"signature_algorithm"_s, u"sha256WithRSAEncryption"_s }, { u"sha256"_s, u"C0:FF:EE"_s } };
    const QJsonValue caps = imap ? QJsonValue(QJsonArray { u"IMAP4REV1"_s, u"AUTH=PLAIN"_s, u"IDLE"_s })
                                 : QJsonValue(QJsonArray { u"AUTH"_s, u"SIZE"_s });
    const QJsonValue none;
    return {
        { u"schema"_s, u"mailscout.probe/1"_s },
        { u"endpoint"_s, sampleEndpoint(e) },
        { u"outcome"_s, outcome },
        { u"detail"_s, secure ? none : QJsonValue(outcome == "refused"_L1 ? u"Connection refused."_s
                                                                               : u"No answer within 3 s."_s) },
        { u"secure"_s, secure },
        { u"connected_address"_s, secure ? QJsonValue(u"192.0.2.10"_s) : none },
        { u"greeting"_s, secure ? QJsonValue(imap ? u"[CAPABILITY IMAP4rev1] ready"_s : u"%1 ESMTP ready"_s.arg(e.host)) : none },
        { u"capabilities"_s,
            QJsonObject { { u"before_tls"_s, secure && e.security == Security::StartTls ? caps : none },
                { u"after_tls"_s, secure ? caps : none } } },
        { u"auth_mechanisms"_s, secure ? QJsonArray { u"PLAIN"_s } : QJsonArray() },
        { u"tls"_s,
            secure ? QJsonValue(QJsonObject { { u"established"_s, true }, { u"protocol"_s, u"TLSv1.3"_s },
                         { u"cipher"_s, u"TLS_AES_256_GCM_SHA384"_s }, { u"insecure_protocol"_s, false },
                         { u"handshake_error"_s, none }, { u"certificate"_s, leaf },
                         { u"chain"_s, QJsonArray { chainLeaf, ca } } })
                   : none },
        { u"login"_s,
            QJsonObject { { u"attempted"_s, secure }, { u"ok"_s, secure },
                { u"mechanism"_s, secure ? QJsonValue(imap ? u"IMAP-LOGIN"_s : u"PLAIN"_s) : none },
                { u"message"_s, secure ? QJsonValue(u"accepted"_s) : none } } },
        { u"timings_ms"_s,
            QJsonObject { { u"dns"_s, 2 }, { u"connect"_s, secure ? QJsonValue(11) : none },
                { u"tls"_s, secure ? QJsonValue(23) : none }, { u"greeting"_s, secure ? QJsonValue(5) : none },
                { u"capabilities"_s, secure ? QJsonValue(4) : none }, { u"auth"_s, secure ? QJsonValue(31) : none },
                { u"total"_s, secure ? 76 : 3002 } } },
        { u"transcript"_s, secure ? sampleTranscript(e) : QJsonArray() },
        { u"transcript_truncated"_s, false },
        { u"notes"_s, secure ? QJsonArray { u"connected to 192.0.2.10"_s, u"TLS established (TLSv1.3)"_s }
                              : QJsonArray { u"gave up"_s } },
        { u"warnings"_s, QJsonArray() },
    };
}

inline QJsonObject sampleDiscovery(const ExportInput& input)
{
    QList<AccountConfig> configs { input.config };
    configs += input.alternatives;
    QJsonArray configurations;
    QJsonArray probes;
    QJsonArray candidates;
    QList<Endpoint> probed;
    for (qsizetype i = 0; i < configs.size(); ++i) {
        configurations.append(AccountConfigJson::toJson(configs[i], static_cast<int>(i + 1)));
        for (const Endpoint& e : { configs[i].incoming.endpoint, configs[i].outgoing.endpoint }) {
            if (probed.contains(e))
                continue;
            probed.append(e);
            probes.append(sampleProbe(e, u"auth-ok"_s));
            candidates.append(QJsonObject { { u"endpoint"_s, sampleEndpoint(e) }, { u"source"_s, u"autoconfig-https"_s },
                { u"trusted"_s, true }, { u"reason"_s, u"published by the domain over HTTPS"_s },
                { u"username"_s, u"%EMAILADDRESS%"_s }, { u"auth_methods"_s, QJsonArray { u"password-cleartext"_s } },
                { u"oauth2_required"_s, false } });
        }
    }
    const QString host = input.config.incoming.endpoint.host;
    const Endpoint smtp25 { Protocol::Smtp, host, 25, Security::StartTls };
    probes.append(sampleProbe(smtp25, u"timeout"_s));
    probes.append(sampleProbe({ Protocol::Pop3, host, 995, Security::ImplicitTls }, u"refused"_s));
    const QJsonArray diagnosis { QJsonObject { { u"code"_s, u"port25-blocked"_s },
        { u"message"_s,
            u"Port 25 on %1 does not answer while 465 and 587 work: your network blocks it. Send mail through port 465 or 587."_s.arg(host) },
        { u"endpoints"_s, QJsonArray { sampleEndpoint(smtp25) } } } };
    return {
        { u"schema"_s, u"mailscout.discovery/1"_s },
        { u"address"_s, input.emailAddress },
        { u"domain"_s, u"example.test"_s },
        { u"sources"_s,
            QJsonArray { QJsonObject { { u"id"_s, u"provider-database"_s }, { u"state"_s, u"nothing"_s },
                             { u"reason"_s, u"not a known provider"_s } },
                QJsonObject { { u"id"_s, u"autoconfig-https"_s }, { u"state"_s, u"found"_s },
                    { u"reason"_s, u"https://autoconfig.example.test/mail/config-v1.1.xml"_s } } } },
        { u"candidates"_s, candidates },
        { u"probes"_s, probes },
        { u"configurations"_s, configurations },
        { u"diagnosis"_s, diagnosis },
        { u"settled"_s, true },
        { u"settled_ms"_s, 412 },
        { u"settled_reason"_s, u"the best configuration is confirmed"_s },
        { u"elapsed_ms"_s, 3105 },
        { u"cancelled"_s, false },
    };
}

// The password where a careless or older writer of RESULT.json could have put it: fields Mailscout does
// not know, at every level, and client lines of a transcript that were never redacted (LOGIN, AUTH with an
// initial response, PASS, answers to SASL challenges).
inline QJsonObject plantedDiscovery(QJsonObject document, const QString& password)
{
    const QString user = u"alice@example.test"_s;
    const QString plainBlob = QString::fromLatin1(
        QByteArray(QByteArray(1, '\0') + user.toUtf8() + QByteArray(1, '\0') + password.toUtf8()).toBase64());
    const QString encoded = QString::fromLatin1(password.toUtf8().toBase64());
    const auto plant = [&](QJsonObject object) {
        object.insert(u"password"_s, password);
        return object;
    };
    document = plant(document);
    QJsonArray probes = document.value("probes"_L1).toArray();
    QJsonObject probe = plant(probes.at(0).toObject());
    QJsonObject login = plant(probe.value("login"_L1).toObject());
    probe.insert(u"login"_s, login);
    QJsonObject tls = plant(probe.value("tls"_L1).toObject());
    tls.insert(u"certificate"_s, plant(tls.value("certificate"_L1).toObject()));
    probe.insert(u"tls"_s, tls);
    probe.insert(u"endpoint"_s, plant(probe.value("endpoint"_L1).toObject()));
    QJsonArray transcript = probe.value("transcript"_L1).toArray();
    const auto line = [&](const char* dir, const QString& text) {
        transcript.append(plant(QJsonObject { { u"dir"_s, QString::fromLatin1(dir) }, { u"text"_s, text } }));
    };
    line("C", u"a9 LOGIN %1 %2"_s.arg(user, password));
    line("C", u"a8 LOGIN \"%1\" \"%2\""_s.arg(user, password));
    line("C", u"a7 AUTHENTICATE PLAIN "_s + plainBlob);
    line("C", u"AUTH PLAIN "_s + plainBlob);
    line("C", u"PASS "_s + password);
    line("S", u"334 UGFzc3dvcmQ6"_s);
    line("C", encoded);
    line("S", u"+ "_s);
    line("C", plainBlob);
    probe.insert(u"transcript"_s, transcript);
    probes[0] = probe;
    document.insert(u"probes"_s, probes);
    for (const char* key : { "configurations", "candidates", "diagnosis", "sources" }) {
        QJsonArray items = document.value(QLatin1StringView(key)).toArray();
        QJsonObject item = plant(items.at(0).toObject());
        if (item.contains(u"incoming"_s))
            item.insert(u"incoming"_s, plant(item.value("incoming"_L1).toObject()));
        items[0] = item;
        document.insert(QLatin1StringView(key), items);
    }
    return document;
}

// Every form the password could leak in: as typed, base64 (AUTH LOGIN), inside a SASL PLAIN blob.
inline QList<QByteArray> canaryForms(const QString& user = u"alice@example.test"_s)
{
    const QByteArray password = canaryPassword().toUtf8();
    return { password, password.toBase64(),
        QByteArray(QByteArray(1, '\0') + user.toUtf8() + QByteArray(1, '\0') + password).toBase64() };
}

} // namespace mailscout::test
