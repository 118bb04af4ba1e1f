// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/ConnectionOverrides.h"

#include <QTest>

using namespace mailscout;
using namespace Qt::StringLiterals;

class TestConnectionOverrides : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void connectTo_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("expectedHost");
        QTest::addColumn<int>("expectedPort");
        QTest::addColumn<QString>("expectedAddress");
        QTest::addRow("exact") << u"mail.example.test:993:127.0.0.2:10993"_s << u"mail.example.test"_s << 993
                               << u"127.0.0.2"_s << 10993 << u"127.0.0.2"_s;
        QTest::addRow("host case-insensitive") << u"MAIL.example.test:993:127.0.0.2:10993"_s
                                               << u"mail.EXAMPLE.test"_s << 993 << u"127.0.0.2"_s << 10993
                                               << u"127.0.0.2"_s;
        QTest::addRow("other port untouched") << u"mail.example.test:993:127.0.0.2:10993"_s
                                              << u"mail.example.test"_s << 143 << u"mail.example.test"_s << 143
                                              << QString();
        QTest::addRow("any host") << u":25:localhost:2525"_s << u"smtp.example.test"_s << 25 << u"localhost"_s
                                  << 2525 << QString();
        QTest::addRow("any port keeps port") << u"imap.example.test::[::1]:"_s << u"imap.example.test"_s << 143
                                             << u"::1"_s << 143 << u"::1"_s;
    }
    void connectTo()
    {
        QFETCH(QString, rule);
        QFETCH(QString, host);
        QFETCH(int, port);
        ConnectionOverrides overrides;
        QCOMPARE(overrides.addConnectTo(rule), QString());
        const auto target = overrides.resolve(host, static_cast<quint16>(port));
        QTEST(target.host, "expectedHost");
        QTEST(static_cast<int>(target.port), "expectedPort");
        QFETCH(QString, expectedAddress);
        QCOMPARE(
            target.addresses.isEmpty() ? QString() : target.addresses.first().toString(), expectedAddress);
    }

    void resolveRule()
    {
        ConnectionOverrides overrides;
        QCOMPARE(overrides.addResolve(u"imap.example.test:*:127.0.0.2"), QString());
        QCOMPARE(overrides.addResolve(u"smtp.example.test:465:[::1]"), QString());
        QCOMPARE(
            overrides.resolve(u"imap.example.test"_s, 993).addresses, QList { QHostAddress(u"127.0.0.2"_s) });
        QCOMPARE(overrides.resolve(u"smtp.example.test"_s, 465).addresses, QList { QHostAddress(u"::1"_s) });
        QVERIFY(overrides.resolve(u"smtp.example.test"_s, 587).addresses.isEmpty());
        // --resolve applies to the host --connect-to chose, as in curl.
        QCOMPARE(overrides.addConnectTo(u"mail.example.test:587:smtp.example.test:465"), QString());
        QCOMPARE(overrides.resolve(u"mail.example.test"_s, 587).addresses, QList { QHostAddress(u"::1"_s) });
    }

    void resolveSeveralAddresses()
    {
        ConnectionOverrides overrides;
        QCOMPARE(overrides.addResolve(u"dual.example.test:993:127.0.0.1,[::1],127.0.0.2"), QString());
        const QList<QHostAddress> expected { QHostAddress(u"127.0.0.1"_s), QHostAddress(u"::1"_s),
            QHostAddress(u"127.0.0.2"_s) };
        QCOMPARE(overrides.resolve(u"dual.example.test"_s, 993).addresses, expected);
        QVERIFY(!overrides.addResolve(u"dual.example.test:993:127.0.0.1,nope"_s).isEmpty());
    }

    void badRules_data()
    {
        QTest::addColumn<bool>("connectTo");
        QTest::addColumn<QString>("rule");
        QTest::addRow("too few parts") << true << u"a:1:b"_s;
        QTest::addRow("port zero? no: 70000") << true << u"a:70000:b:1"_s;
        QTest::addRow("port text") << true << u"a:x:b:1"_s;
        QTest::addRow("resolve no address") << false << u"a:1:not-an-ip"_s;
        QTest::addRow("resolve no host") << false << u":1:127.0.0.1"_s;
        QTest::addRow("resolve empty port") << false << u"a::127.0.0.1"_s;
    }
    void badRules()
    {
        QFETCH(bool, connectTo);
        QFETCH(QString, rule);
        ConnectionOverrides overrides;
        const QString error = connectTo ? overrides.addConnectTo(rule) : overrides.addResolve(rule);
        QVERIFY(!error.isEmpty());
        QVERIFY(overrides.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConnectionOverrides)
#include "TestConnectionOverrides.moc"
