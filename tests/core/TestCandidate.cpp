// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Candidate.h"

#include <QSet>
#include <QTest>

using namespace mailscout;
using namespace Qt::StringLiterals;

class TestCandidate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sourceCodesRoundTrip()
    {
        QSet<QString> seen;
        for (int i = 0; i <= static_cast<int>(CandidateSource::User); ++i) {
            const auto source = static_cast<CandidateSource>(i);
            const QString code = candidateSourceCode(source);
            QVERIFY2(!code.isEmpty(), qPrintable(QString::number(i)));
            QVERIFY2(!seen.contains(code), qPrintable(code));
            seen.insert(code);
            QCOMPARE(candidateSourceFromCode(code), source);
            QVERIFY(!candidateSourceDescription(source).isEmpty());
        }
        QVERIFY(!candidateSourceFromCode(u"carrier-pigeon"));
        QVERIFY(!candidateSourceFromCode(u"ISPDB"));
    }

    // The JSON schema depends on these exact spellings.
    void documentedCodes()
    {
        QCOMPARE(candidateSourceCode(CandidateSource::ProviderDatabase), u"provider-database"_s);
        QCOMPARE(candidateSourceCode(CandidateSource::AutoconfigHttps), u"autoconfig-https"_s);
        QCOMPARE(candidateSourceCode(CandidateSource::AutoconfigHttp), u"autoconfig-http"_s);
        QCOMPARE(candidateSourceCode(CandidateSource::Ispdb), u"ispdb"_s);
        QCOMPARE(candidateSourceCode(CandidateSource::MxDerived), u"mx"_s);
        QCOMPARE(candidateSourceCode(CandidateSource::Srv), u"srv"_s);
        QCOMPARE(candidateSourceCode(CandidateSource::Autodiscover), u"autodiscover"_s);
        QCOMPARE(candidateSourceCode(CandidateSource::Guess), u"guess"_s);
        QCOMPARE(candidateSourceCode(CandidateSource::User), u"user"_s);
    }

    void equality()
    {
        Candidate a;
        a.endpoint = Endpoint { Protocol::Imap, u"imap.example.com"_s, 993, Security::ImplicitTls };
        a.source = CandidateSource::Srv;
        a.authMethods = { u"password-cleartext"_s };
        Candidate b = a;
        QCOMPARE(a, b);
        b.trusted = true;
        QVERIFY(!(a == b));
    }
};

QTEST_GUILESS_MAIN(TestCandidate)
#include "TestCandidate.moc"
