// SPDX-License-Identifier: GPL-3.0-or-later
// A whole run: discovery → probe plan → probes → ranking, on loopback only. Every host:port discovery
// guesses is sent by --connect-to rules to a scripted server, a filtered port or the real servers; HTTP(S)
// goes to a local server and DNS to a scripted resolver, so nothing leaves the machine.
#include "../discovery/ScriptedDnsResolver.h"
#include "Canary.h"
#include "FilteredPort.h"
#include "ProbeHarness.h"
#include "RealMailServers.h"
#include "ScriptedServer.h"
#include "session/SetupSession.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>

using namespace mailscout;
using namespace mailscout::test;
using namespace Qt::StringLiterals;

namespace {

const QStringList kGuessedNames { u"example.test"_s, u"imap.example.test"_s, u"mail.example.test"_s, u"smtp.example.test"_s,
                                  u"pop.example.test"_s, u"pop3.example.test"_s };
const QString kImapTls = u"TLS\nS: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready\nC: a1 LOGOUT"_s;
const QString kSmtpTls = u"TLS\nS: 220 mail.example.test ESMTP\nC: EHLO *\nS~ 250-mail\\r\\n250 AUTH PLAIN\\r\\n\nC: QUIT"_s;

} // namespace

class TestSetupSession : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ProbeHarness> m_harness;
    IssuedCertificate m_certificate; // valid for every name the guesses try
    RealMailServers m_servers;
    QString m_serversUnavailable;

    // Sends port `from` of every host to address:to.
    static void route(SetupOptions& options, quint16 from, const QString& address, quint16 to)
    {
        QVERIFY(options.discovery.overrides.addConnectTo(u":%1:%2:%3"_s.arg(from).arg(address).arg(to)).isEmpty());
    }

    SetupOptions baseOptions(quint16 webPort) const
    {
        SetupOptions options;
        options.probe = m_harness->options();
        options.probe.overrides = {};
        options.discovery.extraCaCertificates = options.probe.extraCaCertificates;
        options.discovery.ispdbBaseUrl = QUrl(u"https://ispdb.example.test/v1.1/"_s);
        options.discovery.sourceTimeoutMs = 20'000;
        for (const quint16 web : { quint16(80), quint16(443) })
            route(options, web, u"127.0.0.1"_s, webPort);
        return options;
    }

    static std::unique_ptr<ScriptedDnsResolver> noDns(int delayMs = 0)
    {
        auto resolver = std::make_unique<ScriptedDnsResolver>();
        resolver->setDefaultDelay(delayMs);
        return resolver;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_harness = std::make_unique<ProbeHarness>();
        QVERIFY(m_harness->isValid());
        CertificateSpec spec;
        spec.dnsNames = kGuessedNames;
        m_certificate = m_harness->pki().issue(spec, u"session"_s);
        QVERIFY(!m_certificate.certificate.isNull());
        m_serversUnavailable = RealMailServers::unavailableReason();
        if (m_serversUnavailable.isEmpty()) {
            QString error;
            QVERIFY2(m_servers.start(m_certificate, canaryUser(), canaryPassword(), &error), qPrintable(error));
        }
    }

    // The early answer: 993 and 465 answer at once; 143, 587, 25, 995 and 110 are filtered (their connect
    // timeout is 20 s), every web source hangs and DNS never answers. The winner is certain long before any
    // of them gives up, and the session says so.
    void settlesWithoutWaitingForFilteredPortsOrDeadSources()
    {
        ScriptedServer imap;
        QVERIFY(imap.setScript(kImapTls));
        imap.setCertificate(m_certificate);
        QVERIFY(imap.start());
        ScriptedServer smtp;
        QVERIFY(smtp.setScript(kSmtpTls));
        smtp.setCertificate(m_certificate);
        QVERIFY(smtp.start());
        ScriptedServer web; // accepts, never answers: an unreachable autoconfig/Autodiscover/ISPDB
        QVERIFY(web.setScript(u"SILENT"_s));
        QVERIFY(web.start());
        FilteredPort filtered;
        QVERIFY(filtered.isValid());

        SetupOptions options = baseOptions(web.serverPort());
        options.probe.connectTimeoutMs = 20'000;
        route(options, 993, u"127.0.0.1"_s, imap.serverPort());
        route(options, 465, u"127.0.0.1"_s, smtp.serverPort());
        for (const quint16 port : { quint16(143), quint16(587), quint16(25), quint16(995), quint16(110) })
            route(options, port, u"127.0.0.1"_s, filtered.port());

        SetupSession session(EmailAddress::parse(u"alice@example.test"), options);
        session.setDnsResolver(noDns(ScriptedDnsResolver::kNever));
        QSignalSpy settled(&session, &SetupSession::rankingSettled);
        QSignalSpy finished(&session, &SetupSession::finished);
        QElapsedTimer clock;
        clock.start();
        session.start();
        QVERIFY(settled.wait(15'000));
        QVERIFY2(session.settledMs() < 5'000, qPrintable(QString::number(session.settledMs())));
        QVERIFY(!session.isFinished()); // the filtered ports and dead sources are still going
        const Assessment& assessment = session.assessment();
        QVERIFY(!assessment.configurations.isEmpty());
        const AccountConfig& best = assessment.configurations.first();
        QCOMPARE(best.incoming.endpoint.protocol, Protocol::Imap);
        QCOMPARE(best.incoming.endpoint.port, 993);
        QCOMPARE(best.outgoing.endpoint.protocol, Protocol::Smtp);
        QCOMPARE(best.outgoing.endpoint.port, 465);
        QVERIFY(!best.reasons.isEmpty());
        QCOMPARE(best.incoming.username, u"alice@example.test"_s);

        session.cancel();
        QVERIFY(finished.wait(2'000));
        QVERIFY(session.wasCancelled());
        QVERIFY(clock.elapsed() < 10'000);
        QTest::qWait(50);
        QVERIFY(session.findChildren<QAbstractSocket*>().isEmpty());
    }

    // The same endpoint named by two sources is probed once.
    void probesEachEndpointOnce()
    {
        ScriptedServer imap;
        QVERIFY(imap.setScript(kImapTls));
        imap.setCertificate(m_certificate);
        QVERIFY(imap.start());
        SetupOptions options = baseOptions(1);
        options.discovery.userHost = u"mail.example.test"_s; // the guesses name mail.example.test too
        for (const quint16 port : { quint16(993), quint16(143), quint16(465), quint16(587), quint16(25), quint16(995), quint16(110) })
            route(options, port, u"127.0.0.1"_s, imap.serverPort());
        SetupSession session(EmailAddress::parse(u"alice@example.test"), options);
        session.setDnsResolver(noDns());
        QHash<QString, int> started;
        connect(&session, &SetupSession::probeStarted, this, [&started](const Endpoint& e) { ++started[e.toString()]; });
        QSignalSpy finished(&session, &SetupSession::finished);
        session.start();
        QVERIFY(finished.wait(30'000));
        const Endpoint shared { Protocol::Imap, u"mail.example.test"_s, 993, Security::ImplicitTls };
        const auto named = std::count_if(session.candidates().cbegin(), session.candidates().cend(),
                                         [&shared](const Candidate& c) { return c.endpoint == shared; });
        QVERIFY2(named >= 2, qPrintable(QString::number(named)));
        QCOMPARE(started.value(shared.toString()), 1);
        for (auto it = started.cbegin(); it != started.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
    }

    void endToEndAgainstRealServers_data()
    {
        QTest::addColumn<QString>("password"); // empty: no login
        QTest::addColumn<bool>("without465");
        QTest::addColumn<int>("outgoingPort");
        QTest::addColumn<Security>("outgoingSecurity");
        QTest::addColumn<QString>("diagnosis"); // a code that must be present, or empty
        QTest::addRow("993 + 465") << QString() << false << 465 << Security::ImplicitTls << QString();
        QTest::addRow("465 absent: 587 STARTTLS") << QString() << true << 587 << Security::StartTls << QString();
        QTest::addRow("login verified") << canaryPassword() << false << 465 << Security::ImplicitTls << QString();
        QTest::addRow("wrong password") << u"not-the-password"_s << false << 465 << Security::ImplicitTls << u"login-failed"_s;
    }
    void endToEndAgainstRealServers()
    {
        if (!m_serversUnavailable.isEmpty())
            QSKIP(qPrintable(u"Dovecot/Postfix cannot run here: "_s + m_serversUnavailable));
        QFETCH(QString, password);
        QFETCH(bool, without465);
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 closedPort = closed.serverPort();
        closed.close();

        SetupOptions options = baseOptions(closedPort);
        const RealMailServers::Ports p = m_servers.ports();
        const QString a = m_servers.address();
        route(options, 993, a, p.imaps);
        route(options, 143, a, p.imap);
        route(options, 995, a, p.pop3s);
        route(options, 110, a, p.pop3);
        route(options, 465, without465 ? u"127.0.0.1"_s : a, without465 ? closedPort : p.submissions);
        route(options, 587, a, p.submission);
        route(options, 25, a, p.smtp);
        if (!password.isEmpty())
            options.password = password;

        SetupSession session(EmailAddress::parse(u"alice@example.test"), options);
        session.setDnsResolver(noDns());
        QSignalSpy finished(&session, &SetupSession::finished);
        session.start();
        QVERIFY(finished.wait(60'000));
        const Assessment& assessment = session.assessment();
        QVERIFY2(!assessment.configurations.isEmpty(), qPrintable(assessment.settledReason));
        const AccountConfig& best = assessment.configurations.first();
        QCOMPARE(best.incoming.endpoint.protocol, Protocol::Imap);
        QCOMPARE(best.incoming.endpoint.port, 993);
        QCOMPARE(best.incoming.endpoint.security, Security::ImplicitTls);
        QTEST(int(best.outgoing.endpoint.port), "outgoingPort");
        QTEST(best.outgoing.endpoint.security, "outgoingSecurity");
        QVERIFY(!best.reasons.isEmpty());
        QVERIFY(session.settledMs() >= 0 && session.settledMs() <= session.elapsedMs());
        QCOMPARE(best.loginVerified, password == canaryPassword());
        QFETCH(QString, diagnosis);
        QStringList codes;
        for (const Diagnosis& d : assessment.diagnosis)
            codes.append(d.code);
        if (!diagnosis.isEmpty())
            QVERIFY2(codes.contains(diagnosis), qPrintable(codes.join(u',')));
        // The password went only to the chosen two servers, and only in the verification probes.
        int logins = 0;
        for (const ProbeResult& result : session.results()) {
            if (result.login.attempted) {
                ++logins;
                QVERIFY(result.tls.established);
                QVERIFY(result.endpoint == best.incoming.endpoint || result.endpoint == best.outgoing.endpoint);
            }
            QVERIFY(!ProbeHarness::containsCanary(ProbeHarness::everythingShown(result).toUtf8()));
        }
        QCOMPARE(logins, password.isEmpty() ? 0 : 2);
    }

    void cancelStopsEverything()
    {
        FilteredPort filtered;
        SetupOptions options = baseOptions(filtered.port());
        for (const quint16 port : { quint16(993), quint16(143), quint16(465), quint16(587), quint16(25), quint16(995), quint16(110) })
            route(options, port, u"127.0.0.1"_s, filtered.port());
        SetupSession session(EmailAddress::parse(u"alice@example.test"), options);
        session.setDnsResolver(noDns(ScriptedDnsResolver::kNever));
        QSignalSpy finished(&session, &SetupSession::finished);
        QSignalSpy started(&session, &SetupSession::probeStarted);
        session.start();
        QVERIFY(started.wait(5'000));
        QTest::qWait(200);
        session.cancel();
        QVERIFY(finished.wait(2'000));
        QCOMPARE(finished.size(), 1);
        QVERIFY(session.wasCancelled());
        QTest::qWait(50);
        QVERIFY(session.findChildren<QAbstractSocket*>().isEmpty());
        QVERIFY(session.findChildren<Probe*>().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSetupSession)
#include "TestSetupSession.moc"
