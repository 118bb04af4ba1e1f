// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/RegistrableDomain.h"

#include <QTest>

using namespace mailscout;
using namespace Qt::StringLiterals;

class TestRegistrableDomain : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void registrable_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("registrable");
        QTest::addRow("plain .com") << u"mail.example.com"_s << u"example.com"_s;
        QTest::addRow("registrable itself") << u"example.com"_s << u"example.com"_s;
        QTest::addRow("deep name") << u"a.b.c.mx.example.net"_s << u"example.net"_s;
        QTest::addRow("co.uk") << u"smtp.example.co.uk"_s << u"example.co.uk"_s;
        QTest::addRow("com.au") << u"mail.bigpond.com.au"_s << u"bigpond.com.au"_s;
        QTest::addRow("ne.jp") << u"mail.iwafune.ne.jp"_s << u"iwafune.ne.jp"_s;
        QTest::addRow("private suffix github.io") << u"a.b.github.io"_s << u"b.github.io"_s;
        QTest::addRow("wildcard rule *.kawasaki.jp") << u"x.y.z.kawasaki.jp"_s << u"y.z.kawasaki.jp"_s;
        QTest::addRow("IDN in ACE") << u"mail.xn--bcher-kva.example"_s << u"xn--bcher-kva.example"_s;
        QTest::addRow("IDN top-level domain .рф")
            << u"imap.xn--e1afmkfd.xn--p1ai"_s << u"xn--e1afmkfd.xn--p1ai"_s;
        QTest::addRow("upper case and final dot") << u"MAIL.Example.CO.UK."_s << u"example.co.uk"_s;
        QTest::addRow("unknown top-level domain") << u"mail.example.unknowntld"_s << u"example.unknowntld"_s;
        QTest::addRow("Microsoft MX host")
            << u"contoso-com.mail.protection.outlook.com"_s << u"outlook.com"_s;
        QTest::addRow("public suffix co.uk") << u"co.uk"_s << QString();
        QTest::addRow("public suffix com") << u"com"_s << QString();
        QTest::addRow("public suffix github.io") << u"github.io"_s << QString();
        QTest::addRow("IPv4 address") << u"192.0.2.1"_s << QString();
        QTest::addRow("IPv6 address") << u"2001:db8::1"_s << QString();
        QTest::addRow("bracketed IPv6") << u"[::1]"_s << QString();
        QTest::addRow("empty") << QString() << QString();
    }
    void registrable()
    {
        QFETCH(QString, host);
        QFETCH(QString, registrable);
        QCOMPARE(RegistrableDomain::of(host), registrable);
    }

    void publicSuffix_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("isSuffix");
        QTest::addRow("com") << u"com"_s << true;
        QTest::addRow("co.uk") << u"co.uk"_s << true;
        QTest::addRow("com.au") << u"com.au"_s << true;
        QTest::addRow("xn--p1ai") << u"xn--p1ai"_s << true;
        QTest::addRow("example.com") << u"example.com"_s << false;
        QTest::addRow("IP address") << u"192.0.2.1"_s << false;
        QTest::addRow("empty") << QString() << false;
    }
    void publicSuffix()
    {
        QFETCH(QString, name);
        QFETCH(bool, isSuffix);
        QCOMPARE(RegistrableDomain::isPublicSuffix(name), isSuffix);
    }

    // The trust rules: a host learned from DNS or plain HTTP counts only when it lies within the e-mail
    // domain (isWithin) or its registrable domain (isWithinRegistrableDomain).
    void within_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<bool>("within");
        QTest::addColumn<bool>("withinRegistrable");
        QTest::addRow("same") << u"example.com"_s << u"example.com"_s << true << true;
        QTest::addRow("below") << u"imap.example.com"_s << u"example.com"_s << true << true;
        QTest::addRow("case and final dot") << u"IMAP.Example.com."_s << u"example.COM"_s << true << true;
        QTest::addRow("suffix but not a label") << u"evilexample.com"_s << u"example.com"_s << false << false;
        QTest::addRow("sibling of a subdomain")
            << u"mail.example.com"_s << u"dept.example.com"_s << false << true;
        QTest::addRow("other registrable domain")
            << u"mail.example.net"_s << u"example.com"_s << false << false;
        QTest::addRow("provider host for custom domain")
            << u"imap.gmail.com"_s << u"example.org"_s << false << false;
        QTest::addRow("co.uk siblings are strangers")
            << u"mail.other.co.uk"_s << u"example.co.uk"_s << false << false;
        QTest::addRow("below co.uk domain") << u"mail.example.co.uk"_s << u"example.co.uk"_s << true << true;
        QTest::addRow("private suffix siblings") << u"x.github.io"_s << u"y.github.io"_s << false << false;
        QTest::addRow("public suffix as domain") << u"example.co.uk"_s << u"co.uk"_s << true << false;
        QTest::addRow("IDN") << u"mail.xn--bcher-kva.example"_s << u"xn--bcher-kva.example"_s << true << true;
        QTest::addRow("IP address is not below anything") << u"192.0.2.1"_s << u"2.1"_s << false << false;
        QTest::addRow("same IP address") << u"192.0.2.1"_s << u"192.0.2.1"_s << true << false;
        QTest::addRow("empty host") << QString() << u"example.com"_s << false << false;
        QTest::addRow("empty domain") << u"example.com"_s << QString() << false << false;
    }
    void within()
    {
        QFETCH(QString, host);
        QFETCH(QString, domain);
        QFETCH(bool, within);
        QFETCH(bool, withinRegistrable);
        QCOMPARE(RegistrableDomain::isWithin(host, domain), within);
        QCOMPARE(RegistrableDomain::isWithinRegistrableDomain(host, domain), withinRegistrable);
    }
};

QTEST_GUILESS_MAIN(TestRegistrableDomain)
#include "TestRegistrableDomain.moc"
