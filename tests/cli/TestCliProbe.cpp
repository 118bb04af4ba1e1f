// SPDX-License-Identifier: GPL-3.0-or-later
// mailscout-cli probe as a user runs it: a real process, a scripted server in this test, JSON and text out.
#include "Canary.h"
#include "ProbeHarness.h"
#include "ScriptedServer.h"
#include "TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace mailscout;
using namespace mailscout::test;
using namespace Qt::StringLiterals;

class TestCliProbe : public QObject {
    Q_OBJECT

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    std::unique_ptr<ProbeHarness> m_harness;

    // The server lives in this process, so the CLI must run while our event loop keeps spinning.
    static Run cli(const QStringList& arguments, const QByteArray& input = {})
    {
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(cliPath(), arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!finished.wait(30'000))
            return {};
        return { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
    }

    QStringList baseArguments(quint16 port, const QString& protocol = u"imap"_s) const
    {
        return { u"probe"_s, u"mail.example.test"_s, u"--protocol"_s, protocol, u"--port"_s, QString::number(port),
                 u"--resolve"_s, u"mail.example.test:%1:127.0.0.1"_s.arg(port), u"--ca-file"_s, m_harness->pki().caPath(),
                 u"--timeout"_s, u"3"_s };
    }

    static QString loginScript(bool accept)
    {
        return u"TLS\nS: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready\nC: a1 AUTHENTICATE PLAIN *\nS: a1 "_s
            + (accept ? u"OK Logged in"_s : u"NO [AUTHENTICATIONFAILED] Authentication failed."_s) + u"\nC: a2 LOGOUT"_s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_harness = std::make_unique<ProbeHarness>();
        QVERIFY(m_harness->isValid());
    }

    void jsonObject()
    {
        ScriptedServer server;
        QVERIFY(server.setScript(u"TLS\nS: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] Dovecot ready.\nC: a1 LOGOUT"_s));
        server.setCertificate(m_harness->goodCertificate());
        QVERIFY(server.start());
        const Run run = cli(baseArguments(server.serverPort()) << u"--json"_s);
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(run.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, run.out.constData());
        QCOMPARE(json[u"schema"_s].toString(), u"mailscout.probe/1"_s);
        const QJsonObject endpoint = json[u"endpoint"_s].toObject();
        QCOMPARE(endpoint[u"protocol"_s].toString(), u"imap"_s);
        QCOMPARE(endpoint[u"host"_s].toString(), u"mail.example.test"_s);
        QCOMPARE(endpoint[u"port"_s].toInt(), server.serverPort());
        QCOMPARE(endpoint[u"security"_s].toString(), u"tls"_s);
        QCOMPARE(json[u"outcome"_s].toString(), u"ok"_s);
        QCOMPARE(json[u"secure"_s].toBool(), true);
        QCOMPARE(json[u"greeting"_s].toString(), u"Dovecot ready."_s);
        QVERIFY(json[u"capabilities"_s].toObject()[u"before_tls"_s].isNull());
        QVERIFY(json[u"capabilities"_s].toObject()[u"after_tls"_s].toArray().contains(u"AUTH=PLAIN"_s));
        QCOMPARE(json[u"auth_mechanisms"_s].toArray(), QJsonArray { u"PLAIN"_s });
        const QJsonObject tls = json[u"tls"_s].toObject();
        QCOMPARE(tls[u"protocol"_s].toString(), u"TLSv1.3"_s);
        const QJsonObject certificate = tls[u"certificate"_s].toObject();
        QCOMPARE(certificate[u"subject"_s].toString(), u"mail.example.test"_s);
        QVERIFY(certificate[u"sans"_s].toArray().contains(u"mail.example.test"_s));
        QCOMPARE(certificate[u"trusted"_s].toBool(), true);
        QCOMPARE(certificate[u"name_matches"_s].toBool(), true);
        QCOMPARE(certificate[u"errors"_s].toArray(), QJsonArray());
        QVERIFY(!certificate[u"not_after"_s].toString().isEmpty());
        QCOMPARE(json[u"login"_s].toObject()[u"attempted"_s].toBool(), false);
        QVERIFY(json[u"timings_ms"_s].toObject()[u"total"_s].toInt() >= 0);
        const QJsonArray transcript = json[u"transcript"_s].toArray();
        QVERIFY(transcript.contains(QJsonObject { { u"dir"_s, u"C"_s }, { u"text"_s, u"a1 LOGOUT"_s } }));
    }

    void humanOutput()
    {
        ScriptedServer server;
        QVERIFY(server.setScript(u"S: 220 mail.example.test ESMTP\nC: EHLO *\nS~ 250-mail\\r\\n250 STARTTLS\\r\\n\nC: STARTTLS\nS: 220 go\nTLS\nC: EHLO *\nS~ 250-mail\\r\\n250 AUTH PLAIN\\r\\n\nC: QUIT"_s));
        server.setCertificate(m_harness->goodCertificate());
        QVERIFY(server.start());
        const Run run = cli(baseArguments(server.serverPort(), u"smtp"_s) << u"--security"_s << u"starttls"_s << u"--transcript"_s);
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(u"works, secure"_s), qPrintable(out));
        QVERIFY(out.contains(u"TLSv1.3"_s));
        QVERIFY(out.contains(u"PLAIN"_s));
        QVERIFY(out.contains(u"C: STARTTLS"_s));
    }

    void loginVerified_data()
    {
        QTest::addColumn<bool>("accept");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("outcome");
        QTest::addRow("right password") << true << 0 << u"auth-ok"_s;
        QTest::addRow("wrong password") << false << 1 << u"auth-failed"_s;
    }
    void loginVerified()
    {
        QFETCH(bool, accept);
        ScriptedServer server;
        QVERIFY(server.setScript(loginScript(accept)));
        server.setCertificate(m_harness->goodCertificate());
        QVERIFY(server.start());
        const QStringList arguments = baseArguments(server.serverPort())
            << u"--user"_s << canaryUser() << u"--password-stdin"_s << u"--json"_s << u"--transcript"_s;
        const Run run = cli(arguments, canaryPassword().toUtf8() + "\n");
        QTEST(run.exitCode, "exitCode");
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QTEST(json[u"outcome"_s].toString(), "outcome");
        QCOMPARE(json[u"login"_s].toObject()[u"mechanism"_s].toString(), u"PLAIN"_s);
        QVERIFY(ProbeHarness::containsCanary(server.receivedAfterTls()));
        QVERIFY(!ProbeHarness::containsCanary(run.out));
        QVERIFY(!ProbeHarness::containsCanary(run.err));
        QVERIFY(run.out.contains("AUTHENTICATE PLAIN <redacted>"));
    }

    void notWorkingExitsWithOne_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("outcome");
        QTest::addRow("untrusted certificate") << QStringList() << u"certificate-untrusted"_s;
        QTest::addRow("plaintext is not secure") << QStringList { u"--security"_s, u"plain"_s } << u"ok"_s;
    }
    void notWorkingExitsWithOne()
    {
        QFETCH(QStringList, extra);
        const bool plain = extra.contains(u"plain"_s);
        ScriptedServer server;
        QVERIFY(server.setScript(plain ? u"S: * OK [CAPABILITY IMAP4rev1] hi\nC: a1 LOGOUT"_s : u"TLS\nS: * OK hi\nSILENT"_s));
        CertificateSpec spec;
        spec.dnsNames = { u"mail.example.test"_s };
        spec.selfSigned = true;
        server.setCertificate(m_harness->pki().issue(spec, u"cli-selfsigned"_s));
        QVERIFY(server.start());
        const Run run = cli(baseArguments(server.serverPort()) << extra << u"--json"_s);
        QCOMPARE(run.exitCode, 1);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QTEST(json[u"outcome"_s].toString(), "outcome");
        QCOMPARE(json[u"secure"_s].toBool(), false);
    }

    void refusedPort()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        const Run run = cli(baseArguments(port, u"pop3"_s));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("refused"), run.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliProbe)
#include "TestCliProbe.moc"
