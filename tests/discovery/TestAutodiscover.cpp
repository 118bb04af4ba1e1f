// SPDX-License-Identifier: GPL-3.0-or-later
// Outlook Autodiscover (POX): the parser on its own, and the source against a local HTTPS server.
#include "DiscoveryFixtures.h"
#include "SourceRun.h"
#include "discovery/AutodiscoverParser.h"
#include "discovery/AutodiscoverSource.h"

#include <QTest>

using namespace mailscout;
using namespace mailscout::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray response(const QString& account)
{
    // Plain literals: moc misreads raw strings holding XML.
    return (
        u"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        "<Autodiscover xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006\">"
        "<Response xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a\">"
        "<User><DisplayName>Alice</DisplayName></User><Account><AccountType>email</AccountType>"_s
        + account + u"</Account></Response></Autodiscover>"_s)
        .toUtf8();
}

QString protocol(const QString& type, const QString& server, int port, const QString& extra = {})
{
    return u"<Protocol><Type>%1</Type><Server>%2</Server><Port>%3</Port><LoginName>alice@example.test</LoginName>%4</Protocol>"_s
        .arg(type, server)
        .arg(port)
        .arg(extra);
}

QByteArray settings()
{
    return response(u"<Action>settings</Action>"_s + protocol(u"EXCH"_s, u"exchange.example.test"_s, 443)
        + protocol(u"IMAP"_s, u"imap.example.test"_s, 993, u"<SSL>on</SSL>"_s)
        + protocol(u"SMTP"_s, u"smtp.example.test"_s, 587, u"<SSL>on</SSL><SPA>on</SPA>"_s)
        + protocol(u"POP3"_s, u"pop.example.test"_s, 110, u"<SSL>off</SSL>"_s));
}

} // namespace

class TestAutodiscover : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<DiscoveryFixtures> m_web;

private Q_SLOTS:
    void init()
    {
        m_web = std::make_unique<DiscoveryFixtures>();
        QVERIFY(m_web->isValid());
    }

    void parserReadsServers()
    {
        const AutodiscoverParser::Result result = AutodiscoverParser::parse(settings());
        QVERIFY2(result.config, qPrintable(result.error));
        const QList<Candidate> candidates
            = result.config->toCandidates(CandidateSource::Autodiscover, true, {});
        QStringList endpoints;
        for (const Candidate& candidate : candidates)
            endpoints.append(candidate.endpoint.toString());
        QCOMPARE(endpoints,
            (QStringList { u"imap://imap.example.test:993 (tls)"_s, u"pop3://pop.example.test:110 (plain)"_s,
                u"smtp://smtp.example.test:587 (starttls)"_s }));
        QCOMPARE(candidates[0].usernameTemplate, u"alice@example.test"_s);
        QCOMPARE(candidates[2].authMethods, QStringList { u"NTLM"_s });
    }

    void parserSecurity_data()
    {
        QTest::addColumn<QString>("extra");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("security");
        QTest::addRow("Encryption SSL") << u"<Encryption>SSL</Encryption>"_s << 2993 << u"tls"_s;
        QTest::addRow("Encryption TLS") << u"<Encryption>TLS</Encryption>"_s << 993 << u"starttls"_s;
        QTest::addRow("Encryption None beats SSL on")
            << u"<SSL>on</SSL><Encryption>None</Encryption>"_s << 143 << u"plain"_s;
        QTest::addRow("SSL on, port 143") << u"<SSL>on</SSL>"_s << 143 << u"starttls"_s;
        QTest::addRow("no SSL element means on") << QString() << 993 << u"tls"_s;
        QTest::addRow("SSL off") << u"<SSL>off</SSL>"_s << 143 << u"plain"_s;
    }
    void parserSecurity()
    {
        QFETCH(QString, extra);
        QFETCH(int, port);
        const auto result
            = AutodiscoverParser::parse(response(protocol(u"IMAP"_s, u"imap.example.test"_s, port, extra)));
        QVERIFY(result.config);
        QTEST(securityName(result.config->incoming.first().security), "security");
    }

    void parserRefuses_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("errorPart");
        QTest::addRow("DTD") << QByteArray(
            "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Autodiscover/>")
                             << u"DTD"_s;
        QTest::addRow("too large") << QByteArray(2 * 1024 * 1024, ' ') << u"at most"_s;
        QTest::addRow("too deep") << QByteArray("<a>").repeated(40) << u"too deeply"_s;
        QTest::addRow("malformed") << QByteArray("<Autodiscover><Response>") << u"Line"_s;
        QTest::addRow("server error")
            << QByteArray("<Autodiscover><Response><Error><ErrorCode>600</ErrorCode><Message>Invalid "
                          "Request</Message></Error></Response></Autodiscover>")
            << u"Invalid Request"_s;
    }
    void parserRefuses()
    {
        QFETCH(QByteArray, document);
        const AutodiscoverParser::Result result = AutodiscoverParser::parse(document);
        QVERIFY(!result.config);
        QFETCH(QString, errorPart);
        QVERIFY2(result.error.contains(errorPart), qPrintable(result.error));
    }

    void requestCarriesOnlyTheAddress()
    {
        const QByteArray request = AutodiscoverParser::request(u"a<b>&c@example.test"_s);
        QVERIFY(request.contains("<EMailAddress>a&lt;b&gt;&amp;c@example.test</EMailAddress>"));
        QVERIFY(request.contains("responseschema/2006a"));
    }

    void sourceFindsSettingsWithoutCredentials()
    {
        m_web->https.route(u"/autodiscover/autodiscover.xml"_s, TestHttpServer::xml(settings()),
            u"autodiscover.example.test"_s);
        AutodiscoverSource source(EmailAddress::parse(u"alice@example.test"), m_web->options());
        const SourceRun run = SourceRun::of(source);
        QCOMPARE(run.state, DiscoverySource::State::Found);
        QCOMPARE(run.candidates.size(), 3);
        QVERIFY(run.candidates.first().trusted);
        QCOMPARE(run.candidates.first().source, CandidateSource::Autodiscover);
        for (const TestHttpServer::Request& request : m_web->https.requests()) {
            QCOMPARE(request.method, QByteArray("POST"));
            QVERIFY(request.overTls);
            QVERIFY(request.body.contains("<EMailAddress>alice@example.test</EMailAddress>"));
        }
        QVERIFY(m_web->http.requests().isEmpty());
    }

    void redirectAddrLoopStopsAtHopLimit()
    {
        const auto redirectTo = [](const QString& address) {
            return TestHttpServer::xml(
                response(u"<Action>redirectAddr</Action><RedirectAddr>%1</RedirectAddr>"_s.arg(address)));
        };
        m_web->https.route(u"/autodiscover/autodiscover.xml"_s, redirectTo(u"alice@other.test"_s),
            u"autodiscover.example.test"_s);
        m_web->https.route(u"/autodiscover/autodiscover.xml"_s, redirectTo(u"alice@example.test"_s),
            u"autodiscover.other.test"_s);
        AutodiscoverSource source(EmailAddress::parse(u"alice@example.test"), m_web->options());
        const SourceRun run = SourceRun::of(source);
        QCOMPARE(run.state, DiscoverySource::State::Failed);
        QVERIFY2(run.reason.contains(u"more than 10 times"_s), qPrintable(run.reason));
        const QStringList hosts = m_web->https.requestedUrls().filter(u"autodiscover.other.test"_s);
        QVERIFY(hosts.size() >= 5 && hosts.size() <= 6);
    }

    void redirectUrlLeavingTheDomainIsRefused()
    {
        m_web->https.route(u"/autodiscover/autodiscover.xml"_s,
            TestHttpServer::xml(response(
                u"<Action>redirectUrl</Action><RedirectUrl>https://other.test/autodiscover/autodiscover.xml</RedirectUrl>"_s)),
            u"autodiscover.example.test"_s);
        AutodiscoverSource source(EmailAddress::parse(u"alice@example.test"), m_web->options());
        const SourceRun run = SourceRun::of(source);
        QCOMPARE(run.state, DiscoverySource::State::Failed);
        QVERIFY2(run.reason.contains(u"refused"_s), qPrintable(run.reason));
        QVERIFY(m_web->https.requestedUrls().filter(u"other.test"_s).isEmpty());
    }

    void neverFailsUp()
    {
        AutodiscoverSource source(EmailAddress::parse(u"alice@sub.example.test"), m_web->options());
        const SourceRun run = SourceRun::of(source);
        QCOMPARE(run.state, DiscoverySource::State::Nothing);
        QStringList hosts;
        for (const TestHttpServer::Request& request : m_web->https.requests())
            hosts.append(QString::fromLatin1(request.host));
        hosts.sort();
        QCOMPARE(hosts, (QStringList { u"autodiscover.sub.example.test"_s, u"sub.example.test"_s }));
    }
};

QTEST_GUILESS_MAIN(TestAutodiscover)
#include "TestAutodiscover.moc"
