// SPDX-License-Identifier: GPL-3.0-or-later
// mailscout-cli discover as a user runs it: discovery, probes and ranking in one process, aimed at
// scripted servers on loopback by --connect-to; DNS goes to a closed local port, web sources too.
#include "Canary.h"
#include "ProbeHarness.h"
#include "ScriptedServer.h"
#include "TestPaths.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mailscout;
using namespace mailscout::test;
using namespace Qt::StringLiterals;

namespace {

const QStringList kGuessedNames { u"example.test"_s, u"imap.example.test"_s, u"mail.example.test"_s, u"smtp.example.test"_s,
                                  u"pop.example.test"_s, u"pop3.example.test"_s };

} // namespace

class TestCliDiscoverRun : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ProbeHarness> m_harness;
    IssuedCertificate m_certificate;

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run cli(const QStringList& arguments)
    {
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(cliPath(), arguments);
        process.closeWriteChannel();
        if (!finished.wait(60'000))
            return {};
        return { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
    }

    // Every mail port to imap/smtp (or a closed port), web to a closed port, DNS to a loopback address where
    // nothing listens on port 53: nothing leaves the machine, and every failure is immediate.
    QStringList arguments(quint16 imaps, quint16 smtps, quint16 closedPort) const
    {
        QStringList args { u"discover"_s, u"alice@example.test"_s, u"--ca-file"_s, m_harness->pki().caPath(),
                           u"--dns-server"_s, u"127.0.0.254"_s, u"--ispdb-url"_s, u"https://ispdb.example.test/v1.1/"_s,
                           u"--timeout"_s, u"3"_s };
        const std::pair<int, quint16> routes[] = { { 993, imaps }, { 465, smtps }, { 143, closedPort }, { 587, closedPort },
                                                   { 25, closedPort }, { 995, closedPort }, { 110, closedPort },
                                                   { 80, closedPort }, { 443, closedPort } };
        for (const auto& [from, to] : routes)
            args << u"--connect-to"_s << u":%1:127.0.0.1:%2"_s.arg(from).arg(to);
        return args;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_harness = std::make_unique<ProbeHarness>();
        QVERIFY(m_harness->isValid());
        CertificateSpec spec;
        spec.dnsNames = kGuessedNames;
        m_certificate = m_harness->pki().issue(spec, u"cli-discover"_s);
    }

    void discoveryJsonAndExport()
    {
        ScriptedServer imap;
        QVERIFY(imap.setScript(u"TLS\nS: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\nC: a1 LOGOUT"_s));
        imap.setCertificate(m_certificate);
        QVERIFY(imap.start());
        ScriptedServer smtp;
        QVERIFY(smtp.setScript(u"TLS\nS: 220 mail ESMTP\nC: EHLO *\nS~ 250-mail\\r\\n250 AUTH PLAIN\\r\\n\nC: QUIT"_s));
        smtp.setCertificate(m_certificate);
        QVERIFY(smtp.start());
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 closedPort = closed.serverPort();
        closed.close();
        QTemporaryDir dir;
        const QString exported = dir.filePath(u"msmtprc"_s);

        const Run run = cli(arguments(imap.serverPort(), smtp.serverPort(), closedPort)
                            << u"--json"_s << u"--export"_s << u"msmtp"_s << u"-o"_s << exported);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json[u"schema"_s].toString(), u"mailscout.discovery/1"_s);
        QCOMPARE(json[u"address"_s].toString(), u"alice@example.test"_s);
        QCOMPARE(json[u"domain"_s].toString(), u"example.test"_s);
        QVERIFY(!json[u"candidates"_s].toArray().isEmpty());
        QVERIFY(!json[u"probes"_s].toArray().isEmpty());
        QCOMPARE(json[u"probes"_s].toArray().first().toObject()[u"schema"_s].toString(), u"mailscout.probe/1"_s);
        const QJsonObject best = json[u"configurations"_s].toArray().first().toObject();
        QCOMPARE(best[u"rank"_s].toInt(), 1);
        QCOMPARE(best[u"incoming"_s].toObject()[u"port"_s].toInt(), 993);
        QCOMPARE(best[u"incoming"_s].toObject()[u"security"_s].toString(), u"tls"_s);
        QCOMPARE(best[u"outgoing"_s].toObject()[u"port"_s].toInt(), 465);
        QCOMPARE(best[u"incoming"_s].toObject()[u"username"_s].toString(), u"alice@example.test"_s);
        QVERIFY(!best[u"reasons"_s].toArray().isEmpty());
        QVERIFY(json[u"settled"_s].toBool());
        const int settledMs = json[u"settled_ms"_s].toInt(-1);
        QVERIFY(settledMs >= 0 && settledMs <= json[u"elapsed_ms"_s].toInt());
        QVERIFY(json[u"diagnosis"_s].isArray());
        QVERIFY(!json[u"sources"_s].toArray().isEmpty());

        // The same run, exported in one step.
        QFile rc(exported);
        QVERIFY(rc.open(QIODevice::ReadOnly));
        const QByteArray msmtprc = rc.readAll();
        QVERIFY(msmtprc.contains("port 465"));
        QVERIFY(msmtprc.contains("tls_starttls off"));
        QCOMPARE(QFileInfo(exported).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    }

    void humanOutputAndNothingSecure()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 closedPort = closed.serverPort();
        closed.close();
        const Run run = cli(arguments(closedPort, closedPort, closedPort));
        QCOMPARE(run.exitCode, 1);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(u"No secure configuration"_s), qPrintable(out));
        QVERIFY(out.contains(u"refused"_s)); // the port matrix
        QVERIFY(out.contains(u"no-secure-configuration"_s));
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("message");
        QTest::addRow("bad protocol") << QStringList { u"--protocol"_s, u"smtp"_s } << u"--protocol"_s;
        QTest::addRow("unknown export format") << QStringList { u"--export"_s, u"pine"_s, u"-o"_s, u"/tmp/x"_s } << u"unknown export format"_s;
        QTest::addRow("export without -o") << QStringList { u"--export"_s, u"msmtp"_s } << u"-o FILE"_s;
    }
    void usage()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, message);
        const Run run = cli(QStringList { u"discover"_s, u"alice@example.test"_s, u"--offline"_s } + extra);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliDiscoverRun)
#include "TestCliDiscoverRun.moc"
