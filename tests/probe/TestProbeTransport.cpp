// SPDX-License-Identifier: GPL-3.0-or-later
// The layers under the protocol: TCP outcomes, Happy Eyeballs, TLS and certificates, timeouts, cancel.
#include "Canary.h"
#include "FilteredPort.h"
#include "OpensslServer.h"
#include "ProbeHarness.h"
#include "ScriptedServer.h"
#include "probe/Connector.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>

using namespace mailscout;
using namespace mailscout::test;
using namespace Qt::StringLiterals;

namespace {

const QString kImapTls = u"TLS\nS: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready\nC: a1 *\nS: a1 OK done\nC: a2 LOGOUT"_s;

// Messages of every category, captured while the suite runs, to prove no secret reaches a log.
QStringList g_log;
void captureMessages(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_log.append(message);
}

} // namespace

class TestProbeTransport : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ProbeHarness> m_harness;

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"mailscout.*=true"_s);
        qInstallMessageHandler(captureMessages);
        m_harness = std::make_unique<ProbeHarness>();
        QVERIFY2(m_harness->isValid(), qPrintable(m_harness->pki().errorString()));
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(nullptr);
        QVERIFY2(!g_log.isEmpty(), "the probe log was on, so something must have been logged");
        const QString log = g_log.join(u'\n');
        QVERIFY(!ProbeHarness::containsCanary(log.toUtf8()));
    }

    void certificates_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<ProbeOutcome>("outcome");
        QTest::addColumn<QString>("error");
        QTest::addRow("valid") << u"valid"_s << ProbeOutcome::AuthOk << QString();
        QTest::addRow("expired") << u"expired"_s << ProbeOutcome::CertificateExpired << u"expired"_s;
        QTest::addRow("not yet valid") << u"future"_s << ProbeOutcome::CertificateUntrusted << u"not-yet-valid"_s;
        QTest::addRow("wrong name") << u"wrongname"_s << ProbeOutcome::CertificateNameMismatch << u"name-mismatch"_s;
        QTest::addRow("self-signed") << u"selfsigned"_s << ProbeOutcome::CertificateUntrusted << u"self-signed"_s;
        QTest::addRow("unknown CA") << u"unknownca"_s << ProbeOutcome::CertificateUntrusted << u"unknown-issuer"_s;
        QTest::addRow("intermediate sent") << u"intermediate"_s << ProbeOutcome::AuthOk << QString();
        QTest::addRow("intermediate missing") << u"nointermediate"_s << ProbeOutcome::CertificateUntrusted << u"unknown-issuer"_s;
        QTest::addRow("RSA-1024") << u"rsa1024"_s << ProbeOutcome::CertificateUntrusted << u"weak-key"_s;
        QTest::addRow("SHA-1 signature") << u"sha1"_s << ProbeOutcome::CertificateUntrusted << u"weak-signature"_s;
    }
    void certificates()
    {
        QFETCH(QString, kind);
        QFETCH(ProbeOutcome, outcome);
        QFETCH(QString, error);
        CertificateSpec spec;
        spec.dnsNames = { u"mail.example.test"_s };
        if (kind == u"expired"_s) {
            spec.validFromDays = -30;
            spec.validToDays = -1;
        } else if (kind == u"future"_s) {
            spec.validFromDays = 2;
            spec.validToDays = 30;
        } else if (kind == u"wrongname"_s) {
            spec.dnsNames = { u"other.example.test"_s };
        } else if (kind == u"selfsigned"_s) {
            spec.selfSigned = true;
        } else if (kind == u"intermediate"_s || kind == u"nointermediate"_s) {
            spec.signedByIntermediate = true;
        } else if (kind == u"rsa1024"_s) {
            spec.key = CertificateSpec::Key::Rsa1024;
        } else if (kind == u"sha1"_s) {
            spec.digest = CertificateSpec::Digest::Sha1;
        }
        IssuedCertificate certificate = m_harness->pki().issue(spec, kind);
        QVERIFY2(!certificate.certificate.isNull(), qPrintable(m_harness->pki().errorString()));
        if (kind == u"nointermediate"_s)
            certificate.chain = { certificate.certificate };

        ScriptedServer server;
        QVERIFY(server.setScript(kImapTls));
        server.setCertificate(certificate);
        QVERIFY(server.start());
        quint16 port = server.serverPort();
        OpensslServer weakServer; // Qt will not serve weak certificates under Debian's OpenSSL defaults
        if (kind == u"rsa1024"_s || kind == u"sha1"_s) {
            QString why;
            QVERIFY2(weakServer.start(certificate, &why), qPrintable(why));
            port = weakServer.port();
        }
        ProbeOptions options = m_harness->options();
        options.credentials = Credentials { canaryUser(), canaryPassword() };
        if (kind == u"unknownca"_s)
            options.extraCaCertificates.clear(); // the system store does not know the test CA
        const ProbeResult result = ProbeHarness::run(ProbeHarness::endpoint(Protocol::Imap, Security::ImplicitTls, port), options);

        QVERIFY2(result.outcome == outcome, qPrintable(outcomeCode(result.outcome) + u": "_s + result.detail));
        if (!error.isEmpty())
            QVERIFY2(result.tls.errors.contains(error), qPrintable(result.tls.errors.join(u',')));
        QVERIFY(!result.tls.chain.isEmpty());
        QCOMPARE(CertificateInfo::from(result.tls.chain.first()).sha256Fingerprint,
                 CertificateInfo::from(certificate.certificate).sha256Fingerprint);
        // A certificate failure is a failure: nothing at all reaches the server, least of all the password.
        if (outcome != ProbeOutcome::AuthOk) {
            QVERIFY(!result.tls.established);
            QVERIFY(server.receivedAfterTls().isEmpty());
            QVERIFY(!result.isSecure());
        } else {
            QVERIFY(result.isSecure());
            QCOMPARE(result.tls.protocol, u"TLSv1.3"_s);
        }
        QVERIFY(!ProbeHarness::containsCanary(server.receivedBeforeTls()));
    }

    // The user looked at the fingerprint and accepted this very certificate for this endpoint.
    void acceptedCertificate()
    {
        CertificateSpec spec;
        spec.dnsNames = { u"mail.example.test"_s };
        spec.selfSigned = true;
        const IssuedCertificate accepted = m_harness->pki().issue(spec, u"accepted"_s);
        const IssuedCertificate other = m_harness->pki().issue(spec, u"other"_s);
        ScriptedServer server;
        QVERIFY(server.setScript(kImapTls));
        server.setCertificate(accepted);
        QVERIFY(server.start());
        const Endpoint endpoint = ProbeHarness::endpoint(Protocol::Imap, Security::ImplicitTls, server.serverPort());

        ProbeOptions options = m_harness->options();
        options.acceptedCertificates = { other.certificate };
        QCOMPARE(ProbeHarness::run(endpoint, options).outcome, ProbeOutcome::CertificateUntrusted);

        options.acceptedCertificates = { accepted.certificate };
        const ProbeResult result = ProbeHarness::run(endpoint, options);
        QCOMPARE(result.outcome, ProbeOutcome::Ok);
        QVERIFY(result.tls.acceptedByUser);
        QVERIFY(!result.tls.trusted);
        QVERIFY(result.tls.errors.contains(u"self-signed"_s));
        QVERIFY(result.isSecure());
    }

    // RFC 8996: a server that speaks only TLS 1.0 is reported as such, not as a vague failure.
    void tlsOneZeroOnly()
    {
        ScriptedServer server;
        QVERIFY(server.setScript(u"TLS\nS: * OK hi\nSILENT"_s));
        server.setCertificate(m_harness->goodCertificate());
        QT_WARNING_PUSH
        QT_WARNING_DISABLE_DEPRECATED
        server.setProtocol(QSsl::TlsV1_0);
        QT_WARNING_POP
        QVERIFY(server.start());
        const ProbeResult result = ProbeHarness::run(ProbeHarness::endpoint(Protocol::Imap, Security::ImplicitTls, server.serverPort()),
                                                     m_harness->options());
        QCOMPARE(result.outcome, ProbeOutcome::TlsHandshakeFailed);
        QVERIFY2(result.tls.insecureProtocol, qPrintable(result.tls.handshakeError));
        QVERIFY2(result.detail.contains(u"RFC 8996"_s), qPrintable(result.detail));
    }

    void plaintextOnTlsPort()
    {
        ScriptedServer server;
        QVERIFY(server.setScript(u"S: * OK plaintext IMAP here\nSILENT"_s));
        QVERIFY(server.start());
        const ProbeResult result = ProbeHarness::run(ProbeHarness::endpoint(Protocol::Imap, Security::ImplicitTls, server.serverPort()),
                                                     m_harness->options());
        QCOMPARE(result.outcome, ProbeOutcome::TlsHandshakeFailed);
        QVERIFY2(result.detail.contains(u"STARTTLS"_s), qPrintable(result.detail));
    }

    void tlsOnPlaintextPort()
    {
        ScriptedServer server;
        QVERIFY(server.setScript(u"TLS\nS: * OK hi"_s));
        server.setCertificate(m_harness->goodCertificate());
        QVERIFY(server.start());
        ProbeOptions options = m_harness->options();
        options.readTimeoutMs = 500;
        const ProbeResult result = ProbeHarness::run(ProbeHarness::endpoint(Protocol::Imap, Security::StartTls, server.serverPort()), options);
        QCOMPARE(result.outcome, ProbeOutcome::Timeout);
        QVERIFY2(result.detail.contains(u"implicit TLS"_s), qPrintable(result.detail));
    }

    void silentServerTimesOut()
    {
        ScriptedServer server;
        QVERIFY(server.setScript(u"SILENT"_s));
        QVERIFY(server.start());
        ProbeOptions options = m_harness->options();
        options.readTimeoutMs = 400;
        QElapsedTimer clock;
        clock.start();
        const ProbeResult result = ProbeHarness::run(ProbeHarness::endpoint(Protocol::Smtp, Security::ImplicitTls, server.serverPort()), options);
        QCOMPARE(result.outcome, ProbeOutcome::Timeout);
        QVERIFY2(result.detail.contains(u"TLS handshake"_s), qPrintable(result.detail));
        QVERIFY(clock.elapsed() < 5'000);
    }

    // One byte a second keeps a connection alive forever unless each reply has a deadline.
    void slowLorisTimesOut()
    {
        ScriptedServer server;
        QVERIFY(server.setScript(u"DRIP 200 220 mail.example.test ESMTP slowly"_s));
        QVERIFY(server.start());
        ProbeOptions options = m_harness->options();
        options.readTimeoutMs = 1000;
        const ProbeResult result = ProbeHarness::run(ProbeHarness::endpoint(Protocol::Smtp, Security::Plain, server.serverPort()), options);
        QCOMPARE(result.outcome, ProbeOutcome::Timeout);
    }

    void refused()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        const ProbeResult result = ProbeHarness::run(ProbeHarness::endpoint(Protocol::Smtp, Security::StartTls, port), m_harness->options());
        QCOMPARE(result.outcome, ProbeOutcome::Refused);
        QVERIFY(result.timings.connect < 0 && result.timings.total >= 0);
    }

    void filtered()
    {
        FilteredPort filtered;
        QVERIFY(filtered.isValid());
        ProbeOptions options = m_harness->options();
        options.connectTimeoutMs = 600;
        QElapsedTimer clock;
        clock.start();
        const ProbeResult result = ProbeHarness::run(ProbeHarness::endpoint(Protocol::Smtp, Security::StartTls, filtered.port()), options);
        QCOMPARE(result.outcome, ProbeOutcome::Timeout);
        QVERIFY2(result.detail.contains(u"filtered"_s), qPrintable(result.detail));
        QVERIFY(clock.elapsed() >= 550);
    }

    // An invalid name fails in the resolver itself, so the test sends no DNS query anywhere.
    void dnsFailure()
    {
        ProbeOptions options = m_harness->options();
        options.overrides = {};
        const Endpoint endpoint { Protocol::Imap, u"bad..name.example.test"_s, 993, Security::ImplicitTls };
        const ProbeResult result = ProbeHarness::run(endpoint, options);
        QCOMPARE(result.outcome, ProbeOutcome::DnsFailure);
    }

    void happyEyeballsOrder()
    {
        const QList<QHostAddress> mixed { QHostAddress(u"192.0.2.1"_s), QHostAddress(u"192.0.2.2"_s),
                                          QHostAddress(u"2001:db8::1"_s), QHostAddress(u"2001:db8::2"_s),
                                          QHostAddress(u"2001:db8::3"_s) };
        const QList<QHostAddress> expected { QHostAddress(u"2001:db8::1"_s), QHostAddress(u"192.0.2.1"_s),
                                             QHostAddress(u"2001:db8::2"_s), QHostAddress(u"192.0.2.2"_s),
                                             QHostAddress(u"2001:db8::3"_s) };
        QCOMPARE(Connector::interleave(mixed), expected);
    }

    // The first address is filtered; the second answers. Happy Eyeballs starts the second after the
    // attempt delay instead of waiting out the connect timeout of the first.
    void happyEyeballsSkipsAFilteredAddress()
    {
        FilteredPort filtered("127.0.0.3");
        QVERIFY(filtered.isValid());
        ScriptedServer server;
        QVERIFY(server.setScript(kImapTls));
        server.setCertificate(m_harness->goodCertificate());
        QVERIFY(server.start(QHostAddress(u"127.0.0.1"_s), filtered.port()));
        ProbeOptions options = m_harness->options(u"127.0.0.3,127.0.0.1"_s);
        options.connectTimeoutMs = 10'000;
        QElapsedTimer clock;
        clock.start();
        const ProbeResult result = ProbeHarness::run(ProbeHarness::endpoint(Protocol::Imap, Security::ImplicitTls, filtered.port()), options);
        QCOMPARE(result.outcome, ProbeOutcome::Ok);
        QCOMPARE(result.connectedAddress, u"127.0.0.1"_s);
        QVERIFY2(clock.elapsed() < 3'000, qPrintable(QString::number(clock.elapsed())));
    }

    void happyEyeballsFallsBackAfterRefusal()
    {
        ScriptedServer server;
        QVERIFY(server.setScript(kImapTls));
        server.setCertificate(m_harness->goodCertificate());
        QVERIFY(server.start(QHostAddress(u"127.0.0.1"_s)));
        // Nothing listens on ::1 at that port: refused at once, then IPv4 is tried without waiting.
        ProbeOptions options = m_harness->options(u"[::1],127.0.0.1"_s);
        options.happyEyeballsDelayMs = 5'000;
        QElapsedTimer clock;
        clock.start();
        const ProbeResult result = ProbeHarness::run(ProbeHarness::endpoint(Protocol::Imap, Security::ImplicitTls, server.serverPort()), options);
        QCOMPARE(result.outcome, ProbeOutcome::Ok);
        QCOMPARE(result.connectedAddress, u"127.0.0.1"_s);
        QVERIFY(clock.elapsed() < 4'000);
    }

    void cancelLeavesNothingBehind_data()
    {
        QTest::addColumn<int>("cancelAfterMs");
        QTest::addColumn<bool>("filteredPort");
        QTest::addRow("while connecting") << 100 << true;
        QTest::addRow("while waiting for the greeting") << 100 << false;
        QTest::addRow("at once") << 0 << false;
    }
    void cancelLeavesNothingBehind()
    {
        QFETCH(int, cancelAfterMs);
        QFETCH(bool, filteredPort);
        FilteredPort filtered;
        ScriptedServer server;
        QVERIFY(server.setScript(u"SILENT"_s));
        QVERIFY(server.start());
        const quint16 port = filteredPort ? filtered.port() : server.serverPort();
        Probe probe(ProbeHarness::endpoint(Protocol::Imap, Security::StartTls, port), m_harness->options());
        QSignalSpy finished(&probe, &Probe::finished);
        probe.start();
        QTest::qWait(cancelAfterMs);
        probe.cancel();
        QVERIFY(finished.wait(1'000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(probe.result().outcome, ProbeOutcome::Cancelled);
        QTest::qWait(50); // let deleteLater run
        QVERIFY(probe.findChildren<QAbstractSocket*>().isEmpty());
        QVERIFY(probe.findChildren<Connector*>().isEmpty());
        probe.cancel(); // a second cancel is harmless and emits nothing
        QTest::qWait(20);
        QCOMPARE(finished.size(), 1);
    }

    // Destroying a running probe must not crash or emit anything.
    void destroyWhileRunning()
    {
        ScriptedServer server;
        QVERIFY(server.setScript(u"SILENT"_s));
        QVERIFY(server.start());
        auto probe = std::make_unique<Probe>(ProbeHarness::endpoint(Protocol::Pop3, Security::StartTls, server.serverPort()),
                                             m_harness->options());
        QSignalSpy finished(probe.get(), &Probe::finished);
        probe->start();
        QTest::qWait(100);
        probe.reset();
        QTest::qWait(50);
        QCOMPARE(finished.size(), 0);
    }

    void insecureLoginOnlyWhenAllowed()
    {
        const QString script = u"S: 220 hi\nC: EHLO *\nS~ 250-hi\\r\\n250 AUTH PLAIN\\r\\n\nC: AUTH PLAIN *\nS: 235 ok\nC: QUIT"_s;
        ScriptedServer server;
        QVERIFY(server.setScript(script));
        QVERIFY(server.start());
        ProbeOptions options = m_harness->options();
        options.credentials = Credentials { canaryUser(), canaryPassword() };
        options.allowInsecureLogin = true;
        const ProbeResult result = ProbeHarness::run(ProbeHarness::endpoint(Protocol::Smtp, Security::Plain, server.serverPort()), options);
        QCOMPARE(result.outcome, ProbeOutcome::AuthOk);
        QVERIFY(!result.isSecure());
        // Sent, as the user allowed, yet still not in anything the probe shows.
        QVERIFY(ProbeHarness::containsCanary(server.receivedBeforeTls()));
        QVERIFY(!ProbeHarness::containsCanary(ProbeHarness::everythingShown(result).toUtf8()));
    }

    void timingsArePerPhase()
    {
        ScriptedServer server;
        QVERIFY(server.setScript(u"WAIT 150\nS: 220 hi\nC: EHLO *\nWAIT 150\nS~ 250-hi\\r\\n250 STARTTLS\\r\\n\nC: STARTTLS\nS: 220 go\nTLS\nC: EHLO *\nS: 250 hi\nC: QUIT"_s));
        server.setCertificate(m_harness->goodCertificate());
        QVERIFY(server.start());
        const ProbeResult result = ProbeHarness::run(ProbeHarness::endpoint(Protocol::Smtp, Security::StartTls, server.serverPort()),
                                                     m_harness->options());
        QCOMPARE(result.outcome, ProbeOutcome::Ok);
        const PhaseTimings& t = result.timings;
        QCOMPARE(t.dns, 0); // --resolve: no lookup
        QVERIFY(t.connect >= 0);
        QVERIFY2(t.greeting >= 140, qPrintable(QString::number(t.greeting)));
        QVERIFY2(t.capabilities >= 140, qPrintable(QString::number(t.capabilities)));
        QVERIFY(t.tls >= 0);
        QCOMPARE(t.auth, -1);
        QVERIFY(t.total >= t.greeting + t.capabilities);
    }
};

QTEST_GUILESS_MAIN(TestProbeTransport)
#include "TestProbeTransport.moc"
