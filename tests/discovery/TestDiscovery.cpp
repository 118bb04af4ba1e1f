// SPDX-License-Identifier: GPL-3.0-or-later
// The orchestrator: every source at once, candidates streamed and deduplicated, a dead source holding back
// nobody, cancel() stopping everything, --offline sending nothing. Web servers are local; DNS is scripted
// (the real resolver is proved in TestDnsSources).
#include "DiscoveryFixtures.h"
#include "ScriptedDnsResolver.h"
#include "discovery/Discovery.h"
#include "discovery/GuessSource.h"
#include "discovery/UserSource.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace mailscout;
using namespace mailscout::test;
using namespace Qt::StringLiterals;

class TestDiscovery : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<DiscoveryFixtures> m_web;

    struct Outcome {
        QList<Candidate> candidates;
        QHash<QString, int> states;
        QStringList started;
        bool finished = false;
    };

    static Outcome run(Discovery& discovery, int timeoutMs = 20'000)
    {
        Outcome outcome;
        QObject::connect(&discovery, &Discovery::candidateFound, &discovery,
            [&outcome](const Candidate& candidate) { outcome.candidates.append(candidate); });
        QObject::connect(&discovery, &Discovery::sourceStarted, &discovery,
            [&outcome](const QString& id) { outcome.started.append(id); });
        QObject::connect(&discovery, &Discovery::sourceFinished, &discovery,
            [&outcome](const QString& id, int state, const QString&) { outcome.states.insert(id, state); });
        QSignalSpy finished(&discovery, &Discovery::finished);
        discovery.start();
        outcome.finished = finished.wait(timeoutMs);
        return outcome;
    }

private Q_SLOTS:
    void init()
    {
        m_web = std::make_unique<DiscoveryFixtures>();
        QVERIFY(m_web->isValid());
    }

    void guessesCoverTheStandardPorts()
    {
        const QList<Candidate> guesses = GuessSource::candidates(u"example.test"_s);
        QCOMPARE(guesses.size(), 2 + 2 + 2 + 7 + 3 + 7);
        QStringList endpoints;
        for (const Candidate& candidate : guesses) {
            endpoints.append(candidate.endpoint.toString());
            QVERIFY(candidate.trusted);
            QCOMPARE(candidate.source, CandidateSource::Guess);
        }
        for (const QString& expected :
            { u"imap://imap.example.test:993 (tls)"_s, u"imap://imap.example.test:143 (starttls)"_s,
                u"pop3://pop3.example.test:995 (tls)"_s, u"pop3://pop.example.test:110 (starttls)"_s,
                u"smtp://smtp.example.test:465 (tls)"_s, u"smtp://smtp.example.test:587 (starttls)"_s,
                u"smtp://mail.example.test:25 (starttls)"_s, u"imap://example.test:993 (tls)"_s })
            QVERIFY2(endpoints.contains(expected), qPrintable(expected));
    }

    void userHostAndPort_data()
    {
        QTest::addColumn<quint16>("port");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("standard port") << quint16(465) << QStringList { u"smtp://my.host:465 (tls)"_s };
        QTest::addRow("non-standard port")
            << quint16(2525)
            << QStringList { u"imap://my.host:2525 (tls)"_s, u"imap://my.host:2525 (starttls)"_s,
                   u"pop3://my.host:2525 (tls)"_s, u"pop3://my.host:2525 (starttls)"_s,
                   u"smtp://my.host:2525 (tls)"_s, u"smtp://my.host:2525 (starttls)"_s };
    }
    void userHostAndPort()
    {
        QFETCH(quint16, port);
        QStringList endpoints;
        for (const Candidate& candidate : UserSource::candidates(u"my.host"_s, port))
            endpoints.append(candidate.endpoint.toString());
        QTEST(endpoints, "expected");
        QCOMPARE(UserSource::candidates(u"my.host"_s, 0).size(), 7);
    }

    void offlineSendsNothing()
    {
        DiscoveryOptions options = m_web->options();
        options.offline = true;
        options.userHost = u"mail.example.test"_s;
        options.userPort = 993;
        auto resolver = std::make_unique<ScriptedDnsResolver>();
        const ScriptedDnsResolver* dns = resolver.get();
        Discovery discovery(EmailAddress::parse(u"someone@gmail.com"), options);
        discovery.setDnsResolver(std::move(resolver));
        const Outcome outcome = run(discovery);
        QVERIFY(outcome.finished);
        QCOMPARE(outcome.started, (QStringList { u"bundled"_s, u"user"_s }));
        QVERIFY(dns->asked().isEmpty());
        QVERIFY(m_web->https.requests().isEmpty());
        QVERIFY(m_web->http.requests().isEmpty());
        QVERIFY(!outcome.candidates.isEmpty());
        QCOMPARE(outcome.candidates.first().source, CandidateSource::ProviderDatabase);
        QCOMPARE(outcome.candidates.last().endpoint.toString(), u"imap://mail.example.test:993 (tls)"_s);
    }

    // "Diagnose a server": the host's seven standard ports, plus every custom port on each protocol.
    void diagnosedHostGetsItsStandardAndCustomPorts()
    {
        DiscoveryOptions options = m_web->options();
        options.extraPorts = { 2525, 10993 };
        Discovery discovery(EmailAddress::parseHost(u"mail.example.test"), options);
        discovery.setDnsResolver(std::make_unique<ScriptedDnsResolver>());
        const Outcome outcome = run(discovery);
        QVERIFY(outcome.finished);
        QCOMPARE(outcome.started, QStringList { u"user"_s });
        QStringList endpoints;
        for (const Candidate& candidate : outcome.candidates)
            endpoints.append(candidate.endpoint.toString());
        const qsizetype perCustomPort = UserSource::candidates(u"mail.example.test"_s, 2525).size();
        QCOMPARE(endpoints.size(), 7 + 2 * perCustomPort);
        for (const QString& expected : { u"imap://mail.example.test:993 (tls)"_s, u"smtp://mail.example.test:25 (starttls)"_s,
                                         u"smtp://mail.example.test:2525 (starttls)"_s, u"imap://mail.example.test:10993 (tls)"_s,
                                         u"pop3://mail.example.test:10993 (starttls)"_s })
            QVERIFY2(endpoints.contains(expected), qPrintable(expected + u'\n' + endpoints.join(u'\n')));
    }

    void deadSourcesDelayNobody()
    {
        // DNS never answers and the autoconfig host hangs; the ISPDB answers at once.
        m_web->https.route(u"/v1.1/example.test"_s,
            TestHttpServer::xml(DiscoveryFixtures::clientConfig(u"example.test"_s)), u"ispdb.test"_s);
        TestHttpServer::Response never;
        never.never = true;
        m_web->https.route(u"/mail/config-v1.1.xml"_s, never, u"autoconfig.example.test"_s);
        DiscoveryOptions options = m_web->options();
        options.sourceTimeoutMs = 3000;
        auto resolver = std::make_unique<ScriptedDnsResolver>();
        resolver->setDefaultDelay(ScriptedDnsResolver::kNever);
        Discovery discovery(EmailAddress::parse(u"alice@example.test"), options);
        discovery.setDnsResolver(std::move(resolver));

        QElapsedTimer clock;
        clock.start();
        qint64 firstIspdbMs = -1;
        qint64 firstGuessMs = -1;
        connect(&discovery, &Discovery::candidateFound, this, [&](const Candidate& candidate) {
            if (candidate.source == CandidateSource::Ispdb && firstIspdbMs < 0)
                firstIspdbMs = clock.elapsed();
            if (candidate.source == CandidateSource::Guess && firstGuessMs < 0)
                firstGuessMs = clock.elapsed();
        });
        const Outcome outcome = run(discovery);
        QVERIFY(outcome.finished);
        QVERIFY2(firstIspdbMs >= 0 && firstIspdbMs < 1500, qPrintable(QString::number(firstIspdbMs)));
        QVERIFY2(firstGuessMs >= 0 && firstGuessMs < 1500, qPrintable(QString::number(firstGuessMs)));
        QCOMPARE(outcome.states.value(u"mx"_s), int(DiscoverySource::State::Failed));
        QCOMPARE(outcome.states.value(u"srv"_s), int(DiscoverySource::State::Failed));
        // Each dead source gave up on its own clock, not after the others.
        QVERIFY(clock.elapsed() < 3000 + 2000);
    }

    void identicalCandidatesOfOneSourceComeOnce()
    {
        // Both HTTP autoconfig URLs answer with the same document: one set of candidates.
        m_web->http.route(u"/mail/config-v1.1.xml"_s,
            TestHttpServer::xml(DiscoveryFixtures::clientConfig(u"example.test"_s)));
        m_web->http.route(u"/.well-known/autoconfig/mail/config-v1.1.xml"_s,
            TestHttpServer::xml(DiscoveryFixtures::clientConfig(u"example.test"_s)));
        DiscoveryOptions options = m_web->options();
        options.noGuess = true;
        Discovery discovery(EmailAddress::parse(u"alice@example.test"), options);
        discovery.setDnsResolver(std::make_unique<ScriptedDnsResolver>());
        const Outcome outcome = run(discovery);
        QVERIFY(outcome.finished);
        QCOMPARE(outcome.candidates.size(), 2);
        QCOMPARE(m_web->http.requests().size(), 2);
    }

    void cancelStopsEverything()
    {
        TestHttpServer::Response never;
        never.never = true;
        m_web->https.route(u"/mail/config-v1.1.xml"_s, never);
        m_web->https.route(u"/autodiscover/autodiscover.xml"_s, never);
        auto resolver = std::make_unique<ScriptedDnsResolver>();
        resolver->setDefaultDelay(ScriptedDnsResolver::kNever);
        Discovery discovery(EmailAddress::parse(u"alice@example.test"), m_web->options());
        discovery.setDnsResolver(std::move(resolver));
        QSignalSpy candidates(&discovery, &Discovery::candidateFound);
        QSignalSpy sourceFinished(&discovery, &Discovery::sourceFinished);
        QSignalSpy finished(&discovery, &Discovery::finished);
        discovery.start();
        QTRY_VERIFY(m_web->https.requests().size() >= 2);
        discovery.cancel();
        QVERIFY(!discovery.isRunning());
        const qsizetype candidatesAtCancel = candidates.size();
        const qsizetype finishedAtCancel = sourceFinished.size();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(discovery.findChildren<DiscoverySource*>().isEmpty());
        QVERIFY(discovery.findChildren<QNetworkReply*>().isEmpty());
        QVERIFY(discovery.findChildren<QTimer*>().isEmpty());
        QTest::qWait(500);
        QCOMPARE(candidates.size(), candidatesAtCancel);
        QCOMPARE(sourceFinished.size(), finishedAtCancel);
        QCOMPARE(finished.size(), 0);
    }

    void invalidInputFinishesAtOnce()
    {
        Discovery discovery(EmailAddress::parse(u"no at sign"), m_web->options());
        const Outcome outcome = run(discovery, 2000);
        QVERIFY(outcome.finished);
        QVERIFY(outcome.candidates.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDiscovery)
#include "TestDiscovery.moc"
