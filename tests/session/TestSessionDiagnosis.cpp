// SPDX-License-Identifier: GPL-3.0-or-later
// Each diagnosis a helpdesk reads, produced by a whole run against scripted servers on loopback: the
// network shape is data (which port goes to which server), the expected finding is a code.
#include "../discovery/ScriptedDnsResolver.h"
#include "FilteredPort.h"
#include "ProbeHarness.h"
#include "ScriptedServer.h"
#include "TestHttpServer.h"
#include "session/SetupSession.h"

#include <QSignalSpy>
#include <QTest>

using namespace mailscout;
using namespace mailscout::test;
using namespace Qt::StringLiterals;

namespace {

const QStringList kGuessedNames { u"example.test"_s, u"imap.example.test"_s, u"mail.example.test"_s, u"smtp.example.test"_s,
                                  u"pop.example.test"_s, u"pop3.example.test"_s };

// What answers on a port: a server kind, by name.
const QHash<QString, QString> kScripts {
    { u"imaps"_s, u"TLS\nS: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\nC: a1 LOGOUT"_s },
    { u"imap-starttls"_s, u"S: * OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready\nC: a1 STARTTLS\nS: a1 OK go\nTLS\nC: a2 CAPABILITY\nS: * CAPABILITY IMAP4rev1 AUTH=PLAIN\nS: a2 OK\nC: a3 LOGOUT"_s },
    { u"imap-plain"_s, u"S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] no TLS here\nSILENT"_s },
    { u"smtps"_s, u"TLS\nS: 220 mail.example.test ESMTP\nC: EHLO *\nS~ 250-mail\\r\\n250 AUTH PLAIN\\r\\n\nC: QUIT"_s },
    { u"smtp-starttls"_s, u"S: 220 mail.example.test ESMTP\nC: EHLO *\nS~ 250-mail\\r\\n250 STARTTLS\\r\\n\nC: STARTTLS\nS: 220 go\nTLS\nC: EHLO *\nS~ 250-mail\\r\\n250 AUTH PLAIN\\r\\n\nC: QUIT"_s },
    { u"smtp-plain"_s, u"S: 220 mail.example.test ESMTP\nC: EHLO *\nS~ 250-mail\\r\\n250 AUTH PLAIN\\r\\n\nSILENT"_s },
};

const QByteArray kAutoconfig = R"(<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="example.test">
    <domain>example.test</domain>
    <displayName>Example</displayName>
    <incomingServer type="imap"><hostname>mail.example.test</hostname><port>993</port><socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication></incomingServer>
    <outgoingServer type="smtp"><hostname>mail.example.test</hostname><port>465</port><socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication></outgoingServer>
  </emailProvider>
</clientConfig>
)";

} // namespace

class TestSessionDiagnosis : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ProbeHarness> m_harness;

private Q_SLOTS:
    void initTestCase()
    {
        m_harness = std::make_unique<ProbeHarness>();
        QVERIFY(m_harness->isValid());
    }

    void diagnosis_data()
    {
        QTest::addColumn<QStringList>("network"); // "port=kind[/certificate]" or "port=filtered"; other ports are closed
        QTest::addColumn<bool>("httpOnlyAutoconfig");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("bestIncomingPort"); // 0: no secure configuration expected
        QTest::addRow("port 25 filtered")
            << QStringList { u"993=imaps"_s, u"465=smtps"_s, u"587=smtp-starttls"_s, u"25=filtered"_s } << false
            << u"port25-blocked"_s << 993;
        QTest::addRow("expired certificate")
            << QStringList { u"993=imaps/expired"_s, u"143=imap-starttls"_s, u"465=smtps"_s } << false << u"certificate-expired"_s << 143;
        QTest::addRow("certificate for another name")
            << QStringList { u"993=imaps/othername"_s, u"143=imap-starttls"_s, u"465=smtps"_s } << false
            << u"certificate-name-mismatch"_s << 143;
        QTest::addRow("self-signed certificate")
            << QStringList { u"993=imaps/selfsigned"_s, u"143=imap-starttls"_s, u"465=smtps"_s } << false
            << u"certificate-self-signed"_s << 143;
        QTest::addRow("STARTTLS missing")
            << QStringList { u"993=imaps"_s, u"143=imap-plain"_s, u"465=smtps"_s } << false << u"starttls-missing"_s << 993;
        QTest::addRow("plaintext only")
            << QStringList { u"143=imap-plain"_s, u"587=smtp-plain"_s } << false << u"no-secure-configuration"_s << 0;
        QTest::addRow("every port filtered")
            << QStringList { u"993=filtered"_s, u"143=filtered"_s, u"465=filtered"_s, u"587=filtered"_s, u"25=filtered"_s,
                             u"995=filtered"_s, u"110=filtered"_s }
            << false << u"host-filtered"_s << 0;
        QTest::addRow("autoconfig over HTTP only")
            << QStringList { u"993=imaps"_s, u"465=smtps"_s } << true << u"autoconfig-http-only"_s << 993;
    }
    void diagnosis()
    {
        QFETCH(QStringList, network);
        QFETCH(bool, httpOnlyAutoconfig);
        QFETCH(QString, code);
        QFETCH(int, bestIncomingPort);

        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 closedPort = closed.serverPort();
        closed.close();
        FilteredPort filtered;
        QVERIFY(filtered.isValid());
        TestHttpServer web;
        web.route(u"/mail/config-v1.1.xml"_s, TestHttpServer::xml(kAutoconfig));
        QVERIFY(web.start());

        SetupOptions options;
        options.probe = m_harness->options();
        options.probe.overrides = {};
        options.probe.connectTimeoutMs = 1'500;
        options.discovery.extraCaCertificates = options.probe.extraCaCertificates;
        options.discovery.ispdbBaseUrl = QUrl(u"https://ispdb.example.test/v1.1/"_s);
        options.discovery.sourceTimeoutMs = 5'000;
        auto route = [&options](quint16 from, quint16 to) {
            QVERIFY(options.discovery.overrides.addConnectTo(u":%1:127.0.0.1:%2"_s.arg(from).arg(to)).isEmpty());
        };
        route(80, httpOnlyAutoconfig ? web.serverPort() : closedPort);
        route(443, closedPort);

        std::vector<std::unique_ptr<ScriptedServer>> servers;
        QList<quint16> routed;
        for (const QString& entry : std::as_const(network)) {
            const quint16 port = static_cast<quint16>(entry.section(u'=', 0, 0).toInt());
            const QString kind = entry.section(u'=', 1).section(u'/', 0, 0);
            const QString certificateKind = entry.section(u'/', 1);
            routed.append(port);
            if (kind == u"filtered"_s) {
                route(port, filtered.port());
                continue;
            }
            CertificateSpec spec;
            spec.dnsNames = certificateKind == u"othername"_s ? QStringList { u"other.example.net"_s } : kGuessedNames;
            spec.selfSigned = certificateKind == u"selfsigned"_s;
            if (certificateKind == u"expired"_s) {
                spec.validFromDays = -60;
                spec.validToDays = -2;
            }
            auto server = std::make_unique<ScriptedServer>();
            QVERIFY2(server->setScript(kScripts.value(kind)), qPrintable(kind));
            server->setCertificate(m_harness->pki().issue(spec, kind + certificateKind));
            QVERIFY(server->start());
            route(port, server->serverPort());
            servers.push_back(std::move(server));
        }
        for (const quint16 port : { quint16(993), quint16(143), quint16(995), quint16(110), quint16(465), quint16(587), quint16(25) }) {
            if (!routed.contains(port))
                route(port, closedPort);
        }

        SetupSession session(EmailAddress::parse(u"alice@example.test"), options);
        session.setDnsResolver(std::make_unique<ScriptedDnsResolver>());
        QSignalSpy finished(&session, &SetupSession::finished);
        session.start();
        QVERIFY(finished.wait(60'000));
        const Assessment& assessment = session.assessment();
        QStringList codes;
        for (const Diagnosis& finding : assessment.diagnosis)
            codes.append(finding.code);
        QVERIFY2(codes.contains(code), qPrintable(codes.join(u", "_s)));
        if (bestIncomingPort == 0) {
            QVERIFY(assessment.configurations.isEmpty());
        } else {
            QVERIFY(!assessment.configurations.isEmpty());
            QCOMPARE(int(assessment.configurations.first().incoming.endpoint.port), bestIncomingPort);
        }
        for (const Diagnosis& finding : assessment.diagnosis)
            QVERIFY2(!finding.message.isEmpty(), qPrintable(finding.code));
    }
};

QTEST_GUILESS_MAIN(TestSessionDiagnosis)
#include "TestSessionDiagnosis.moc"
