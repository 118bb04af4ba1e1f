// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Endpoint.h"
#include "model/ProbeOutcome.h"

#include <QSet>
#include <QTest>

using namespace mailscout;
using namespace Qt::StringLiterals;

class TestEndpoint : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultPorts_data()
    {
        QTest::addColumn<Protocol>("protocol");
        QTest::addColumn<Security>("security");
        QTest::addColumn<int>("port");
        QTest::addRow("smtp tls") << Protocol::Smtp << Security::ImplicitTls << 465;
        QTest::addRow("smtp starttls") << Protocol::Smtp << Security::StartTls << 587;
        QTest::addRow("imap tls") << Protocol::Imap << Security::ImplicitTls << 993;
        QTest::addRow("imap starttls") << Protocol::Imap << Security::StartTls << 143;
        QTest::addRow("imap plain") << Protocol::Imap << Security::Plain << 143;
        QTest::addRow("pop3 tls") << Protocol::Pop3 << Security::ImplicitTls << 995;
        QTest::addRow("pop3 starttls") << Protocol::Pop3 << Security::StartTls << 110;
    }
    void defaultPorts()
    {
        QFETCH(Protocol, protocol);
        QFETCH(Security, security);
        QFETCH(int, port);
        QCOMPARE(Endpoint::defaultPort(protocol, security), port);
    }

    void namesRoundTrip()
    {
        for (const Protocol p : { Protocol::Smtp, Protocol::Imap, Protocol::Pop3 })
            QCOMPARE(protocolFromName(protocolName(p)), p);
        for (const Security s : { Security::ImplicitTls, Security::StartTls, Security::Plain })
            QCOMPARE(securityFromName(securityName(s)), s);
        QCOMPARE(protocolFromName(u"IMAP"), Protocol::Imap);
        QVERIFY(!protocolFromName(u"http"));
        QVERIFY(!securityFromName(u"ssl3"));
    }

    void outcomeCodesRoundTrip()
    {
        QSet<QString> seen;
        for (int i = 0; i <= static_cast<int>(ProbeOutcome::Cancelled); ++i) {
            const auto outcome = static_cast<ProbeOutcome>(i);
            const QString code = outcomeCode(outcome);
            QVERIFY2(!code.isEmpty(), qPrintable(QString::number(i)));
            QVERIFY2(!seen.contains(code), qPrintable(code));
            seen.insert(code);
            QCOMPARE(outcomeFromCode(code), outcome);
            QVERIFY(!outcomeDescription(outcome).isEmpty());
        }
        QVERIFY(!outcomeFromCode(u"fine"));
    }

    void equalityAndHashIgnoreHostCase()
    {
        const Endpoint a { Protocol::Imap, u"Mail.Example.test"_s, 993, Security::ImplicitTls };
        const Endpoint b { Protocol::Imap, u"mail.example.test"_s, 993, Security::ImplicitTls };
        QCOMPARE(qHash(a), qHash(b));
        const Endpoint c { Protocol::Imap, u"mail.example.test"_s, 993, Security::StartTls };
        QVERIFY(!(b == c));
        QCOMPARE(c.toString(), u"imap://mail.example.test:993 (starttls)"_s);
    }
};

QTEST_GUILESS_MAIN(TestEndpoint)
#include "TestEndpoint.moc"
