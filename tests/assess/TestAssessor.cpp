// SPDX-License-Identifier: GPL-3.0-or-later
// The assessor over synthetic runs: configurations, username forms, OAuth2, the early answer, and every
// diagnosis code triggered by a scenario and left alone by a clean run.
#include "ResultBuilder.h"
#include "assess/Assessor.h"

#include <QTest>

using namespace mailscout;
using namespace mailscout::test;
using namespace Qt::StringLiterals;

namespace {

const QString kAddress = u"jane.doe@example.test"_s;
const QString kOther = u"other.example.test"_s;

AssessOptions options(bool preferPop3 = false, bool loginRequested = false)
{
    AssessOptions o;
    o.emailAddress = kAddress;
    o.preferPop3 = preferPop3;
    o.loginRequested = loginRequested;
    return o;
}

// Every endpoint named by the bundled provider data, unless a test says otherwise.
QList<Candidate> trustedFor(const QList<ProbeResult>& results, const QList<Endpoint>& running = {})
{
    QList<Candidate> candidates;
    for (const ProbeResult& result : results)
        candidates.append(trustedCandidate(result.endpoint));
    for (const Endpoint& endpoint : running)
        candidates.append(trustedCandidate(endpoint));
    return candidates;
}

// IMAP 993 and SMTP 465, both fine: the run every other scenario spoils in one way.
QList<ProbeResult> cleanRun()
{
    return { working(imap(993)), working(smtp(465)) };
}

QStringList codes(const Assessment& assessment)
{
    QStringList result;
    for (const Diagnosis& diagnosis : assessment.diagnosis)
        result.append(diagnosis.code);
    return result;
}

const Diagnosis* findDiagnosis(const Assessment& assessment, QStringView code)
{
    for (const Diagnosis& diagnosis : assessment.diagnosis) {
        if (diagnosis.code == code)
            return &diagnosis;
    }
    return nullptr;
}

} // namespace

class TestAssessor : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pairsTheBestIncomingWithTheBestOutgoing()
    {
        const QList<ProbeResult> results { working(imap(143)), working(pop3(995)), working(imap(993)),
            working(smtp(587)), working(smtp(465)), failing(smtp(25), ProbeOutcome::Timeout),
            working(plain(imap(143, kOther))) };
        const Assessment a = Assessor::assess(trustedFor(results), results, {}, options());

        QCOMPARE(a.configurations.size(), Assessor::kIncomingChoices * Assessor::kOutgoingChoices);
        const AccountConfig& best = a.configurations.first();
        QCOMPARE(best.incoming.endpoint, imap(993));
        QCOMPARE(best.outgoing.endpoint, smtp(465));
        QCOMPARE(a.configurations.at(1).outgoing.endpoint, smtp(587));
        for (qsizetype i = 1; i < a.configurations.size(); ++i)
            QVERIFY(a.configurations.at(i - 1).score >= a.configurations.at(i).score);
        for (const AccountConfig& config : a.configurations) {
            QVERIFY(config.incoming.endpoint.security != Security::Plain);
            QVERIFY(config.outgoing.endpoint.port != 25);
        }
        QCOMPARE(best.score, a.scores.at(0).total() + a.scores.at(1).total());
        QVERIFY(best.reasons.first().startsWith(u"mail.example.test:993: "_s));
        QVERIFY(best.reasons.filter(u"mail.example.test:465"_s).size() > 2);
        QCOMPARE(a.scores.size(), results.size());
        QVERIFY(!a.scores.last().usable());
        QVERIFY(a.settled);
    }

    void preferPop3()
    {
        const QList<ProbeResult> results { working(imap(993)), working(pop3(995)), working(smtp(465)) };
        const Assessment a = Assessor::assess(trustedFor(results), results, {}, options(true));
        QCOMPARE(a.configurations.first().incoming.endpoint, pop3(995));
        QCOMPARE(a.configurations.at(1).incoming.endpoint, imap(993));
    }

    void noConfigurationWithoutASecureOutgoingServer()
    {
        const QList<ProbeResult> results { working(imap(993)), failing(smtp(465), ProbeOutcome::Timeout) };
        const Assessment a = Assessor::assess(trustedFor(results), results, {}, options());
        QVERIFY(a.configurations.isEmpty());
        QVERIFY(findDiagnosis(a, u"no-secure-configuration"));
        QVERIFY(findDiagnosis(a, u"no-secure-configuration")->message.contains(u"outgoing"_s));
    }

    void usernameForms_data()
    {
        QTest::addColumn<QString>("usernameTemplate");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("username");
        QTest::addRow("full address") << u"%EMAILADDRESS%"_s << kAddress << kAddress;
        QTest::addRow("local part") << u"%EMAILLOCALPART%"_s << kAddress << u"jane.doe"_s;
        QTest::addRow("local part and domain")
            << u"%EMAILLOCALPART%+mail@%EMAILDOMAIN%"_s << kAddress << u"jane.doe+mail@example.test"_s;
        QTest::addRow("source says nothing: full address") << QString() << kAddress << kAddress;
        QTest::addRow("a fixed name") << u"jdoe"_s << kAddress << u"jdoe"_s;
        QTest::addRow("quoted local part with @")
            << u"%EMAILLOCALPART%"_s << u"\"a@b\"@example.test"_s << u"\"a@b\""_s;
        QTest::addRow("no address: the template itself")
            << u"%EMAILLOCALPART%"_s << QString() << u"%EMAILLOCALPART%"_s;
    }

    void usernameForms()
    {
        QFETCH(QString, usernameTemplate);
        QFETCH(QString, address);
        QFETCH(QString, username);
        QCOMPARE(ServerSetting::usernameFor(usernameTemplate, address), username);

        const QList<ProbeResult> results = cleanRun();
        QList<Candidate> candidates = trustedFor(results);
        for (Candidate& c : candidates)
            c.usernameTemplate = usernameTemplate;
        AssessOptions o = options();
        o.emailAddress = address;
        const Assessment a = Assessor::assess(candidates, results, {}, o);
        QCOMPARE(a.configurations.first().incoming.username, username);
        QCOMPARE(a.configurations.first().outgoing.username, username);
    }

    // The most credible source with a username decides, and a guess never overrides a trusted source.
    void usernameFromTheMostCredibleSource()
    {
        const QList<ProbeResult> results = cleanRun();
        QList<Candidate> candidates { candidate(
                                          imap(993), CandidateSource::Guess, false, u"%EMAILLOCALPART%"_s),
            candidate(imap(993), CandidateSource::Ispdb, true, u"%EMAILADDRESS%"_s),
            trustedCandidate(smtp(465)) };
        const Assessment a = Assessor::assess(candidates, results, {}, options());
        QCOMPARE(a.configurations.first().incoming.username, kAddress);
    }

    void authMethods()
    {
        const QList<ProbeResult> results = cleanRun();
        const QList<Candidate> candidates {
            candidate(imap(993), CandidateSource::Ispdb, true, {},
                { u"password-encrypted"_s, u"password-cleartext"_s }),
            candidate(smtp(465), CandidateSource::Srv, true),
        };
        const Assessment a = Assessor::assess(candidates, results, {}, options());
        QCOMPARE(a.configurations.first().incoming.authMethod, u"password-encrypted"_s);
        QCOMPARE(a.configurations.first().outgoing.authMethod, u"password-cleartext"_s);
        QVERIFY(!a.configurations.first().oauth2Required);
    }

    void oauth2OnlyIsMarked()
    {
        const QList<ProbeResult> results = cleanRun();
        QList<Candidate> candidates = trustedFor(results);
        candidates.first().oauth2Required = true;
        candidates.first().authMethods = { u"OAuth2"_s };
        const Assessment a = Assessor::assess(candidates, results, {}, options());
        const AccountConfig& best = a.configurations.first();
        QVERIFY(best.oauth2Required);
        QCOMPARE(best.incoming.authMethod, u"OAuth2"_s);
        QCOMPARE(best.outgoing.authMethod, u"password-cleartext"_s);
        QVERIFY(!best.reasons.filter(u"OAuth2"_s).isEmpty());
        QVERIFY(findDiagnosis(a, u"oauth2-required"));
    }

    void loginVerified()
    {
        const ProbeResult imapLogin = ResultBuilder(imap(993)).outcome(ProbeOutcome::AuthOk).build();
        const ProbeResult smtpLogin = ResultBuilder(smtp(465)).outcome(ProbeOutcome::AuthOk).build();
        // A second probe of the same endpoint, now with the login, replaces the first result.
        const QList<ProbeResult> both { working(imap(993)), working(smtp(465)), imapLogin, smtpLogin };
        Assessment a = Assessor::assess(trustedFor(cleanRun()), both, {}, options(false, true));
        QCOMPARE(a.scores.size(), 2);
        QVERIFY(a.configurations.first().loginVerified);
        QVERIFY(a.configurations.first().incoming.loginVerified);

        const QList<ProbeResult> incomingOnly { imapLogin, working(smtp(465)) };
        a = Assessor::assess(trustedFor(incomingOnly), incomingOnly, {}, options(false, true));
        QVERIFY(!a.configurations.first().loginVerified);
        QVERIFY(a.configurations.first().incoming.loginVerified);
        QVERIFY(!a.configurations.first().outgoing.loginVerified);
    }

    void settle_data()
    {
        QTest::addColumn<QList<ProbeResult>>("results");
        QTest::addColumn<QList<Endpoint>>("running");
        QTest::addColumn<bool>("loginRequested");
        QTest::addColumn<bool>("settled");

        const ProbeResult i993 = working(imap(993));
        const ProbeResult i143 = working(imap(143));
        const ProbeResult s465 = working(smtp(465));
        const ProbeResult s587 = working(smtp(587));
        using Results = QList<ProbeResult>;
        using Running = QList<Endpoint>;

        QTest::addRow("993 confirmed, 143 running")
            << Results { i993, s465 } << Running { imap(143) } << false << true;
        QTest::addRow("143 confirmed, 993 running")
            << Results { i143, s465 } << Running { imap(993) } << false << false;
        QTest::addRow("465 confirmed, 25 and 587 running")
            << Results { i993, s465 } << Running { smtp(25), smtp(587) } << false << true;
        QTest::addRow("587 confirmed, 465 running")
            << Results { i993, s587 } << Running { smtp(465) } << false << false;
        QTest::addRow("incoming settled, no outgoing yet")
            << Results { i993 } << Running { smtp(587) } << false << false;
        QTest::addRow("nothing confirmed, 993 running")
            << Results {} << Running { imap(993), smtp(465) } << false << false;
        QTest::addRow("nothing running, nothing found") << Results {} << Running {} << false << true;
        QTest::addRow("nothing running, all found") << Results { i993, s465 } << Running {} << false << true;
        QTest::addRow("only plaintext still running")
            << Results { i993, s465 } << Running { plain(imap(143)), plain(smtp(25)) } << false << true;
        QTest::addRow("no incoming, only plaintext running")
            << Results { s465 } << Running { plain(imap(143)) } << false << true;
        QTest::addRow("three filtered ports cannot beat 993 and 465")
            << Results { i993, s465 } << Running { pop3(995), imap(143), smtp(587) } << false << true;
        QTest::addRow("with a login expected, 993 unverified and 143 running")
            << Results { i993, s465 } << Running { imap(143) } << true << false;
        QTest::addRow("with a login expected, 993 verified and 143 running")
            << Results { ResultBuilder(imap(993)).outcome(ProbeOutcome::AuthOk).build(), s465 }
            << Running { imap(143) } << true << true;
    }

    void settle()
    {
        QFETCH(QList<ProbeResult>, results);
        QFETCH(QList<Endpoint>, running);
        QFETCH(bool, loginRequested);
        QFETCH(bool, settled);
        const Assessment a = Assessor::assess(
            trustedFor(results, running), results, running, options(false, loginRequested));
        QCOMPARE(a.settled, settled);
        QVERIFY(!a.settledReason.isEmpty());
    }

    // The early answer looks at where a running endpoint came from: a trusted source may still outrank a
    // confirmed server that only an unverified source named.
    void settleWeighsProvenance()
    {
        const QList<ProbeResult> results = cleanRun();
        QList<Candidate> candidates { candidate(imap(993), CandidateSource::Srv, false),
            trustedCandidate(smtp(465)), trustedCandidate(imap(993, kOther)) };
        Assessment a = Assessor::assess(candidates, results, { imap(993, kOther) }, options());
        QVERIFY(!a.settled);
        QVERIFY(a.settledReason.contains(kOther));

        candidates.last() = guessCandidate(imap(993, kOther));
        a = Assessor::assess(candidates, results, { imap(993, kOther) }, options());
        QVERIFY(a.settled);
    }

    void diagnosis_data()
    {
        QTest::addColumn<QList<Candidate>>("candidates");
        QTest::addColumn<QList<ProbeResult>>("results");
        QTest::addColumn<QList<Endpoint>>("running");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("expected");
        QTest::addColumn<QString>("mentions"); // in the message, when expected
        using Results = QList<ProbeResult>;
        using Candidates = QList<Candidate>;
        const Results clean = cleanRun();
        const QSslCertificate other = otherCertificate();

        auto row = [](const char* name, const Candidates& candidates, const Results& results,
                       const QString& code, bool expected, const QString& mentions,
                       const QList<Endpoint>& running = {}) {
            QTest::addRow("%s", name) << candidates << results << running << code << expected << mentions;
        };
        auto spoiled = [&clean](const Results& extra) { return clean + extra; };

        {
            const Results r = spoiled({ failing(smtp(25), ProbeOutcome::Timeout), working(smtp(587)) });
            row("port 25 filtered, 587 works", trustedFor(r), r, u"port25-blocked"_s, true, u"587"_s);
            const Results noSubmission { working(imap(993)), failing(smtp(25), ProbeOutcome::Timeout),
                failing(smtp(587), ProbeOutcome::Timeout) };
            row("port 25 and 587 filtered", trustedFor(noSubmission), noSubmission, u"port25-blocked"_s,
                false, {});
        }
        {
            const Results r = spoiled({ failing(imap(993, kOther), ProbeOutcome::Timeout),
                failing(imap(143, kOther), ProbeOutcome::Timeout) });
            row("all ports of a host filtered", trustedFor(r), r, u"host-filtered"_s, true, kOther);
            const Results one = spoiled({ failing(imap(993, kOther), ProbeOutcome::Timeout),
                failing(imap(143, kOther), ProbeOutcome::Refused) });
            row("one port of a host refused", trustedFor(one), one, u"host-filtered"_s, false, {});
        }
        {
            const Results r = spoiled({ failing(imap(143), ProbeOutcome::StartTlsUnavailable) });
            row("no STARTTLS on 143", trustedFor(r), r, u"starttls-missing"_s, true, u"143"_s);
        }
        {
            const Results r
                = spoiled({ ResultBuilder(imap(993, kOther))
                                .certificateErrors(ProbeOutcome::CertificateExpired, { u"expired"_s })
                                .build() });
            row("expired certificate", trustedFor(r), r, u"certificate-expired"_s, true, u"2036-11-19"_s);
            const Results accepted
                = { ResultBuilder(imap(993)).acceptedByUser({ u"expired"_s }).build(), working(smtp(465)) };
            row("expired certificate the user accepted", trustedFor(accepted), accepted,
                u"certificate-expired"_s, true, u"mail.example.test"_s);
        }
        {
            const Results r = spoiled(
                { ResultBuilder(imap(993, kOther))
                        .certificateErrors(ProbeOutcome::CertificateNameMismatch, { u"name-mismatch"_s })
                        .build() });
            row("certificate for another name", trustedFor(r), r, u"certificate-name-mismatch"_s, true,
                u"mail.other.test"_s);
        }
        {
            const Results r
                = spoiled({ ResultBuilder(imap(993, kOther))
                                .certificateErrors(ProbeOutcome::CertificateUntrusted, { u"self-signed"_s })
                                .build() });
            row("self-signed certificate", trustedFor(r), r, u"certificate-self-signed"_s, true,
                CertificateInfo::from(otherCertificate()).sha256Fingerprint);
            row("self-signed is not reported as untrusted too", trustedFor(r), r, u"certificate-untrusted"_s,
                false, {});
        }
        {
            const Results r = spoiled(
                { ResultBuilder(imap(993, kOther))
                        .certificateErrors(ProbeOutcome::CertificateUntrusted, { u"unknown-issuer"_s })
                        .build() });
            row("certificate from an unknown authority", trustedFor(r), r, u"certificate-untrusted"_s, true,
                u"issued by mail.other.test"_s);
        }
        {
            Candidates c = trustedFor(clean);
            c.first().oauth2Required = true;
            row("provider wants OAuth2", c, clean, u"oauth2-required"_s, true, u"mail.example.test:993"_s);
        }
        {
            const Results r = spoiled({ ResultBuilder(imap(993, kOther))
                                            .failed(ProbeOutcome::TlsHandshakeFailed)
                                            .tlsVersion({}, true)
                                            .build() });
            row("TLS 1.0/1.1 only", trustedFor(r), r, u"tls-outdated"_s, true, kOther);
        }
        {
            const Candidates http { candidate(imap(993), CandidateSource::AutoconfigHttp, false),
                candidate(smtp(465), CandidateSource::AutoconfigHttp, false) };
            row("autoconfig only over HTTP", http, clean, u"autoconfig-http-only"_s, true, u"HTTPS"_s);
            const Candidates both
                = http + Candidates { candidate(imap(993), CandidateSource::AutoconfigHttps, true) };
            row("autoconfig over HTTPS as well", both, clean, u"autoconfig-http-only"_s, false, {});
        }
        {
            const Candidates srv = trustedFor(clean)
                + Candidates { candidate(imap(993, u"imap.hoster.test"_s), CandidateSource::Srv, false) };
            row("SRV outside the domain", srv, clean, u"dns-outside-domain"_s, true, u"imap.hoster.test"_s);
            const Candidates inside
                = trustedFor(clean) + Candidates { candidate(imap(993), CandidateSource::MxDerived, true) };
            row("MX inside the domain", inside, clean, u"dns-outside-domain"_s, false, {});
        }
        {
            const Results r = spoiled({ failing(imap(143), ProbeOutcome::StartTlsUnavailable) });
            const Candidates ispdb
                = trustedFor(clean) + Candidates { candidate(imap(143), CandidateSource::Ispdb, true) };
            row("ISPDB says STARTTLS, server has none", ispdb, r, u"source-mismatch"_s, true,
                candidateSourceDescription(CandidateSource::Ispdb));
            const Results refused = spoiled({ failing(pop3(995), ProbeOutcome::Refused) });
            const Candidates claimed = trustedFor(clean)
                + Candidates { candidate(pop3(995), CandidateSource::AutoconfigHttps, true) };
            row("source names a closed port", claimed, refused, u"source-mismatch"_s, true, u"995"_s);
            const Candidates guessed = trustedFor(clean) + Candidates { guessCandidate(imap(143)) };
            row("a wrong guess is no mismatch", guessed, r, u"source-mismatch"_s, false, {});
        }
        {
            const Results r = spoiled({ failing(imap(143), ProbeOutcome::StartTlsInjection) });
            row("STARTTLS injection", trustedFor(r), r, u"starttls-injection"_s, true, u"Security alert"_s);
        }
        {
            const Results r { working(imap(993)), working(plain(smtp(25))) };
            row("no secure outgoing server", trustedFor(r), r, u"no-secure-configuration"_s, true,
                u"outgoing"_s);
            row("no verdict while probes still run", trustedFor(r, { smtp(465) }), r,
                u"no-secure-configuration"_s, false, {}, { smtp(465) });
            row("outgoing only unencrypted", trustedFor(r), r, u"plaintext-only"_s, true,
                u"mail.example.test:25"_s);
            const Results both = spoiled({ working(plain(smtp(25))) });
            row("unencrypted beside a secure server", trustedFor(both), both, u"plaintext-only"_s, false, {});
        }
        {
            const Results r { ResultBuilder(imap(993)).outcome(ProbeOutcome::AuthFailed).build(),
                working(smtp(465)) };
            row("login refused on the chosen server", trustedFor(r), r, u"login-failed"_s, true, kAddress);
            const Results elsewhere = { ResultBuilder(imap(993)).outcome(ProbeOutcome::AuthOk).build(),
                ResultBuilder(imap(143)).outcome(ProbeOutcome::AuthFailed).build(), working(smtp(465)) };
            row("login refused on an alternative only", trustedFor(elsewhere), elsewhere, u"login-failed"_s,
                false, {});
        }
    }

    void diagnosis()
    {
        QFETCH(QList<Candidate>, candidates);
        QFETCH(QList<ProbeResult>, results);
        QFETCH(QList<Endpoint>, running);
        QFETCH(QString, code);
        QFETCH(bool, expected);
        QFETCH(QString, mentions);
        const Assessment a = Assessor::assess(candidates, results, running, options());
        const Diagnosis* found = findDiagnosis(a, code);
        QVERIFY2(bool(found) == expected, qPrintable(codes(a).join(u", "_s)));
        if (!found)
            return;
        QVERIFY2(found->message.contains(mentions), qPrintable(found->message));
        QVERIFY(!found->message.endsWith(u' '));
    }

    void cleanRunHasNoFindings()
    {
        const QList<ProbeResult> results
            = cleanRun() + QList<ProbeResult> { working(imap(143)), working(smtp(587)) };
        const Assessment a = Assessor::assess(trustedFor(results), results, {}, options());
        QVERIFY2(a.diagnosis.isEmpty(), qPrintable(codes(a).join(u", "_s)));
        QVERIFY(!a.configurations.isEmpty());
    }

    // A security alert outranks every other finding, however many there are.
    void injectionComesFirst()
    {
        const QList<ProbeResult> results { failing(smtp(25), ProbeOutcome::Timeout), working(smtp(587)),
            failing(imap(143), ProbeOutcome::StartTlsInjection),
            failing(imap(993), ProbeOutcome::CertificateExpired) };
        const Assessment a = Assessor::assess(trustedFor(results), results, {}, options());
        QCOMPARE(a.diagnosis.first().code, u"starttls-injection"_s);
        QCOMPARE(a.diagnosis.first().endpoints, QList<Endpoint> { imap(143) });
        QVERIFY(codes(a).contains(u"port25-blocked"_s));
    }
};

QTEST_GUILESS_MAIN(TestAssessor)
#include "TestAssessor.moc"
