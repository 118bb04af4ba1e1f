// SPDX-License-Identifier: GPL-3.0-or-later
// The real resolvers (SystemDnsResolver, and QtDnsResolver on QDnsLookup) against a real dnsmasq, MX and
// SRV sources and the whole discovery on top; every test runs with each resolver. Root only: the test
// moves into a network namespace of its own (DnsNamespace) where dnsmasq can have port 53, the only port
// Qt 6.4's QDnsLookup::setNameserver can aim at. Nothing can leave: the namespace has loopback only.
#include "DiscoveryFixtures.h"
#include "DnsNamespace.h"
#include "ProbeHarness.h"
#include "ScriptedServer.h"
#include "SourceRun.h"
#include "TestPaths.h"
#include "discovery/Discovery.h"
#include "discovery/MxSource.h"
#include "discovery/QtDnsResolver.h"
#include "discovery/SrvSource.h"
#ifdef Q_OS_LINUX
#include "discovery/SystemDnsResolver.h"
#endif

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace mailscout;
using namespace mailscout::test;
using namespace Qt::StringLiterals;

class TestDnsSources : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<DnsNamespace> m_dns;
    std::unique_ptr<DiscoveryFixtures> m_web;

    // The resolver of this run of every test (initTestCase_data): the one discovery uses here, and Qt's.
    static std::unique_ptr<DnsResolver> makeResolver()
    {
        QFETCH_GLOBAL(QString, resolver);
#ifdef Q_OS_LINUX
        if (resolver == "system"_L1)
            return std::make_unique<SystemDnsResolver>(DnsNamespace::address());
#endif
        return std::make_unique<QtDnsResolver>(DnsNamespace::address());
    }

    static DnsAnswer lookup(DnsResolver::Type type, const QString& name)
    {
        const std::unique_ptr<DnsResolver> resolver = makeResolver();
        QObject context;
        DnsQuery* query = resolver->lookup(type, name, &context);
        QSignalSpy finished(query, &DnsQuery::finished);
        if (!finished.wait(10'000))
            return {};
        return finished.first().first().value<DnsAnswer>();
    }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("resolver");
#ifdef Q_OS_LINUX
        QTest::newRow("SystemDnsResolver") << u"system"_s;
#endif
        QTest::newRow("QtDnsResolver") << u"qt"_s;
    }
    void initTestCase()
    {
        if (const QString reason = DnsNamespace::unavailableReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        m_dns = std::make_unique<DnsNamespace>();
        // example.test publishes SRV records (one service decidedly not offered) and an MX within itself;
        // custom.test and m365.test are custom domains whose MX lies at a provider.
        const QString error = m_dns->start({
            u"--local=/test/"_s,
            u"--mx-host=example.test,mx.example.test,10"_s,
            u"--host-record=mx.example.test,127.0.0.1"_s,
            u"--srv-host=_imaps._tcp.example.test,imap-b.example.test,993,10,1"_s,
            u"--srv-host=_imaps._tcp.example.test,imap-a.example.test,993,10,5"_s,
            u"--srv-host=_imaps._tcp.example.test,imap-backup.elsewhere.test,10993,20,1"_s,
            u"--srv-host=_submission._tcp.example.test,smtp.example.test,587,0,1"_s,
            u"--srv-host=_pop3._tcp.example.test"_s,
            u"--mx-host=custom.test,mx2.hosting.test,20"_s,
            u"--mx-host=custom.test,mx1.hosting.test,5"_s,
            u"--mx-host=m365.test,m365-test.mail.protection.outlook.com,0"_s,
            u"--host-record=mail.example.test,127.0.0.1"_s,
        });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_web = std::make_unique<DiscoveryFixtures>();
        QVERIFY(m_web->isValid());
        m_web->https.route(u"/v1.1/hosting.test"_s,
            TestHttpServer::xml(DiscoveryFixtures::clientConfig(u"hosting.test"_s)), u"ispdb.test"_s);
    }

    void cleanupTestCase()
    {
        m_web.reset();
        m_dns.reset();
    }

    void realResolverMx()
    {
        const DnsAnswer answer = lookup(DnsResolver::Type::Mx, u"custom.test"_s);
        QVERIFY2(answer.status == DnsAnswer::Status::Ok, qPrintable(answer.error + m_dns->log()));
        QCOMPARE(answer.records.size(), 2);
        QStringList targets;
        for (const DnsRecord& record : answer.records)
            targets.append(u"%1 %2"_s.arg(record.priority).arg(record.target));
        targets.sort();
        QCOMPARE(targets, (QStringList { u"20 mx2.hosting.test"_s, u"5 mx1.hosting.test"_s }));
    }

    void realResolverSrv()
    {
        const DnsAnswer answer = lookup(DnsResolver::Type::Srv, u"_imaps._tcp.example.test"_s);
        QVERIFY2(answer.status == DnsAnswer::Status::Ok, qPrintable(answer.error));
        const QList<DnsRecord> ordered = SrvSource::ordered(answer.records);
        QCOMPARE(ordered.size(), 3);
        QCOMPARE(ordered[0].target, u"imap-a.example.test"_s);
        QCOMPARE(ordered[1].target, u"imap-b.example.test"_s);
        QCOMPARE(ordered[2].target, u"imap-backup.elsewhere.test"_s);
        QCOMPARE(ordered[2].port, 10993);
    }

    // A probe with no overrides at all: the name goes through the system resolver to dnsmasq (an A record),
    // then to the scripted server listening on that address inside the namespace.
    void probeResolvesThroughRealDns()
    {
        ProbeHarness harness;
        QVERIFY(harness.isValid());
        ScriptedServer server;
        QVERIFY(server.setScript(u"TLS\nS: * OK [CAPABILITY IMAP4rev1] ready\nC: a1 LOGOUT"_s));
        server.setCertificate(harness.goodCertificate());
        QVERIFY(server.start());
        ProbeOptions options = harness.options();
        options.overrides = {};
        const ProbeResult result = ProbeHarness::run(
            { Protocol::Imap, u"mail.example.test"_s, server.serverPort(), Security::ImplicitTls }, options);
        QVERIFY2(result.outcome == ProbeOutcome::Ok, qPrintable(outcomeCode(result.outcome) + u": "_s + result.detail + m_dns->log()));
        QCOMPARE(result.connectedAddress, u"127.0.0.1"_s);
        QVERIFY(result.timings.dns >= 0);
        QVERIFY2(m_dns->log().contains(u"mail.example.test"_s), qPrintable(m_dns->log()));
    }

    void realResolverNotFound()
    {
        const DnsAnswer answer = lookup(DnsResolver::Type::Srv, u"_pop3s._tcp.example.test"_s);
        QCOMPARE(answer.status, DnsAnswer::Status::NotFound);
    }

    void srvSource()
    {
        const std::unique_ptr<DnsResolver> owned = makeResolver();
        DnsResolver& resolver = *owned;
        SrvSource source(EmailAddress::parse(u"alice@example.test"), resolver, 10'000);
        const SourceRun run = SourceRun::of(source);
        QCOMPARE(run.state, DiscoverySource::State::Found);
        // The six services are asked at once and answer in any order; within one, the order is the records'.
        const QStringList endpoints = run.endpoints();
        QCOMPARE(endpoints.filter(u"imap://"_s),
            (QStringList { u"imap://imap-a.example.test:993 (tls)"_s,
                u"imap://imap-b.example.test:993 (tls)"_s,
                u"imap://imap-backup.elsewhere.test:10993 (tls)"_s }));
        QCOMPARE(
            endpoints.filter(u"smtp://"_s), QStringList { u"smtp://smtp.example.test:587 (starttls)"_s });
        QCOMPARE(endpoints.size(), 4);
        for (const Candidate& candidate : run.candidates)
            QCOMPARE(candidate.trusted, !candidate.endpoint.host.endsWith(u"elsewhere.test"_s));
        const Candidate& outside
            = run.candidates[endpoints.indexOf(u"imap://imap-backup.elsewhere.test:10993 (tls)"_s)];
        QVERIFY2(
            outside.trustReason.contains(u"outside the e-mail domain"_s), qPrintable(outside.trustReason));
        QVERIFY2(
            run.reason.contains(u"_pop3._tcp.example.test: the domain says this service is not offered"_s),
            qPrintable(run.reason));
    }

    void mxToBundledProvider()
    {
        const std::unique_ptr<DnsResolver> owned = makeResolver();
        DnsResolver& resolver = *owned;
        const DiscoveryOptions options = m_web->options();
        MxSource source(EmailAddress::parse(u"carol@m365.test"), resolver, options);
        const SourceRun run = SourceRun::of(source);
        QCOMPARE(run.state, DiscoverySource::State::Found);
        QVERIFY(!run.candidates.isEmpty());
        QCOMPARE(run.candidates.first().endpoint.host, u"outlook.office365.com"_s);
        QCOMPARE(run.candidates.first().source, CandidateSource::MxDerived);
        QVERIFY(!run.candidates.first().trusted);
        QVERIFY(run.candidates.first().trustReason.contains(u"MX record"_s));
        QVERIFY(m_web->https.requests().isEmpty());
    }

    void mxToProviderThroughIspdb()
    {
        const std::unique_ptr<DnsResolver> owned = makeResolver();
        DnsResolver& resolver = *owned;
        const DiscoveryOptions options = m_web->options();
        MxSource source(EmailAddress::parse(u"dave@custom.test"), resolver, options);
        const SourceRun run = SourceRun::of(source);
        QCOMPARE(run.state, DiscoverySource::State::Found);
        QCOMPARE(run.endpoints(),
            (QStringList {
                u"imap://imap.hosting.test:993 (tls)"_s, u"smtp://smtp.hosting.test:587 (starttls)"_s }));
        QCOMPARE(run.candidates.first().source, CandidateSource::MxDerived);
        QCOMPARE(run.candidates.first().usernameTemplate, u"dave@custom.test"_s);
        QVERIFY(!run.candidates.first().trusted);
        // The best MX (preference 5) names the provider; its autoconfig host and ISPDB entry were asked.
        QVERIFY(m_web->https.requestedUrls().contains(u"ispdb.test/v1.1/hosting.test"_s));
    }

    void mxWithinTheDomainAddsNothing()
    {
        const std::unique_ptr<DnsResolver> owned = makeResolver();
        DnsResolver& resolver = *owned;
        MxSource source(EmailAddress::parse(u"alice@example.test"), resolver, m_web->options());
        const SourceRun run = SourceRun::of(source);
        QCOMPARE(run.state, DiscoverySource::State::Nothing);
        QVERIFY(run.reason.contains(u"mx.example.test"_s));
    }

    void wholeDiscoveryThroughDnsServerOption()
    {
        DiscoveryOptions options = m_web->options();
        options.dnsServer = DnsNamespace::address();
        options.noGuess = true;
        Discovery discovery(EmailAddress::parse(u"dave@custom.test"), options);
        QSignalSpy finished(&discovery, &Discovery::finished);
        discovery.start();
        QVERIFY(finished.wait(20'000));
        QList<CandidateSource> sources;
        for (const Candidate& candidate : discovery.candidates())
            sources.append(candidate.source);
        QVERIFY(sources.contains(CandidateSource::MxDerived));
    }

    void cliDnsServerOption()
    {
        QProcess process;
        QSignalSpy done(&process, &QProcess::finished);
        process.start(cliPath(),
            { u"discover"_s, u"dave@custom.test"_s, u"--list-candidates"_s, u"--json"_s, u"--no-guess"_s,
                u"--dns-server"_s, DnsNamespace::address().toString(), u"--ispdb-url"_s,
                u"https://ispdb.test/v1.1/"_s, u"--connect-to"_s,
                u":443:127.0.0.1:%1"_s.arg(m_web->https.serverPort()), u"--connect-to"_s,
                u":80:127.0.0.1:%1"_s.arg(m_web->http.serverPort()), u"--ca-file"_s, m_web->pki().caPath(),
                u"--timeout"_s, u"5"_s });
        QVERIFY(done.wait(30'000));
        QCOMPARE(process.exitCode(), 0);
        const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QStringList mxHosts;
        for (const QJsonValue& value : json[u"candidates"_s].toArray()) {
            if (value[u"source"_s] == u"mx"_s)
                mxHosts.append(value[u"endpoint"_s][u"host"_s].toString());
        }
        QCOMPARE(mxHosts, (QStringList { u"imap.hosting.test"_s, u"smtp.hosting.test"_s }));
    }
};

QTEST_GUILESS_MAIN(TestDnsSources)
#include "TestDnsSources.moc"
