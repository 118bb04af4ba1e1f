// SPDX-License-Identifier: GPL-3.0-or-later
// mailscout-cli discover --list-candidates as a user runs it: a real process, local web servers in this
// test (so our event loop keeps spinning while the CLI runs), JSON and text out.
#include "DiscoveryFixtures.h"
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

class TestCliDiscover : public QObject {
    Q_OBJECT

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    std::unique_ptr<DiscoveryFixtures> m_web;

    static Run cli(const QStringList& arguments)
    {
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(cliPath(), arguments);
        if (!finished.wait(30'000))
            return {};
        return { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
    }

    QStringList webArguments() const
    {
        // --dns-server at an address where nothing answers on port 53: MX and SRV fail fast and locally.
        return { u"--ispdb-url"_s, u"https://ispdb.test/v1.1/"_s, u"--connect-to"_s,
            u":443:127.0.0.1:%1"_s.arg(m_web->https.serverPort()), u"--connect-to"_s,
            u":80:127.0.0.1:%1"_s.arg(m_web->http.serverPort()), u"--ca-file"_s, m_web->pki().caPath(),
            u"--dns-server"_s, u"127.0.0.254"_s, u"--timeout"_s, u"5"_s, u"--no-guess"_s };
    }

private Q_SLOTS:
    void init()
    {
        m_web = std::make_unique<DiscoveryFixtures>();
        QVERIFY(m_web->isValid());
    }

    void listsCandidatesAsJson()
    {
        m_web->https.route(u"/mail/config-v1.1.xml"_s,
            TestHttpServer::xml(DiscoveryFixtures::clientConfig(u"example.test"_s)),
            u"autoconfig.example.test"_s);
        const Run run
            = cli(QStringList { u"discover"_s, u"alice@example.test"_s, u"--list-candidates"_s, u"--json"_s }
                + webArguments());
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(run.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, run.out.constData());
        QCOMPARE(json[u"schema"_s].toString(), u"mailscout.candidates/1"_s);
        QCOMPARE(json[u"input"_s].toString(), u"alice@example.test"_s);
        const QJsonArray candidates = json[u"candidates"_s].toArray();
        QCOMPARE(candidates.size(), 2);
        const QJsonObject imap = candidates.first().toObject();
        QCOMPARE(imap[u"endpoint"_s].toObject(),
            (QJsonObject { { u"protocol"_s, u"imap"_s }, { u"host"_s, u"imap.example.test"_s },
                { u"port"_s, 993 }, { u"security"_s, u"tls"_s } }));
        QCOMPARE(imap[u"source"_s].toString(), u"autoconfig-https"_s);
        QCOMPARE(imap[u"trusted"_s].toBool(), true);
        QVERIFY(!imap[u"reason"_s].toString().isEmpty());
        QCOMPARE(imap[u"username"_s].toString(), u"alice@example.test"_s);
        QCOMPARE(imap[u"auth_methods"_s].toArray(), QJsonArray { u"password-cleartext"_s });
        QStringList sourceIds;
        for (const QJsonValue& source : json[u"sources"_s].toArray())
            sourceIds.append(source[u"id"_s].toString());
        sourceIds.sort();
        QCOMPARE(
            sourceIds, (QStringList { u"autoconfig"_s, u"autodiscover"_s, u"bundled"_s, u"mx"_s, u"srv"_s }));
    }

    void humanOutput()
    {
        m_web->http.route(u"/mail/config-v1.1.xml"_s,
            TestHttpServer::xml(DiscoveryFixtures::clientConfig(u"example.test"_s)));
        const Run run = cli(
            QStringList { u"discover"_s, u"alice@example.test"_s, u"--list-candidates"_s } + webArguments());
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(u"imap://imap.example.test:993 (tls)  [autoconfig-http, NOT trusted]"_s),
            qPrintable(out));
        QVERIFY(out.contains(u"Sources:"_s));
    }

    void offlineUsesBundledDataOnly()
    {
        const Run run = cli({ u"discover"_s, u"someone@gmail.com"_s, u"--list-candidates"_s, u"--json"_s,
            u"--offline"_s, u"--ispdb-url"_s, u"https://127.0.0.1:%1/"_s.arg(m_web->https.serverPort()) });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QVERIFY(!json[u"candidates"_s].toArray().isEmpty());
        for (const QJsonValue& candidate : json[u"candidates"_s].toArray())
            QCOMPARE(candidate[u"source"_s].toString(), u"provider-database"_s);
        QVERIFY(m_web->https.requests().isEmpty());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("no address") << QStringList { u"--list-candidates"_s } << u"exactly one ADDRESS"_s;
        QTest::addRow("bad address") << QStringList { u"a b@c"_s, u"--list-candidates"_s } << u"not usable"_s;
        QTest::addRow("bad dns server")
            << QStringList { u"a@b.test"_s, u"--list-candidates"_s, u"--dns-server"_s, u"dns.example"_s }
            << u"--dns-server"_s;
        QTest::addRow("bad ispdb url")
            << QStringList { u"a@b.test"_s, u"--list-candidates"_s, u"--ispdb-url"_s, u"ftp://x/"_s }
            << u"--ispdb-url"_s;
        QTest::addRow("bad timeout") << QStringList { u"a@b.test"_s, u"--list-candidates"_s, u"--timeout"_s,
            u"-1"_s } << u"--timeout"_s;
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = cli(QStringList { u"discover"_s } + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliDiscover)
#include "TestCliDiscover.moc"
