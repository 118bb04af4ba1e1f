// SPDX-License-Identifier: GPL-3.0-or-later
// The pure parsers: bytes in, events out. Every row is fed whole and one byte at a time; both must agree.
#include "probe/CapabilityParser.h"
#include "probe/ImapResponseParser.h"
#include "probe/LineBuffer.h"
#include "probe/Pop3ResponseParser.h"
#include "probe/SmtpReplyParser.h"

#include <QTest>

using namespace mailscout;
using namespace Qt::StringLiterals;

namespace {

// Feeds input whole or byte by byte and collects what the parser yields, as text, plus its error.
template<typename Parser, typename Describe>
QStringList drain(Parser& parser, const QByteArray& input, bool byteByByte, Describe describe)
{
    QStringList events;
    auto collect = [&] {
        while (auto event = parser.next())
            events.append(describe(*event));
    };
    if (byteByByte) {
        for (const char c : input) {
            parser.feed(QByteArrayView(&c, 1));
            collect();
        }
    } else {
        parser.feed(input);
        collect();
    }
    if (parser.error() != ParseError::None)
        events.append(u"error:%1"_s.arg(static_cast<int>(parser.error())));
    return events;
}

QString describeSmtp(const SmtpReply& reply)
{
    QStringList lines;
    for (const QByteArray& line : reply.lines)
        lines.append(QString::fromLatin1(line));
    return QString::number(reply.code) + u'|' + lines.join(u'|');
}

QString describeImap(const ImapResponse& r)
{
    const QString kind = r.kind == ImapResponse::Kind::Tagged ? u"T"_s : r.kind == ImapResponse::Kind::Untagged ? u"U"_s : u"+"_s;
    return kind + u'|' + QString::fromLatin1(r.tag) + u'|' + QString::fromLatin1(r.keyword) + u'|'
        + QString::fromLatin1(r.code) + u'|' + QString::fromLatin1(r.text);
}

QString describePop3(const Pop3Response& r)
{
    const QString status = r.status == Pop3Response::Status::Ok ? u"+OK"_s : r.status == Pop3Response::Status::Err ? u"-ERR"_s : u"+"_s;
    QStringList body;
    for (const QByteArray& line : r.lines)
        body.append(QString::fromLatin1(line));
    return status + u'|' + QString::fromLatin1(r.text) + (body.isEmpty() ? QString() : u'|' + body.join(u'/'));
}

const QString kTooLong = u"error:%1"_s.arg(static_cast<int>(ParseError::LineTooLong));
const QString kTooMany = u"error:%1"_s.arg(static_cast<int>(ParseError::TooManyLines));
const QString kTooMuch = u"error:%1"_s.arg(static_cast<int>(ParseError::TooMuchData));
const QString kMalformed = u"error:%1"_s.arg(static_cast<int>(ParseError::Malformed));

} // namespace

class TestReplyParsers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void lineBuffer()
    {
        LineBuffer buffer(LineBuffer::Limits { 10, 100 });
        buffer.append("one\r\ntwo\nthr");
        QCOMPARE(buffer.takeLine(), QByteArray("one"));
        QCOMPARE(buffer.takeLine(), QByteArray("two"));
        QVERIFY(!buffer.takeLine());
        buffer.append("ee\r\n");
        QCOMPARE(buffer.takeLine(), QByteArray("three"));
        QCOMPARE(buffer.pendingBytes(), 0);

        LineBuffer endless(LineBuffer::Limits { 10, 100 });
        endless.append("AAAAAAAAAAAAAAAAAAAA"); // no line end yet: must fail now, not when it ends
        QCOMPARE(endless.error(), LineBuffer::Error::LineTooLong);

        LineBuffer flood(LineBuffer::Limits { 10, 100 });
        for (int i = 0; i < 30; ++i)
            flood.append("short\r\n");
        QCOMPARE(flood.error(), LineBuffer::Error::TooMuchData);
    }

    void smtp_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("events");
        QTest::addRow("single") << QByteArray("220 mail.example.test ESMTP Postfix\r\n") << QStringList { u"220|mail.example.test ESMTP Postfix"_s };
        QTest::addRow("bare code") << QByteArray("250\r\n") << QStringList { u"250|"_s };
        QTest::addRow("bare LF") << QByteArray("221 bye\n") << QStringList { u"221|bye"_s };
        QTest::addRow("multi-line") << QByteArray("250-a\r\n250-b c\r\n250 d\r\n") << QStringList { u"250|a|b c|d"_s };
        QTest::addRow("two replies") << QByteArray("250 ok\r\n354 go\r\n") << QStringList { u"250|ok"_s, u"354|go"_s };
        QTest::addRow("incomplete") << QByteArray("250-a\r\n250 b") << QStringList();
        QTest::addRow("gmail greeting") << QByteArray("220 smtp.gmail.com ESMTP a640c23a62f3a-9a5b - gsmtp\r\n")
                                        << QStringList { u"220|smtp.gmail.com ESMTP a640c23a62f3a-9a5b - gsmtp"_s };
        QTest::addRow("outlook greeting")
            << QByteArray("220 AM0PR02CA0001.outlook.office365.com Microsoft ESMTP MAIL Service ready at Sun, 22 Nov 2026 16:00:00 +0000\r\n")
            << QStringList { u"220|AM0PR02CA0001.outlook.office365.com Microsoft ESMTP MAIL Service ready at Sun, 22 Nov 2026 16:00:00 +0000"_s };
        QTest::addRow("exim greeting") << QByteArray("220 mx.example.test ESMTP Exim 4.96 Sun, 22 Nov 2026 16:00:00 +0000\r\n")
                                       << QStringList { u"220|mx.example.test ESMTP Exim 4.96 Sun, 22 Nov 2026 16:00:00 +0000"_s };
        QTest::addRow("multi-line greeting with notice") << QByteArray("220-mail.example.test ESMTP\r\n220-No UCE\r\n220 ready\r\n")
                                                         << QStringList { u"220|mail.example.test ESMTP|No UCE|ready"_s };
        QTest::addRow("no code") << QByteArray("hello\r\n") << QStringList { kMalformed };
        QTest::addRow("two digits") << QByteArray("25 x\r\n") << QStringList { kMalformed };
        QTest::addRow("code 600") << QByteArray("600 x\r\n") << QStringList { kMalformed };
        QTest::addRow("code 199") << QByteArray("199 x\r\n") << QStringList { kMalformed };
        QTest::addRow("bad separator") << QByteArray("250x\r\n") << QStringList { kMalformed };
        QTest::addRow("code changes") << QByteArray("250-a\r\n251 b\r\n") << QStringList { kMalformed };
        QTest::addRow("too many lines") << QByteArray("250-x\r\n").repeated(300) + "250 y\r\n" << QStringList { kTooMany };
        QTest::addRow("endless line") << QByteArray("220 ") + QByteArray(10'000, 'A') << QStringList { kTooLong };
        QTest::addRow("HTTP") << QByteArray("HTTP/1.1 400 Bad Request\r\n") << QStringList { kMalformed };
    }
    void smtp()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, events);
        for (const bool byteByByte : { false, true }) {
            SmtpReplyParser parser;
            QCOMPARE(drain(parser, input, byteByByte, describeSmtp), events);
        }
    }

    void imap_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("events");
        QTest::addRow("dovecot greeting")
            << QByteArray("* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS LOGINDISABLED] Dovecot ready.\r\n")
            << QStringList { u"U||OK|CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS LOGINDISABLED|Dovecot ready."_s };
        QTest::addRow("gmail greeting") << QByteArray("* OK Gimap ready for requests from 192.0.2.1 m7mb12345\r\n")
                                        << QStringList { u"U||OK||Gimap ready for requests from 192.0.2.1 m7mb12345"_s };
        QTest::addRow("exchange greeting")
            << QByteArray("* OK The Microsoft Exchange IMAP4 service is ready. [QQBNADAAUAA=]\r\n")
            << QStringList { u"U||OK||The Microsoft Exchange IMAP4 service is ready. [QQBNADAAUAA=]"_s };
        QTest::addRow("courier greeting")
            << QByteArray("* OK [CAPABILITY IMAP4rev1 UIDPLUS CHILDREN NAMESPACE THREAD=ORDEREDSUBJECT SORT QUOTA IDLE STARTTLS] Courier-IMAP ready.\r\n")
            << QStringList { u"U||OK|CAPABILITY IMAP4rev1 UIDPLUS CHILDREN NAMESPACE THREAD=ORDEREDSUBJECT SORT QUOTA IDLE STARTTLS|Courier-IMAP ready."_s };
        QTest::addRow("capability") << QByteArray("* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n") << QStringList { u"U||CAPABILITY||IMAP4rev1 AUTH=PLAIN"_s };
        QTest::addRow("tagged") << QByteArray("a1 OK [READ-WRITE] done\r\n") << QStringList { u"T|a1|OK|READ-WRITE|done"_s };
        QTest::addRow("tagged lower case") << QByteArray("a2 no bad password\r\n") << QStringList { u"T|a2|NO||bad password"_s };
        QTest::addRow("continuation") << QByteArray("+ VXNlcm5hbWU6\r\n") << QStringList { u"+||||VXNlcm5hbWU6"_s };
        QTest::addRow("bare continuation") << QByteArray("+\r\n") << QStringList { u"+||||"_s };
        QTest::addRow("numeric untagged") << QByteArray("* 23 EXISTS\r\n") << QStringList { u"U||23||EXISTS"_s };
        QTest::addRow("literal") << QByteArray("* CAPABILITY {9}\r\nIMAP4rev1\r\n") << QStringList { u"U||CAPABILITY||IMAP4rev1"_s };
        QTest::addRow("literal with line break inside") << QByteArray("* OK {4+}\r\na\r\nb and more\r\n")
                                                        << QStringList { u"U||OK||a\r\nb and more"_s };
        QTest::addRow("preauth") << QByteArray("* PREAUTH [CAPABILITY IMAP4rev1] hi\r\n") << QStringList { u"U||PREAUTH|CAPABILITY IMAP4rev1|hi"_s };
        QTest::addRow("bye") << QByteArray("* BYE Autologout\r\n") << QStringList { u"U||BYE||Autologout"_s };
        QTest::addRow("tagged PREAUTH is invalid") << QByteArray("a1 PREAUTH x\r\n") << QStringList { kMalformed };
        QTest::addRow("tag with bad character") << QByteArray("a(1 OK x\r\n") << QStringList { kMalformed };
        QTest::addRow("status only") << QByteArray("*\r\n") << QStringList { kMalformed };
        QTest::addRow("unclosed code") << QByteArray("* OK [ALERT oops\r\n") << QStringList { kMalformed };
        QTest::addRow("huge literal") << QByteArray("* OK {99999999}\r\n") << QStringList { kTooLong };
        QTest::addRow("too many literals") << QByteArray("* OK {1}\r\nx{1}\r\n").repeated(1) + QByteArray("y{1}\r\n").repeated(20)
                                           << QStringList { kTooMany };
        QTest::addRow("binary garbage") << QByteArray("\x16\x03\x01\x02\x00\r\n", 7) << QStringList { kMalformed };
    }
    void imap()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, events);
        for (const bool byteByByte : { false, true }) {
            ImapResponseParser parser;
            QCOMPARE(drain(parser, input, byteByByte, describeImap), events);
        }
    }

    void pop3_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("multiLine");
        QTest::addColumn<QStringList>("events");
        QTest::addRow("dovecot greeting") << QByteArray("+OK Dovecot ready.\r\n") << false << QStringList { u"+OK|Dovecot ready."_s };
        QTest::addRow("gmail greeting") << QByteArray("+OK Gpop ready for requests from 192.0.2.1 a1mb2\r\n") << false
                                        << QStringList { u"+OK|Gpop ready for requests from 192.0.2.1 a1mb2"_s };
        QTest::addRow("exchange greeting") << QByteArray("+OK The Microsoft Exchange POP3 service is ready.\r\n") << false
                                           << QStringList { u"+OK|The Microsoft Exchange POP3 service is ready."_s };
        QTest::addRow("bare +OK") << QByteArray("+OK\r\n") << false << QStringList { u"+OK|"_s };
        QTest::addRow("error") << QByteArray("-ERR [AUTH] Authentication failed.\r\n") << false
                               << QStringList { u"-ERR|[AUTH] Authentication failed."_s };
        QTest::addRow("capa body") << QByteArray("+OK\r\nTOP\r\nUIDL\r\nSASL PLAIN LOGIN\r\n.\r\n") << true
                                   << QStringList { u"+OK||TOP/UIDL/SASL PLAIN LOGIN"_s };
        QTest::addRow("dot-stuffed") << QByteArray("+OK\r\n..x\r\n.\r\n") << true << QStringList { u"+OK||.x"_s };
        QTest::addRow("multi-line -ERR has no body") << QByteArray("-ERR no\r\n") << true << QStringList { u"-ERR|no"_s };
        QTest::addRow("sasl continuation") << QByteArray("+ \r\n") << false << QStringList { u"+|"_s };
        QTest::addRow("body never ends") << QByteArray("+OK\r\nTOP\r\n") << true << QStringList();
        QTest::addRow("too many body lines") << QByteArray("+OK\r\n") + QByteArray("X\r\n").repeated(300) << true << QStringList { kTooMany };
        QTest::addRow("garbage") << QByteArray("OK fine\r\n") << false << QStringList { kMalformed };
        QTest::addRow("+OKAY is not +OK") << QByteArray("+OKAY\r\n") << false << QStringList { kMalformed };
        QTest::addRow("flood") << QByteArray("+OK\r\n") + QByteArray("Xy\r\n").repeated(300'000) << true << QStringList { kTooMuch };
    }
    void pop3()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, multiLine);
        QFETCH(QStringList, events);
        for (const bool byteByByte : { false, true }) {
            if (byteByByte && input.size() > 100'000)
                continue; // the flood row proves the limit once; byte by byte adds nothing but time
            Pop3ResponseParser parser;
            parser.expectMultiLine(multiLine);
            QCOMPARE(drain(parser, input, byteByByte, describePop3), events);
        }
    }

    void ehloCapabilities_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<QStringList>("tokens");
        QTest::addColumn<QStringList>("mechanisms");
        QTest::addColumn<bool>("startTls");
        QTest::addColumn<qint64>("size");
        QTest::addRow("postfix before TLS")
            << QByteArray("250-mail\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250-VRFY\r\n250-ETRN\r\n250-STARTTLS\r\n250-ENHANCEDSTATUSCODES\r\n250-8BITMIME\r\n250-DSN\r\n250-SMTPUTF8\r\n250 CHUNKING\r\n")
            << QStringList { u"PIPELINING"_s, u"SIZE"_s, u"VRFY"_s, u"ETRN"_s, u"STARTTLS"_s, u"ENHANCEDSTATUSCODES"_s, u"8BITMIME"_s, u"DSN"_s, u"SMTPUTF8"_s, u"CHUNKING"_s }
            << QStringList() << true << qint64(10240000);
        QTest::addRow("gmail")
            << QByteArray("250-smtp.gmail.com at your service, [192.0.2.1]\r\n250-SIZE 35882577\r\n250-8BITMIME\r\n250-AUTH LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH\r\n250-ENHANCEDSTATUSCODES\r\n250-PIPELINING\r\n250-CHUNKING\r\n250 SMTPUTF8\r\n")
            << QStringList { u"SIZE"_s, u"8BITMIME"_s, u"AUTH"_s, u"ENHANCEDSTATUSCODES"_s, u"PIPELINING"_s, u"CHUNKING"_s, u"SMTPUTF8"_s }
            << QStringList { u"LOGIN"_s, u"PLAIN"_s, u"XOAUTH2"_s, u"PLAIN-CLIENTTOKEN"_s, u"OAUTHBEARER"_s, u"XOAUTH"_s } << false << qint64(35882577);
        QTest::addRow("outlook")
            << QByteArray("250-AM0PR02CA0001.outlook.office365.com Hello [192.0.2.1]\r\n250-SIZE 157286400\r\n250-PIPELINING\r\n250-DSN\r\n250-ENHANCEDSTATUSCODES\r\n250-AUTH LOGIN XOAUTH2\r\n250-8BITMIME\r\n250-BINARYMIME\r\n250-CHUNKING\r\n250 SMTPUTF8\r\n")
            << QStringList { u"SIZE"_s, u"PIPELINING"_s, u"DSN"_s, u"ENHANCEDSTATUSCODES"_s, u"AUTH"_s, u"8BITMIME"_s, u"BINARYMIME"_s, u"CHUNKING"_s, u"SMTPUTF8"_s }
            << QStringList { u"LOGIN"_s, u"XOAUTH2"_s } << false << qint64(157286400);
        QTest::addRow("exim, old AUTH= duplicate")
            << QByteArray("250-mx Hello x [192.0.2.1]\r\n250-SIZE 52428800\r\n250-AUTH PLAIN LOGIN\r\n250-AUTH=PLAIN LOGIN\r\n250-STARTTLS\r\n250 HELP\r\n")
            << QStringList { u"SIZE"_s, u"AUTH"_s, u"STARTTLS"_s, u"HELP"_s } << QStringList { u"PLAIN"_s, u"LOGIN"_s } << true << qint64(52428800);
        QTest::addRow("greeting line is not a keyword")
            << QByteArray("250-STARTTLS is my name\r\n250 8BITMIME\r\n") << QStringList { u"8BITMIME"_s } << QStringList() << false << qint64(-1);
        QTest::addRow("lower case, SIZE without value")
            << QByteArray("250-x\r\n250-starttls\r\n250-size\r\n250 auth cram-md5\r\n")
            << QStringList { u"STARTTLS"_s, u"SIZE"_s, u"AUTH"_s } << QStringList { u"CRAM-MD5"_s } << true << qint64(-1);
    }
    void ehloCapabilities()
    {
        QFETCH(QByteArray, reply);
        SmtpReplyParser parser;
        parser.feed(reply);
        const std::optional<SmtpReply> parsed = parser.next();
        QVERIFY(parsed);
        const Capabilities caps = CapabilityParser::fromEhlo(parsed->lines);
        QTEST(caps.tokens, "tokens");
        QTEST(caps.authMechanisms, "mechanisms");
        QTEST(caps.startTls, "startTls");
        QFETCH(qint64, size);
        QCOMPARE(caps.sizeLimit.value_or(-1), size);
    }

    void imapCapabilities_data()
    {
        QTest::addColumn<QByteArray>("atoms");
        QTest::addColumn<QStringList>("mechanisms");
        QTest::addColumn<bool>("startTls");
        QTest::addColumn<bool>("loginDisabled");
        QTest::addRow("dovecot before TLS") << QByteArray("IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS LOGINDISABLED")
                                            << QStringList() << true << true;
        QTest::addRow("gmail") << QByteArray("IMAP4rev1 UNSELECT IDLE NAMESPACE QUOTA ID XLIST CHILDREN X-GM-EXT-1 XYZZY SASL-IR AUTH=XOAUTH2 AUTH=PLAIN AUTH=PLAIN-CLIENTTOKEN AUTH=OAUTHBEARER AUTH=XOAUTH")
                               << QStringList { u"XOAUTH2"_s, u"PLAIN"_s, u"PLAIN-CLIENTTOKEN"_s, u"OAUTHBEARER"_s, u"XOAUTH"_s } << false << false;
        QTest::addRow("yahoo") << QByteArray("IMAP4rev1 ID MOVE NAMESPACE XYMHIGHESTMODSEQ UIDPLUS LITERAL+ CHILDREN X-MSG-EXT UNSELECT OBJECTID")
                               << QStringList() << false << false;
        QTest::addRow("LOGINDISABLED is not LOGIN, STARTTLSX is not STARTTLS")
            << QByteArray("IMAP4rev1 LOGINDISABLED STARTTLSX AUTH=LOGIN") << QStringList { u"LOGIN"_s } << false << true;
        QTest::addRow("lower case") << QByteArray("imap4rev2 starttls auth=scram-sha-256") << QStringList { u"SCRAM-SHA-256"_s } << true << false;
    }
    void imapCapabilities()
    {
        QFETCH(QByteArray, atoms);
        const Capabilities caps = CapabilityParser::fromImap(atoms);
        QTEST(caps.authMechanisms, "mechanisms");
        QTEST(caps.startTls, "startTls");
        QTEST(caps.loginDisabled, "loginDisabled");
        QVERIFY(!caps.has(u"LOGIN"));
    }

    void pop3Capabilities()
    {
        const Capabilities before = CapabilityParser::fromPop3({ "TOP", "UIDL", "RESP-CODES", "PIPELINING", "AUTH-RESP-CODE", "STLS", "SASL" });
        QVERIFY(before.startTls);
        QVERIFY(before.authMechanisms.isEmpty());
        QVERIFY(!before.userCommand);
        const Capabilities after = CapabilityParser::fromPop3({ "TOP", "UIDL", "USER", "SASL PLAIN LOGIN", "IMPLEMENTATION Dovecot" });
        QCOMPARE(after.authMechanisms, (QStringList { u"PLAIN"_s, u"LOGIN"_s }));
        QVERIFY(after.userCommand);
        QVERIFY(after.has(u"IMPLEMENTATION"));
        QVERIFY(!after.startTls);
    }
};

QTEST_GUILESS_MAIN(TestReplyParsers)
#include "TestReplyParsers.moc"
