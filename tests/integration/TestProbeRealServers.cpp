// SPDX-License-Identifier: GPL-3.0-or-later
// The probe engine against real, independent servers: Dovecot (IMAP, POP3) and Postfix (SMTP), started
// privately on 127.0.0.2 with a certificate from the test CA.
#include "Canary.h"
#include "ProbeHarness.h"
#include "RealMailServers.h"
#include "TestPaths.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace mailscout;
using namespace mailscout::test;
using namespace Qt::StringLiterals;

namespace {

enum class Port { Imap, Imaps, Pop3, Pop3s, Submission, Submissions, Smtp };
enum class Login { None, Right, Wrong };

} // namespace

class TestProbeRealServers : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ProbeHarness> m_harness;
    RealMailServers m_servers;

    quint16 port(Port which) const
    {
        const RealMailServers::Ports p = m_servers.ports();
        switch (which) {
        case Port::Imap:
            return p.imap;
        case Port::Imaps:
            return p.imaps;
        case Port::Pop3:
            return p.pop3;
        case Port::Pop3s:
            return p.pop3s;
        case Port::Submission:
            return p.submission;
        case Port::Submissions:
            return p.submissions;
        case Port::Smtp:
            return p.smtp;
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString reason = RealMailServers::unavailableReason(); !reason.isEmpty())
            QSKIP(qPrintable(u"Dovecot/Postfix cannot run here: "_s + reason));
        m_harness = std::make_unique<ProbeHarness>();
        QVERIFY(m_harness->isValid());
        CertificateSpec spec;
        spec.dnsNames = { QString::fromUtf16(ProbeHarness::kHost) };
        spec.signedByIntermediate = true; // a passing handshake also proves the servers send the chain
        const IssuedCertificate certificate = m_harness->pki().issue(spec, u"real"_s);
        QString error;
        QVERIFY2(m_servers.start(certificate, canaryUser(), canaryPassword(), &error), qPrintable(error));
    }

    void probe_data()
    {
        QTest::addColumn<Protocol>("protocol");
        QTest::addColumn<Security>("security");
        QTest::addColumn<Port>("port");
        QTest::addColumn<Login>("login");
        QTest::addColumn<QString>("mechanism"); // forced SASL mechanism, or empty for ours
        QTest::addColumn<ProbeOutcome>("outcome");
        QTest::addColumn<QString>("usedMechanism"); // what the login used; empty: no login attempted
        const auto I = Protocol::Imap;
        const auto P = Protocol::Pop3;
        const auto S = Protocol::Smtp;
        const auto T = Security::ImplicitTls;
        const auto ST = Security::StartTls;
        QTest::addRow("imap 993") << I << T << Port::Imaps << Login::None << QString() << ProbeOutcome::Ok << QString();
        QTest::addRow("imap 143 starttls") << I << ST << Port::Imap << Login::None << QString() << ProbeOutcome::Ok << QString();
        QTest::addRow("imap 143 plaintext") << I << Security::Plain << Port::Imap << Login::Right << QString() << ProbeOutcome::Ok << QString();
        QTest::addRow("pop3 995") << P << T << Port::Pop3s << Login::None << QString() << ProbeOutcome::Ok << QString();
        QTest::addRow("pop3 110 starttls") << P << ST << Port::Pop3 << Login::None << QString() << ProbeOutcome::Ok << QString();
        QTest::addRow("smtp 465") << S << T << Port::Submissions << Login::None << QString() << ProbeOutcome::Ok << QString();
        QTest::addRow("smtp 587 starttls") << S << ST << Port::Submission << Login::None << QString() << ProbeOutcome::Ok << QString();
        QTest::addRow("smtp 25 starttls, no AUTH") << S << ST << Port::Smtp << Login::Right << QString() << ProbeOutcome::Ok << QString();
        QTest::addRow("imap 993 login") << I << T << Port::Imaps << Login::Right << QString() << ProbeOutcome::AuthOk << u"PLAIN"_s;
        QTest::addRow("imap 993 wrong password") << I << T << Port::Imaps << Login::Wrong << QString() << ProbeOutcome::AuthFailed << u"PLAIN"_s;
        QTest::addRow("imap 143 starttls login") << I << ST << Port::Imap << Login::Right << QString() << ProbeOutcome::AuthOk << u"PLAIN"_s;
        QTest::addRow("imap 993 SCRAM-SHA-256") << I << T << Port::Imaps << Login::Right << u"SCRAM-SHA-256"_s << ProbeOutcome::AuthOk << u"SCRAM-SHA-256"_s;
        QTest::addRow("imap 993 SCRAM wrong password") << I << T << Port::Imaps << Login::Wrong << u"SCRAM-SHA-256"_s << ProbeOutcome::AuthFailed << u"SCRAM-SHA-256"_s;
        QTest::addRow("imap 993 LOGIN mechanism") << I << T << Port::Imaps << Login::Right << u"LOGIN"_s << ProbeOutcome::AuthOk << u"LOGIN"_s;
        QTest::addRow("pop3 995 login") << P << T << Port::Pop3s << Login::Right << QString() << ProbeOutcome::AuthOk << u"PLAIN"_s;
        QTest::addRow("pop3 995 wrong password") << P << T << Port::Pop3s << Login::Wrong << QString() << ProbeOutcome::AuthFailed << u"PLAIN"_s;
        QTest::addRow("pop3 110 starttls CRAM-MD5") << P << ST << Port::Pop3 << Login::Right << u"CRAM-MD5"_s << ProbeOutcome::AuthOk << u"CRAM-MD5"_s;
        QTest::addRow("smtp 465 login") << S << T << Port::Submissions << Login::Right << QString() << ProbeOutcome::AuthOk << u"PLAIN"_s;
        QTest::addRow("smtp 465 wrong password") << S << T << Port::Submissions << Login::Wrong << QString() << ProbeOutcome::AuthFailed << u"PLAIN"_s;
        QTest::addRow("smtp 587 starttls login") << S << ST << Port::Submission << Login::Right << QString() << ProbeOutcome::AuthOk << u"PLAIN"_s;
        QTest::addRow("smtp 465 CRAM-MD5") << S << T << Port::Submissions << Login::Right << u"CRAM-MD5"_s << ProbeOutcome::AuthOk << u"CRAM-MD5"_s;
        QTest::addRow("smtp 587 SCRAM-SHA-256") << S << ST << Port::Submission << Login::Right << u"SCRAM-SHA-256"_s << ProbeOutcome::AuthOk << u"SCRAM-SHA-256"_s;
    }
    void probe()
    {
        QFETCH(Protocol, protocol);
        QFETCH(Security, security);
        QFETCH(Port, port);
        QFETCH(Login, login);
        QFETCH(QString, mechanism);
        QFETCH(ProbeOutcome, outcome);
        QFETCH(QString, usedMechanism);

        ProbeOptions options = m_harness->options(m_servers.address());
        options.readTimeoutMs = 10'000;
        if (login != Login::None)
            options.credentials = Credentials { canaryUser(), login == Login::Right ? canaryPassword() : u"wrong-"_s + canaryPassword() };
        options.preferredMechanism = mechanism;
        const ProbeResult result = ProbeHarness::run(ProbeHarness::endpoint(protocol, security, this->port(port)), options);

        QVERIFY2(result.outcome == outcome, qPrintable(outcomeCode(result.outcome) + u": "_s + result.detail + u'\n'
                                                       + result.transcript.toText() + m_servers.logText().right(2000)));
        QCOMPARE(result.login.attempted ? result.login.mechanism : QString(), usedMechanism);
        QCOMPARE(result.isSecure(), security != Security::Plain);
        if (security != Security::Plain) {
            QCOMPARE(result.tls.chain.size(), 2); // leaf + intermediate
            QVERIFY(result.tls.trusted && result.tls.nameMatches);
        }
        const Capabilities& caps = result.effectiveCapabilities();
        QVERIFY(caps.known);
        if (security == Security::StartTls) {
            QVERIFY(result.capabilitiesBeforeTls.startTls);
            QVERIFY(!caps.startTls);
            if (protocol == Protocol::Imap)
                QVERIFY(result.capabilitiesBeforeTls.loginDisabled); // Dovecot, seen from another address
        }
        if (port == Port::Smtp)
            QVERIFY2(caps.authMechanisms.isEmpty() && !result.login.attempted, qPrintable(caps.tokens.join(u' ')));
        if (port == Port::Submission || port == Port::Submissions)
            QVERIFY(caps.authMechanisms.contains(u"PLAIN"_s));
        QVERIFY(!ProbeHarness::containsCanary(ProbeHarness::everythingShown(result).toUtf8()));
    }

    void cliAgainstPostfix_data()
    {
        QTest::addColumn<bool>("rightPassword");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("outcome");
        QTest::addRow("right password") << true << 0 << u"auth-ok"_s;
        QTest::addRow("wrong password") << false << 1 << u"auth-failed"_s;
    }
    void cliAgainstPostfix()
    {
        QFETCH(bool, rightPassword);
        const quint16 submission = m_servers.ports().submission;
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(cliPath(), { u"probe"_s, u"mail.example.test"_s, u"--protocol"_s, u"smtp"_s, u"--security"_s, u"starttls"_s,
                                   u"--connect-to"_s, u"mail.example.test:587:%1:%2"_s.arg(m_servers.address()).arg(submission),
                                   u"--ca-file"_s, m_harness->pki().caPath(), u"--user"_s, canaryUser(), u"--password-stdin"_s,
                                   u"--json"_s });
        process.write((rightPassword ? canaryPassword() : u"nope"_s).toUtf8() + '\n');
        process.closeWriteChannel();
        QVERIFY(finished.wait(30'000));
        const QByteArray out = process.readAllStandardOutput();
        QTEST(process.exitCode(), "exitCode");
        const QJsonObject json = QJsonDocument::fromJson(out).object();
        QTEST(json[u"outcome"_s].toString(), "outcome");
        QCOMPARE(json[u"endpoint"_s].toObject()[u"port"_s].toInt(), 587); // what was asked, not where it went
        QVERIFY(!ProbeHarness::containsCanary(out));
        QVERIFY(!ProbeHarness::containsCanary(process.readAllStandardError()));
    }
};

QTEST_GUILESS_MAIN(TestProbeRealServers)
#include "TestProbeRealServers.moc"
