// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/EmailAddress.h"

#include <QSet>
#include <QTest>
#include <array>

using namespace mailscout;
using namespace Qt::StringLiterals;

namespace {

QString repeated(QChar c, qsizetype count)
{
    return QString(count, c);
}

} // namespace

class TestEmailAddress : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // What the address field accepts. Columns: input, kind ("address", "domain", "host"), then the parts.
    void valid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("localPart");
        QTest::addColumn<QString>("domain"); // ACE; for a host: the host
        QTest::addColumn<QString>("unicodeDomain");
        QTest::addColumn<int>("port"); // -1: none

        const auto address = [](const char* tag, const QString& input, const QString& local,
                                 const QString& ace, const QString& unicode) {
            QTest::addRow("%s", tag) << input << u"address"_s << local << ace << unicode << -1;
        };
        address("plain", u"jane@example.com"_s, u"jane"_s, u"example.com"_s, u"example.com"_s);
        address("dots and plus", u"jane.q.doe+tag@example.co.uk"_s, u"jane.q.doe+tag"_s, u"example.co.uk"_s,
            u"example.co.uk"_s);
        address("atext specials", u"!#$%&'*+-/=?^_`{|}~@example.com"_s, u"!#$%&'*+-/=?^_`{|}~"_s,
            u"example.com"_s, u"example.com"_s);
        address(
            "surrounding spaces", u"  jane@example.com \t"_s, u"jane"_s, u"example.com"_s, u"example.com"_s);
        address("uppercase domain lowered, local kept", u"Jane.Doe@Example.COM"_s, u"Jane.Doe"_s,
            u"example.com"_s, u"example.com"_s);
        address("trailing dot", u"jane@example.com."_s, u"jane"_s, u"example.com"_s, u"example.com"_s);
        address("IDN German", u"user@bücher.example"_s, u"user"_s, u"xn--bcher-kva.example"_s,
            u"bücher.example"_s);
        address("IDN uppercase umlaut", u"user@BÜCHER.example"_s, u"user"_s, u"xn--bcher-kva.example"_s,
            u"bücher.example"_s);
        address("IDN Cyrillic", u"ivan@пример.рф"_s, u"ivan"_s, u"xn--e1afmkfd.xn--p1ai"_s, u"пример.рф"_s);
        address("IDN CJK", u"li@例子.中国"_s, u"li"_s, u"xn--fsqu00a.xn--fiqs8s"_s, u"例子.中国"_s);
        address("IDN ideographic full stop", u"li@例子。中国"_s, u"li"_s, u"xn--fsqu00a.xn--fiqs8s"_s,
            u"例子.中国"_s);
        address("ACE typed", u"user@xn--bcher-kva.example"_s, u"user"_s, u"xn--bcher-kva.example"_s,
            u"bücher.example"_s);
        address("UTF-8 local part", u"jürgen@example.de"_s, u"jürgen"_s, u"example.de"_s, u"example.de"_s);
        address("quoted local part with space", u"\"john doe\"@example.com"_s, u"\"john doe\""_s,
            u"example.com"_s, u"example.com"_s);
        address("quoted local part with @", u"\"a@b\"@example.com"_s, u"\"a@b\""_s, u"example.com"_s,
            u"example.com"_s);
        address("quoted local part with escaped quote", u"\"a\\\"b\"@example.com"_s, u"\"a\\\"b\""_s,
            u"example.com"_s, u"example.com"_s);
        address("display name form", u"Jane Doe <jane@example.com>"_s, u"jane"_s, u"example.com"_s,
            u"example.com"_s);
        address("quoted display name", u"\"Doe, Jane\" <jane@example.com>"_s, u"jane"_s, u"example.com"_s,
            u"example.com"_s);
        address(
            "angle brackets only", u"<jane@example.com>"_s, u"jane"_s, u"example.com"_s, u"example.com"_s);
        address("hyphen inside label", u"a@mail-server.example-domain.org"_s, u"a"_s,
            u"mail-server.example-domain.org"_s, u"mail-server.example-domain.org"_s);
        address("63-character label", u"a@"_s + repeated(u'x', 63) + u".com"_s, u"a"_s,
            repeated(u'x', 63) + u".com"_s, repeated(u'x', 63) + u".com"_s);
        address("64-character local part", repeated(u'l', 64) + u"@example.com"_s, repeated(u'l', 64),
            u"example.com"_s, u"example.com"_s);
        address("digit labels", u"x@123.example"_s, u"x"_s, u"123.example"_s, u"123.example"_s);

        QTest::addRow("bare domain") << u"example.com"_s << u"domain"_s << QString() << u"example.com"_s
                                     << u"example.com"_s << -1;
        QTest::addRow("bare IDN domain") << u"Bücher.Example"_s << u"domain"_s << QString()
                                         << u"xn--bcher-kva.example"_s << u"bücher.example"_s << -1;
        QTest::addRow("bare domain with dot")
            << u"example.org."_s << u"domain"_s << QString() << u"example.org"_s << u"example.org"_s << -1;
        QTest::addRow("host with port") << u"mail.example.com:2525"_s << u"host"_s << QString()
                                        << u"mail.example.com"_s << QString() << 2525;
        QTest::addRow("single-label host with port")
            << u"localhost:1143"_s << u"host"_s << QString() << u"localhost"_s << QString() << 1143;
        QTest::addRow("IDN host with port") << u"mail.bücher.example:993"_s << u"host"_s << QString()
                                            << u"mail.xn--bcher-kva.example"_s << QString() << 993;
        QTest::addRow("IPv4") << u"192.0.2.7"_s << u"host"_s << QString() << u"192.0.2.7"_s << QString()
                              << -1;
        QTest::addRow("IPv4 with port")
            << u"192.0.2.7:465"_s << u"host"_s << QString() << u"192.0.2.7"_s << QString() << 465;
        QTest::addRow("IPv6 bracketed with port")
            << u"[::1]:993"_s << u"host"_s << QString() << u"::1"_s << QString() << 993;
        QTest::addRow("IPv6 bracketed")
            << u"[2001:DB8::25]"_s << u"host"_s << QString() << u"2001:db8::25"_s << QString() << -1;
        QTest::addRow("IPv6 bare") << u"2001:db8::1"_s << u"host"_s << QString() << u"2001:db8::1"_s
                                   << QString() << -1;
        QTest::addRow("port 65535") << u"mx.example.net:65535"_s << u"host"_s << QString()
                                    << u"mx.example.net"_s << QString() << 65535;
    }
    void valid()
    {
        QFETCH(QString, input);
        QFETCH(QString, kind);
        QFETCH(QString, localPart);
        QFETCH(QString, domain);
        QFETCH(QString, unicodeDomain);
        QFETCH(int, port);

        const EmailAddress parsed = EmailAddress::parse(input);
        QVERIFY2(parsed.isValid(), qPrintable(EmailAddress::errorCode(parsed.error())));
        QCOMPARE(parsed.error(), EmailAddress::Error::None);
        QVERIFY(parsed.errorMessage().isEmpty());
        if (kind == "address"_L1) {
            QCOMPARE(parsed.kind(), EmailAddress::Kind::Address);
            QCOMPARE(parsed.localPart(), localPart);
            QCOMPARE(parsed.domain(), domain);
            QCOMPARE(parsed.unicodeDomain(), unicodeDomain);
            QCOMPARE(parsed.address(), localPart + u'@' + domain);
            QCOMPARE(parsed.unicodeAddress(), localPart + u'@' + unicodeDomain);
            QVERIFY(parsed.host().isEmpty());
        } else if (kind == "domain"_L1) {
            QCOMPARE(parsed.kind(), EmailAddress::Kind::Domain);
            QCOMPARE(parsed.domain(), domain);
            QCOMPARE(parsed.unicodeDomain(), unicodeDomain);
            QVERIFY(parsed.address().isEmpty());
        } else {
            QCOMPARE(parsed.kind(), EmailAddress::Kind::Host);
            QCOMPARE(parsed.host(), domain);
            QVERIFY(parsed.domain().isEmpty());
            // The "I know my server" field reads hosts the same way.
            const EmailAddress host = EmailAddress::parseHost(input);
            QCOMPARE(host.kind(), EmailAddress::Kind::Host);
            QCOMPARE(host.host(), domain);
        }
        QCOMPARE(parsed.port() ? static_cast<int>(*parsed.port()) : -1, port);
    }

    // Every rejection names its reason. Columns: input, expected error code.
    void invalid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("error");
        const QString longLabel = repeated(u'x', 64);
        QTest::addRow("empty") << QString() << u"empty"_s;
        QTest::addRow("only spaces") << u"   \t "_s << u"empty"_s;
        QTest::addRow("single word") << u"jane"_s << u"no-at"_s;
        QTest::addRow("quoted without @") << u"\"jane doe\""_s << u"no-at"_s;
        QTest::addRow("two @") << u"jane@doe@example.com"_s << u"two-at"_s;
        QTest::addRow("two @ after quoted") << u"\"a\"@b@example.com"_s << u"two-at"_s;
        QTest::addRow("space in local part") << u"jane doe@example.com"_s << u"space"_s;
        QTest::addRow("space in domain") << u"jane@exam ple.com"_s << u"space"_s;
        QTest::addRow("space in bare domain") << u"exam ple.com"_s << u"space"_s;
        QTest::addRow("no-break space in local part") << u"jane\u00a0doe@example.com"_s << u"space"_s;
        QTest::addRow("empty local part") << u"@example.com"_s << u"empty-local-part"_s;
        QTest::addRow("empty quoted local part") << u"\"\"@example.com"_s << u"empty-local-part"_s;
        QTest::addRow("local part 65 characters")
            << repeated(u'l', 65) + u"@example.com"_s << u"local-part-too-long"_s;
        QTest::addRow("leading dot") << u".jane@example.com"_s << u"local-part-dot"_s;
        QTest::addRow("trailing dot in local part") << u"jane.@example.com"_s << u"local-part-dot"_s;
        QTest::addRow("two dots in local part") << u"jane..doe@example.com"_s << u"local-part-dot"_s;
        QTest::addRow("comma in local part")
            << u"jane,doe@example.com"_s << u"invalid-local-part-character"_s;
        QTest::addRow("bracket in local part")
            << u"ja(ne)@example.com"_s << u"invalid-local-part-character"_s;
        QTest::addRow("text after quoted local part")
            << u"\"jane\"x@example.com"_s << u"invalid-local-part-character"_s;
        QTest::addRow("unterminated quote") << u"\"jane@example.com"_s << u"unterminated-quote"_s;
        QTest::addRow("unbalanced angle bracket") << u"Jane <jane@example.com"_s << u"unbalanced-brackets"_s;
        QTest::addRow("closing angle only") << u"jane@example.com>"_s << u"unbalanced-brackets"_s;
        QTest::addRow("unbalanced IPv6 bracket") << u"[::1:993"_s << u"unbalanced-brackets"_s;
        QTest::addRow("display name without address") << u"Jane Doe <>"_s << u"empty"_s;
        QTest::addRow("display name with domain only") << u"Jane <example.com>"_s << u"no-at"_s;
        QTest::addRow("nothing after @") << u"jane@"_s << u"empty-domain"_s;
        QTest::addRow("domain without dot") << u"jane@localhost"_s << u"domain-no-dot"_s;
        QTest::addRow("two dots in domain") << u"jane@example..com"_s << u"empty-label"_s;
        QTest::addRow("leading dot in domain") << u"jane@.example.com"_s << u"empty-label"_s;
        QTest::addRow("two trailing dots") << u"jane@example.com.."_s << u"empty-label"_s;
        QTest::addRow("label longer than 63") << u"jane@"_s + longLabel + u".com"_s << u"label-too-long"_s;
        QTest::addRow("IDN label longer than 63 in ACE")
            << u"jane@"_s + repeated(u'a', 58) + u"üö.de"_s << u"label-too-long"_s;
        QTest::addRow("domain longer than 253") << u"jane@"_s + QString(repeated(u'a', 60) + u'.').repeated(4)
                + u"example.com"_s << u"domain-too-long"_s;
        QTest::addRow("address longer than 254")
            << repeated(u'l', 64) + u"@"_s + QString(repeated(u'a', 60) + u'.').repeated(3) + u"example.com"_s
            << u"too-long"_s;
        QTest::addRow("absurdly long input") << repeated(u'a', 5000) << u"too-long"_s;
        QTest::addRow("leading hyphen in label") << u"jane@-example.com"_s << u"label-hyphen"_s;
        QTest::addRow("trailing hyphen in label") << u"jane@example-.com"_s << u"label-hyphen"_s;
        QTest::addRow("underscore in domain") << u"jane@my_domain.com"_s << u"invalid-domain-character"_s;
        QTest::addRow("underscore in bare domain") << u"my_domain.com"_s << u"invalid-domain-character"_s;
        QTest::addRow("exclamation mark in domain")
            << u"jane@exa!mple.com"_s << u"invalid-domain-character"_s;
        QTest::addRow("colon in domain") << u"jane@exa:mple.com"_s << u"invalid-domain-character"_s;
        QTest::addRow("undecodable punycode") << u"jane@xn--zz.example"_s << u"invalid-idn"_s;
        QTest::addRow("numeric top-level domain") << u"jane@example.123"_s << u"numeric-tld"_s;
        QTest::addRow("three-part number") << u"1.2.3"_s << u"numeric-tld"_s;
        QTest::addRow("IPv4 after @") << u"jane@192.0.2.1"_s << u"domain-is-ip-address"_s;
        QTest::addRow("address literal") << u"jane@[192.0.2.1]"_s << u"domain-is-ip-address"_s;
        QTest::addRow("bad IPv6 in brackets") << u"[::zz]:993"_s << u"invalid-ip-address"_s;
        QTest::addRow("many colons") << u"a:b:c"_s << u"invalid-ip-address"_s;
        QTest::addRow("port in address") << u"jane@example.com:993"_s << u"port-in-address"_s;
        QTest::addRow("empty port") << u"mail.example.com:"_s << u"invalid-port"_s;
        QTest::addRow("port not a number") << u"mail.example.com:imap"_s << u"invalid-port"_s;
        QTest::addRow("negative port") << u"mail.example.com:-1"_s << u"invalid-port"_s;
        QTest::addRow("junk after IPv6 bracket") << u"[::1]993"_s << u"invalid-port"_s;
        QTest::addRow("port zero") << u"mail.example.com:0"_s << u"port-out-of-range"_s;
        QTest::addRow("port 65536") << u"mail.example.com:65536"_s << u"port-out-of-range"_s;
        QTest::addRow("huge port") << u"[::1]:99999999999999999999"_s << u"port-out-of-range"_s;
    }
    void invalid()
    {
        QFETCH(QString, input);
        QFETCH(QString, error);
        const EmailAddress parsed = EmailAddress::parse(input);
        QVERIFY(!parsed.isValid());
        QCOMPARE(parsed.kind(), EmailAddress::Kind::Invalid);
        QCOMPARE(EmailAddress::errorCode(parsed.error()), error);
        QVERIFY(!parsed.errorMessage().isEmpty());
        QVERIFY(parsed.address().isEmpty());
        QVERIFY(parsed.domain().isEmpty());
        QVERIFY(parsed.host().isEmpty());
    }

    void addressOnlyRefusesDomainsAndHosts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("error");
        QTest::addRow("domain") << u"example.com"_s << u"no-at"_s;
        QTest::addRow("host and port") << u"mail.example.com:993"_s << u"no-at"_s;
        QTest::addRow("words") << u"jane doe"_s << u"space"_s;
        QTest::addRow("still a good address") << u"jane@example.com"_s << QString();
    }
    void addressOnlyRefusesDomainsAndHosts()
    {
        QFETCH(QString, input);
        QFETCH(QString, error);
        const EmailAddress parsed = EmailAddress::parseAddress(input);
        QCOMPARE(EmailAddress::errorCode(parsed.error()), error);
        QCOMPARE(parsed.isValid(), error.isEmpty());
    }

    void hostField_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("error");
        QTest::addRow("single label") << u"localhost"_s << u"localhost"_s << QString();
        QTest::addRow("intranet name") << u"MAILHUB"_s << u"mailhub"_s << QString();
        QTest::addRow("name") << u"imap.example.com"_s << u"imap.example.com"_s << QString();
        QTest::addRow("address is not a host")
            << u"jane@example.com"_s << QString() << u"invalid-domain-character"_s;
        QTest::addRow("empty") << u" "_s << QString() << u"empty"_s;
    }
    void hostField()
    {
        QFETCH(QString, input);
        QFETCH(QString, host);
        QFETCH(QString, error);
        const EmailAddress parsed = EmailAddress::parseHost(input);
        QCOMPARE(EmailAddress::errorCode(parsed.error()), error);
        QCOMPARE(parsed.host(), host);
        if (parsed.isValid())
            QCOMPARE(parsed.kind(), EmailAddress::Kind::Host);
    }

    void displayNameIsKept()
    {
        const EmailAddress parsed = EmailAddress::parse(u"\"Doe, Jane\" <jane@example.com>"_s);
        QCOMPARE(parsed.displayName(), u"Doe, Jane"_s);
        QCOMPARE(EmailAddress::parse(u"jane@example.com"_s).displayName(), QString());
    }

    void hostKnowsWhetherItIsAnAddress()
    {
        QVERIFY(EmailAddress::parse(u"[::1]:993"_s).hostIsIpAddress());
        QVERIFY(EmailAddress::parse(u"192.0.2.1"_s).hostIsIpAddress());
        QVERIFY(!EmailAddress::parse(u"mail.example.com:25"_s).hostIsIpAddress());
    }

    void errorCodesAndMessagesAreDistinct()
    {
        QSet<QString> codes;
        QSet<QString> messages;
        const int last = static_cast<int>(EmailAddress::Error::PortOutOfRange);
        for (int i = 1; i <= last; ++i) {
            const auto error = static_cast<EmailAddress::Error>(i);
            const QString code = EmailAddress::errorCode(error);
            const QString message = EmailAddress::errorMessage(error);
            QVERIFY2(!code.isEmpty(), qPrintable(QString::number(i)));
            QVERIFY2(!message.isEmpty(), qPrintable(code));
            QVERIFY2(!codes.contains(code), qPrintable(code));
            QVERIFY2(!messages.contains(message), qPrintable(code));
            codes.insert(code);
            messages.insert(message);
        }
        QCOMPARE(EmailAddress::errorCode(EmailAddress::Error::None), QString());
    }

    // Whatever bytes arrive (a paste from anywhere), parsing ends with a value, never a crash.
    void neverCrashes()
    {
        const QList<QString> nasty {
            u"@"_s,
            u"@@"_s,
            u"\""_s,
            u"\"\\"_s,
            u"<"_s,
            u">"_s,
            u"<>"_s,
            u"[]"_s,
            u"["_s,
            u"]"_s,
            u":"_s,
            u"::"_s,
            u"[::]"_s,
            u"."_s,
            u".."_s,
            u"a@."_s,
            u"a@.."_s,
            u"a@-"_s,
            u"\"\"@"_s,
            u"\"\\\"@x.y"_s,
            QString(QChar(0)),
            u"a@b\u0000c.com"_s,
            u"\u200b@\u200b.com"_s,
            u"a@\U0001F600.com"_s,
            QString(1, QChar(0xD800)) + u"@x.com"_s,
            u"a@xn--.com"_s,
            u"a@xn--"_s,
        };
        using Parser = EmailAddress (*)(QStringView);
        const std::array<Parser, 3> parsers { &EmailAddress::parse, &EmailAddress::parseAddress,
            &EmailAddress::parseHost };
        for (const QString& input : nasty) {
            for (const Parser parse : parsers) {
                const EmailAddress parsed = parse(input);
                QCOMPARE(parsed.isValid(), parsed.error() == EmailAddress::Error::None);
                QCOMPARE(parsed.isValid(), parsed.kind() != EmailAddress::Kind::Invalid);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestEmailAddress)
#include "TestEmailAddress.moc"
