// SPDX-License-Identifier: GPL-3.0-or-later
// AutoconfigSource against local HTTPS and HTTP servers: the real QNetworkAccessManager, the real TLS
// check against a test CA, --connect-to aiming every host at loopback.
#include "DiscoveryFixtures.h"
#include "SourceRun.h"
#include "discovery/AutoconfigSource.h"
#include "discovery/EmailAddress.h"

#include <QTest>

using namespace mailscout;
using namespace mailscout::test;
using namespace Qt::StringLiterals;

namespace {

const QString kMailPath = u"/mail/config-v1.1.xml"_s;
const QString kWellKnownPath = u"/.well-known/autoconfig/mail/config-v1.1.xml"_s;

} // namespace

class TestAutoconfigSource : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<DiscoveryFixtures> m_web;
    const EmailAddress m_address = EmailAddress::parse(u"alice@example.test");

    SourceRun runFor(const DiscoveryOptions& options)
    {
        AutoconfigSource source(
            u"autoconfig"_s, m_address, AutoconfigSource::requestsFor(m_address, options), options);
        return SourceRun::of(source);
    }

private Q_SLOTS:
    void init()
    {
        m_web = std::make_unique<DiscoveryFixtures>();
        QVERIFY2(m_web->isValid(), qPrintable(m_web->pki().errorString()));
    }

    void asksEveryUrlOnce()
    {
        const SourceRun run = runFor(m_web->options());
        QVERIFY(run.finished);
        QCOMPARE(run.state, DiscoverySource::State::Nothing);
        QStringList https = m_web->https.requestedUrls();
        https.sort();
        QCOMPARE(https,
            (QStringList {
                u"autoconfig.example.test/mail/config-v1.1.xml?emailaddress=alice%40example.test"_s,
                u"example.test/.well-known/autoconfig/mail/config-v1.1.xml?emailaddress=alice%40example.test"_s,
                u"ispdb.test/v1.1/example.test"_s }));
        QCOMPARE(m_web->http.requests().size(), 2);
        for (const TestHttpServer::Request& request : m_web->https.requests())
            QVERIFY(request.overTls);
    }

    void httpsDocumentGivesTrustedCandidates()
    {
        m_web->https.route(kMailPath, TestHttpServer::xml(DiscoveryFixtures::clientConfig(u"example.test"_s)),
            u"autoconfig.example.test"_s);
        const SourceRun run = runFor(m_web->options());
        QCOMPARE(run.state, DiscoverySource::State::Found);
        QCOMPARE(run.endpoints(),
            (QStringList {
                u"imap://imap.example.test:993 (tls)"_s, u"smtp://smtp.example.test:587 (starttls)"_s }));
        for (const Candidate& candidate : run.candidates) {
            QCOMPARE(candidate.source, CandidateSource::AutoconfigHttps);
            QVERIFY(candidate.trusted);
            QVERIFY(candidate.trustReason.contains(u"HTTPS"_s));
        }
        QCOMPARE(run.candidates[0].usernameTemplate, u"alice@example.test"_s);
        QCOMPARE(run.candidates[1].usernameTemplate, u"alice"_s);
        QCOMPARE(run.candidates[1].authMethods, QStringList { u"password-encrypted"_s });
    }

    void certificateCheckedForTheOriginalName()
    {
        // Only example.test names are on the certificate: a host it does not cover fails the TLS check
        // even though --connect-to sends it to the same server.
        m_web->https.route(kMailPath, TestHttpServer::xml(DiscoveryFixtures::clientConfig(u"nocert.test"_s)));
        const EmailAddress address = EmailAddress::parse(u"bob@nocert.test");
        DiscoveryOptions options = m_web->options();
        AutoconfigSource source(
            u"autoconfig"_s, address, AutoconfigSource::requestsFor(address, options), options);
        const SourceRun run = SourceRun::of(source);
        QVERIFY(run.candidates.isEmpty() || run.candidates.first().source == CandidateSource::AutoconfigHttp);
        QCOMPARE(run.state, DiscoverySource::State::Failed);
        QVERIFY2(run.reason.contains(u"autoconfig.nocert.test"_s), qPrintable(run.reason));
    }

    void httpOnlyResultsAreUntrusted()
    {
        m_web->http.route(
            kWellKnownPath, TestHttpServer::xml(DiscoveryFixtures::clientConfig(u"example.test"_s)));
        const SourceRun run = runFor(m_web->options());
        QCOMPARE(run.state, DiscoverySource::State::Found);
        QCOMPARE(
            run.candidates.size(), 2); // both HTTP URLs answer the same: deduplicated by Discovery, not here
        for (const Candidate& candidate : run.candidates) {
            QCOMPARE(candidate.source, CandidateSource::AutoconfigHttp);
            QVERIFY(!candidate.trusted);
            QVERIFY2(
                candidate.trustReason.contains(u"unencrypted HTTP"_s), qPrintable(candidate.trustReason));
        }
    }

    void ispdbServedLocally()
    {
        m_web->https.route(u"/v1.1/example.test"_s,
            TestHttpServer::xml(DiscoveryFixtures::clientConfig(u"example.test"_s)), u"ispdb.test"_s);
        const SourceRun run = runFor(m_web->options());
        QCOMPARE(run.candidates.size(), 2);
        QCOMPARE(run.candidates.first().source, CandidateSource::Ispdb);
        QVERIFY(run.candidates.first().trusted);
    }

    void redirects_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<bool>("followed");
        QTest::addColumn<QString>("reasonPart");
        QTest::addRow("same domain, followed")
            << u"https://example.test/elsewhere.xml"_s << true << QString();
        QTest::addRow("subdomain, followed")
            << u"https://sub.example.test/elsewhere.xml"_s << true << QString();
        QTest::addRow("other domain, refused")
            << u"https://other.test/elsewhere.xml"_s << false << u"leaves the domain"_s;
        QTest::addRow("downgrade to http, refused")
            << u"http://example.test/elsewhere.xml"_s << false << u"HTTPS to unencrypted"_s;
        QTest::addRow("not http, refused") << u"file:///etc/passwd"_s << false << u"only HTTP and HTTPS"_s;
    }
    void redirects()
    {
        QFETCH(QString, location);
        QFETCH(bool, followed);
        QFETCH(QString, reasonPart);
        m_web->https.route(kMailPath, TestHttpServer::redirect(302, location), u"autoconfig.example.test"_s);
        m_web->https.route(
            u"/elsewhere.xml"_s, TestHttpServer::xml(DiscoveryFixtures::clientConfig(u"example.test"_s)));
        const SourceRun run = runFor(m_web->options());
        const bool trustedFound
            = !run.candidates.isEmpty() && run.candidates.first().source == CandidateSource::AutoconfigHttps;
        QCOMPARE(trustedFound, followed);
        QCOMPARE(m_web->https.requestedUrls().filter(u"elsewhere"_s).size(), followed ? 1 : 0);
        if (!followed) {
            QCOMPARE(run.state, DiscoverySource::State::Failed);
            QVERIFY2(run.reason.contains(reasonPart), qPrintable(run.reason));
        }
    }

    void redirectLoopIsCut()
    {
        m_web->https.route(kMailPath,
            TestHttpServer::redirect(301, u"https://autoconfig.example.test/mail/config-v1.1.xml"_s),
            u"autoconfig.example.test"_s);
        const SourceRun run = runFor(m_web->options());
        QCOMPARE(run.state, DiscoverySource::State::Failed);
        QVERIFY2(run.reason.contains(u"redirects"_s), qPrintable(run.reason));
    }

    void badDocuments_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reasonPart");
        QTest::addRow("10 MB") << QByteArray(10 * 1024 * 1024, 'x') << u"more than 1048576 bytes"_s;
        QTest::addRow("malformed") << QByteArray("<clientConfig><emailProvider>")
                                   << u"not a usable clientConfig"_s;
        QTest::addRow("entity declaration")
            << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]><clientConfig/>")
            << u"DTD"_s;
        QTest::addRow("not clientConfig")
            << QByteArray("<html><body>hello</body></html>") << u"root element"_s;
    }
    void badDocuments()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, reasonPart);
        m_web->https.route(kMailPath, TestHttpServer::xml(body), u"autoconfig.example.test"_s);
        const SourceRun run = runFor(m_web->options());
        QVERIFY(run.finished);
        QCOMPARE(run.state, DiscoverySource::State::Failed);
        QVERIFY(run.candidates.isEmpty());
        QVERIFY2(run.reason.contains(reasonPart), qPrintable(run.reason));
    }

    void overrideUrlIsTheOnlyOne()
    {
        m_web->https.route(
            u"/custom.xml"_s, TestHttpServer::xml(DiscoveryFixtures::clientConfig(u"example.test"_s)));
        DiscoveryOptions options = m_web->options();
        options.autoconfigUrlOverride = QUrl(u"https://example.test/custom.xml"_s);
        const SourceRun run = runFor(options);
        QCOMPARE(run.candidates.size(), 2);
        QCOMPARE(m_web->https.requestedUrls(), QStringList { u"example.test/custom.xml"_s });
        QVERIFY(m_web->http.requests().isEmpty());
    }

    void slowServerTimesOut()
    {
        TestHttpServer::Response never;
        never.never = true;
        m_web->https.route(kMailPath, never);
        DiscoveryOptions options = m_web->options();
        options.sourceTimeoutMs = 500;
        QElapsedTimer clock;
        clock.start();
        const SourceRun run = runFor(options);
        QVERIFY(run.finished);
        QCOMPARE(run.state, DiscoverySource::State::Failed);
        QVERIFY(clock.elapsed() < 3000);
    }
};

QTEST_GUILESS_MAIN(TestAutoconfigSource)
#include "TestAutoconfigSource.moc"
