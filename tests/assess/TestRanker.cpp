// SPDX-License-Identifier: GPL-3.0-or-later
// One row per ranking rule of DESIGN.md: which of two endpoints wins, and that the winner says why.
#include "ResultBuilder.h"
#include "assess/Ranker.h"

#include <QTest>

using namespace mailscout;
using namespace mailscout::test;
using namespace Qt::StringLiterals;

namespace {

const QString kOther = u"other.example.test"_s;

QList<Candidate> trusted(const Endpoint& e)
{
    return { trustedCandidate(e) };
}

const ScoreTerm* findTerm(const EndpointScore& score, QStringView code)
{
    for (const ScoreTerm& term : score.terms) {
        if (term.code == code)
            return &term;
    }
    return nullptr;
}

} // namespace

class TestRanker : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<ProbeResult>("winner");
        QTest::addColumn<QList<Candidate>>("winnerSources");
        QTest::addColumn<ProbeResult>("loser");
        QTest::addColumn<QList<Candidate>>("loserSources");
        QTest::addColumn<bool>("preferPop3");
        QTest::addColumn<QString>("term"); // what the winner earns and the loser does not
        QTest::addColumn<bool>("loserUsable");

        const Endpoint i993 = imap(993);
        const Endpoint i993b = imap(993, kOther);
        const Endpoint i143 = imap(143);
        const Endpoint p995 = pop3(995);
        const Endpoint s465 = smtp(465);
        const Endpoint s587 = smtp(587);
        const Endpoint s25 = smtp(25);

        QTest::addRow("verified login > capabilities seen")
            << ResultBuilder(i993).outcome(ProbeOutcome::AuthOk).build() << trusted(i993) << working(i993b)
            << trusted(i993b) << false << u"login-verified"_s << true;
        QTest::addRow("verified login over STARTTLS > implicit TLS without")
            << ResultBuilder(i143).outcome(ProbeOutcome::AuthOk).build() << trusted(i143) << working(i993)
            << trusted(i993) << false << u"login-verified"_s << true;
        QTest::addRow("implicit TLS > STARTTLS") << working(i993) << trusted(i993) << working(i143)
                                                 << trusted(i143) << false << u"implicit-tls"_s << true;
        QTest::addRow("STARTTLS > plaintext") << working(i143) << trusted(i143) << working(plain(i143))
                                              << trusted(plain(i143)) << false << u"starttls"_s << false;
        QTest::addRow("no STARTTLS offered: never usable")
            << working(i143) << trusted(i143) << failing(i143, ProbeOutcome::StartTlsUnavailable)
            << trusted(i143) << false << u"capabilities-seen"_s << false;
        QTest::addRow("trusted certificate > certificate accepted by the user")
            << working(i993) << trusted(i993)
            << ResultBuilder(i993b).acceptedByUser({ u"self-signed"_s }).build() << trusted(i993b) << false
            << u"trusted-certificate"_s << true;
        QTest::addRow("trusted certificate over STARTTLS > accepted certificate with implicit TLS")
            << working(i143) << trusted(i143)
            << ResultBuilder(i993b).acceptedByUser({ u"self-signed"_s }).build() << trusted(i993b) << false
            << u"trusted-certificate"_s << true;
        QTest::addRow("certificate failure: never usable")
            << working(i993) << trusted(i993)
            << ResultBuilder(i993b)
                   .certificateErrors(ProbeOutcome::CertificateUntrusted, { u"unknown-issuer"_s })
                   .build()
            << trusted(i993b) << false << u"trusted-certificate"_s << false;
        QTest::addRow("TLS 1.3 > TLS 1.2")
            << working(i993) << trusted(i993) << ResultBuilder(i993b).tlsVersion(u"TLSv1.2"_s).build()
            << trusted(i993b) << false << u"tls-1.3"_s << true;
        QTest::addRow("TLS 1.2 > TLS 1.1 (insecure, never usable)")
            << ResultBuilder(i993).tlsVersion(u"TLSv1.2"_s).build() << trusted(i993)
            << ResultBuilder(i993b).tlsVersion(u"TLSv1.1"_s, true).build() << trusted(i993b) << false
            << u"tls-1.2"_s << false;
        QTest::addRow("IMAP > POP3") << working(i993) << trusted(i993) << working(p995) << trusted(p995)
                                     << false << u"imap"_s << true;
        QTest::addRow("IMAP with STARTTLS > POP3 with implicit TLS")
            << working(i143) << trusted(i143) << working(p995) << trusted(p995) << false << u"imap"_s << true;
        QTest::addRow("POP3 > IMAP when the user prefers POP3")
            << working(p995) << trusted(p995) << working(i993) << trusted(i993) << true << u"pop3-preferred"_s
            << true;
        QTest::addRow("submission 587 > relay port 25")
            << working(s587) << trusted(s587) << working(s25) << trusted(s25) << false << u"submission-port"_s
            << true;
        QTest::addRow("submission 465 > 587") << working(s465) << trusted(s465) << working(s587)
                                              << trusted(s587) << false << u"implicit-tls"_s << true;
        QTest::addRow("trusted source > untrusted source")
            << working(i993) << trusted(i993) << working(i993b)
            << QList<Candidate> { candidate(i993b, CandidateSource::AutoconfigHttp, false) } << false
            << u"trusted-source"_s << true;
        QTest::addRow("untrusted source > guess")
            << working(i993) << QList<Candidate> { candidate(i993, CandidateSource::Srv, false) }
            << working(i993b) << QList<Candidate> { guessCandidate(i993b) } << false << u"untrusted-source"_s
            << true;
        QTest::addRow("the most credible of several sources counts")
            << working(i993) << QList<Candidate> { guessCandidate(i993), trustedCandidate(i993) }
            << working(i993b)
            << QList<Candidate> { guessCandidate(i993b), candidate(i993b, CandidateSource::Srv, false) }
            << false << u"trusted-source"_s << true;
        QTest::addRow("fewer round trips") << working(i993) << trusted(i993) << working(i143) << trusted(i143)
                                           << false << u"round-trips"_s << true;
        QTest::addRow("a working server > a refused port")
            << working(i993) << trusted(i993) << failing(i993b, ProbeOutcome::Refused) << trusted(i993b)
            << false << u"capabilities-seen"_s << false;
    }

    void rules()
    {
        QFETCH(ProbeResult, winner);
        QFETCH(QList<Candidate>, winnerSources);
        QFETCH(ProbeResult, loser);
        QFETCH(QList<Candidate>, loserSources);
        QFETCH(bool, preferPop3);
        QFETCH(QString, term);
        QFETCH(bool, loserUsable);

        const Ranker ranker(RankingPreferences { preferPop3, false });
        const EndpointScore won = ranker.score(winner, winnerSources);
        const EndpointScore lost = ranker.score(loser, loserSources);

        QVERIFY2(won.usable(), qPrintable(won.blockers.join(u"; "_s)));
        QCOMPARE(lost.usable(), loserUsable);
        if (loserUsable)
            QVERIFY2(
                won.total() > lost.total(), qPrintable(u"%1 <= %2"_s.arg(won.total()).arg(lost.total())));
        else
            QVERIFY(!lost.blockers.isEmpty());

        const ScoreTerm* earned = findTerm(won, term);
        QVERIFY2(earned, qPrintable(term));
        QVERIFY(earned->points > 0);
        QVERIFY(!earned->reason.isEmpty());
        QVERIFY(won.reasons().contains(earned->reason));
        const ScoreTerm* other = findTerm(lost, term);
        QVERIFY2(!other || other->points < earned->points, qPrintable(term));
    }

    // Each step within a tier must outweigh the whole spread of the tiers below it, or a tie-breaker could
    // overturn a security rule. Only the steps between usable levels count: plaintext and TLS 1.0/1.1 are
    // never ranked at all.
    void tiersDominate()
    {
        const int roundTrips = 5 - 2; // implicit TLS 1.3 down to STARTTLS 1.2 (see roundTripsBreakTies)
        const int source = Ranker::kTrustedSource + roundTrips;
        const int version = (Ranker::kTls13 - Ranker::kTls12) + source;
        const int transport = (Ranker::kImplicitTls - Ranker::kStartTls) + version;
        const int protocol = Ranker::kPreferredProtocol + transport;
        const int certificate = Ranker::kTrustedCertificate + protocol;
        QVERIFY(Ranker::kTrustedSource - Ranker::kUntrustedSource > roundTrips);
        QVERIFY(Ranker::kUntrustedSource > roundTrips);
        QVERIFY(Ranker::kTls13 - Ranker::kTls12 > source);
        QVERIFY(Ranker::kImplicitTls - Ranker::kStartTls > version);
        QVERIFY(Ranker::kPreferredProtocol > transport);
        QVERIFY(Ranker::kTrustedCertificate > protocol);
        QVERIFY(Ranker::kLoginVerified - Ranker::kCapabilitiesSeen > certificate);
    }

    void roundTripsBreakTies_data()
    {
        QTest::addColumn<ProbeResult>("result");
        QTest::addColumn<int>("points");
        QTest::addRow("implicit TLS 1.3") << working(imap(993)) << 5;
        QTest::addRow("implicit TLS 1.2") << ResultBuilder(imap(993)).tlsVersion(u"TLSv1.2"_s).build() << 4;
        QTest::addRow("STARTTLS 1.3") << working(imap(143)) << 3;
        QTest::addRow("STARTTLS 1.2") << ResultBuilder(imap(143)).tlsVersion(u"TLSv1.2"_s).build() << 2;
    }

    void roundTripsBreakTies()
    {
        QFETCH(ProbeResult, result);
        QFETCH(int, points);
        const EndpointScore score = Ranker(RankingPreferences {}).score(result, trusted(result.endpoint));
        const ScoreTerm* term = findTerm(score, u"round-trips");
        QVERIFY(term);
        QCOMPARE(term->points, points);
        QVERIFY(term->reason.contains(QString::number(Ranker::kRoundTripBudget - points)));
    }

    void warnings_data()
    {
        QTest::addColumn<ProbeResult>("result");
        QTest::addColumn<QList<Candidate>>("sources");
        QTest::addColumn<bool>("usable");
        QTest::addColumn<QString>("mentions");

        QTest::addRow("port 25") << working(smtp(25)) << trusted(smtp(25)) << true << u"Port 25"_s;
        QTest::addRow("guess") << working(imap()) << QList<Candidate> { guessCandidate(imap()) } << true
                               << u"guess"_s;
        QTest::addRow("no source at all") << working(imap()) << QList<Candidate> {} << true << u"guess"_s;
        QTest::addRow("accepted certificate")
            << ResultBuilder(imap()).acceptedByUser({ u"self-signed"_s }).build() << trusted(imap()) << true
            << u"self-signed"_s;
        // A refused password says nothing about the server: it stays usable, with the hint.
        QTest::addRow("login refused") << ResultBuilder(imap()).outcome(ProbeOutcome::AuthFailed).build()
                                       << trusted(imap()) << true << u"password"_s;
    }

    void warnings()
    {
        QFETCH(ProbeResult, result);
        QFETCH(QList<Candidate>, sources);
        QFETCH(bool, usable);
        QFETCH(QString, mentions);
        const EndpointScore score = Ranker(RankingPreferences {}).score(result, sources);
        QCOMPARE(score.usable(), usable);
        QVERIFY2(score.warnings.join(u' ').contains(mentions), qPrintable(score.warnings.join(u" | "_s)));
    }

    void blockersSayWhy_data()
    {
        QTest::addColumn<ProbeResult>("result");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("plaintext") << working(plain(imap(143))) << u"readable"_s;
        QTest::addRow("TLS 1.0") << ResultBuilder(imap()).tlsVersion(u"TLSv1.0"_s, true).build()
                                 << u"TLSv1.0"_s;
        QTest::addRow("timeout") << failing(imap(), ProbeOutcome::Timeout)
                                 << outcomeDescription(ProbeOutcome::Timeout);
        QTest::addRow("expired certificate")
            << ResultBuilder(imap())
                   .certificateErrors(ProbeOutcome::CertificateExpired, { u"expired"_s })
                   .build()
            << outcomeDescription(ProbeOutcome::CertificateExpired);
    }

    void blockersSayWhy()
    {
        QFETCH(ProbeResult, result);
        QFETCH(QString, mentions);
        const EndpointScore score = Ranker(RankingPreferences {}).score(result, trusted(result.endpoint));
        QVERIFY(!score.usable());
        QVERIFY(!result.isSecure());
        QVERIFY2(score.blockers.join(u' ').contains(mentions), qPrintable(score.blockers.join(u" | "_s)));
    }

    // The early answer compares a confirmed score with what a running probe could still reach.
    void bestPossible_data()
    {
        QTest::addColumn<ProbeResult>("confirmed");
        QTest::addColumn<Endpoint>("running");
        QTest::addColumn<bool>("loginExpected");
        QTest::addColumn<bool>("couldOutrank");

        QTest::addRow("993 confirmed, 143 running") << working(imap(993)) << imap(143) << false << false;
        QTest::addRow("143 confirmed, 993 running") << working(imap(143)) << imap(993) << false << true;
        QTest::addRow("993 with TLS 1.2 confirmed, 993 elsewhere running")
            << ResultBuilder(imap(993)).tlsVersion(u"TLSv1.2"_s).build() << imap(993, kOther) << false
            << true;
        QTest::addRow("993 confirmed, POP3 995 running") << working(imap(993)) << pop3(995) << false << false;
        QTest::addRow("465 confirmed, 587 running") << working(smtp(465)) << smtp(587) << false << false;
        QTest::addRow("465 confirmed, 25 running") << working(smtp(465)) << smtp(25) << false << false;
        QTest::addRow("993 without login, 143 may still log in")
            << working(imap(993)) << imap(143) << true << true;
        QTest::addRow("993 with login, 143 running")
            << ResultBuilder(imap(993)).outcome(ProbeOutcome::AuthOk).build() << imap(143) << true << false;
    }

    void bestPossible()
    {
        QFETCH(ProbeResult, confirmed);
        QFETCH(Endpoint, running);
        QFETCH(bool, loginExpected);
        QFETCH(bool, couldOutrank);
        const Ranker ranker(RankingPreferences { false, loginExpected });
        const EndpointScore score = ranker.score(confirmed, trusted(confirmed.endpoint));
        const EndpointScore bound = ranker.bestPossibleScore(running, trusted(running));
        QVERIFY(bound.usable());
        QCOMPARE(bound.total() > score.total(), couldOutrank);
    }

    // The bound is reachable: a perfect result scores exactly that, and nothing scores more.
    void bestPossibleIsTight_data()
    {
        QTest::addColumn<Endpoint>("endpoint");
        QTest::addRow("imap 993") << imap(993);
        QTest::addRow("imap 143") << imap(143);
        QTest::addRow("pop3 995") << pop3(995);
        QTest::addRow("smtp 587") << smtp(587);
        QTest::addRow("smtp 25") << smtp(25);
    }

    void bestPossibleIsTight()
    {
        QFETCH(Endpoint, endpoint);
        const Ranker ranker(RankingPreferences {});
        const QList<Candidate> sources = trusted(endpoint);
        QCOMPARE(ranker.bestPossibleScore(endpoint, sources).total(),
            ranker.score(working(endpoint), sources).total());
        const Ranker withLogin(RankingPreferences { false, true });
        QCOMPARE(withLogin.bestPossibleScore(endpoint, sources).total(),
            withLogin.score(ResultBuilder(endpoint).outcome(ProbeOutcome::AuthOk).build(), sources).total());
    }

    void plaintextCanNeverWin()
    {
        const Endpoint plain143 = plain(imap(143));
        const EndpointScore bound
            = Ranker(RankingPreferences {}).bestPossibleScore(plain143, trusted(plain143));
        QVERIFY(!bound.usable());
        QVERIFY(!bound.blockers.first().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRanker)
#include "TestRanker.moc"
