// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestPaths.h"
#include "discovery/ClientConfigParser.h"
#include "discovery/EmailAddress.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace mailscout;
using namespace Qt::StringLiterals;

namespace {

// A clientConfig document around the given emailProvider content.
QByteArray provider(const QString& inner)
{
    return (u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<clientConfig version=\"1.1\">\n"
            "<emailProvider id=\"example.com\">\n<domain>example.com</domain>\n"_s
        + inner + u"\n</emailProvider>\n</clientConfig>\n"_s)
        .toUtf8();
}

QString imap(const QString& inner)
{
    return u"<incomingServer type=\"imap\">"_s + inner + u"</incomingServer>"_s;
}
QString smtp(const QString& inner)
{
    return u"<outgoingServer type=\"smtp\">"_s + inner + u"</outgoingServer>"_s;
}

// "imap mail.example.com:993 tls user=%EMAILADDRESS% auth=password-cleartext", one line per server,
// incoming first: a whole configuration in one comparable string.
QString summary(const ClientConfig& config)
{
    QStringList lines;
    for (const auto* servers : { &config.incoming, &config.outgoing }) {
        for (const ClientConfig::Server& s : *servers) {
            lines.append(protocolName(s.protocol) + u' ' + s.hostname + u':' + QString::number(s.port) + u' '
                + securityName(s.security) + u" user="_s + s.username + u" auth="_s
                + s.authentication.join(u','));
        }
    }
    return lines.join(u'\n');
}

QString ispdbDir()
{
    return mailscout::test::sharedDir() + u"/ispdb"_s;
}

} // namespace

class TestClientConfigParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // What real files do, and what the parser makes of it. Columns: the emailProvider content, the summary
    // of what is read, and how many warnings the oddities deserve.
    void quirks_data()
    {
        QTest::addColumn<QString>("inner");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("warnings");
        const QString std = u"<port>993</port><socketType>SSL</socketType>"_s;
        const QString outStd
            = smtp(u"<hostname>smtp.example.com</hostname><port>465</port><socketType>SSL</socketType>"_s);
        const QString outLine = u"\nsmtp smtp.example.com:465 tls user= auth="_s;

        QTest::addRow("plain server") << imap(u"<hostname>imap.example.com</hostname>"_s + std
                                             + u"<username>%EMAILADDRESS%</username>"
                                               "<authentication>password-cleartext</authentication>"_s)
                + outStd
                                      << u"imap imap.example.com:993 tls user=%EMAILADDRESS% "
                                         "auth=password-cleartext"_s
                + outLine << 0;
        QTest::addRow("deprecated plain and secure")
            << imap(u"<hostname>imap.example.com</hostname>"_s + std
                   + u"<authentication>plain</authentication><authentication>secure</authentication>"_s)
                + outStd
            << u"imap imap.example.com:993 tls user= auth=password-cleartext,password-encrypted"_s + outLine
            << 0;
        QTest::addRow("every authentication value")
            << imap(u"<hostname>imap.example.com</hostname>"_s + std
                   + u"<authentication>OAuth2</authentication><authentication>GSSAPI</authentication>"
                     "<authentication>NTLM</authentication><authentication>TLS-client-cert</authentication>"
                     "<authentication>none</authentication>"_s)
                + smtp(u"<hostname>smtp.example.com</hostname><port>25</port><socketType>plain</socketType>"
                       "<authentication>client-IP-address</authentication>"
                       "<authentication>smtp-after-pop</authentication>"_s)
            << u"imap imap.example.com:993 tls user= auth=OAuth2,GSSAPI,NTLM,TLS-client-cert,none\n"
               "smtp smtp.example.com:25 plain user= auth=client-IP-address,smtp-after-pop"_s
            << 0;
        QTest::addRow("authentication case and duplicates")
            << imap(u"<hostname>imap.example.com</hostname>"_s + std
                   + u"<authentication>oauth2</authentication><authentication>OAuth2</authentication>"
                     "<authentication> Password-Cleartext </authentication>"_s)
                + outStd
            << u"imap imap.example.com:993 tls user= auth=OAuth2,password-cleartext"_s + outLine << 0;
        QTest::addRow("unknown authentication warned")
            << imap(u"<hostname>imap.example.com</hostname>"_s + std
                   + u"<authentication>kerberos-magic</authentication>"_s)
                + outStd
            << u"imap imap.example.com:993 tls user= auth="_s + outLine << 1;
        QTest::addRow("several servers keep document order")
            << imap(u"<hostname>imap.example.com</hostname>"_s + std)
                + u"<incomingServer type=\"pop3\"><hostname>pop.example.com</hostname><port>995</port>"
                  "<socketType>SSL</socketType></incomingServer>"_s
                + imap(
                    u"<hostname>imap.example.com</hostname><port>143</port><socketType>STARTTLS</socketType>"_s)
                + outStd
                + smtp(
                    u"<hostname>smtp.example.com</hostname><port>587</port><socketType>STARTTLS</socketType>"_s)
            << u"imap imap.example.com:993 tls user= auth=\npop3 pop.example.com:995 tls user= auth=\n"
               "imap imap.example.com:143 starttls user= auth=\nsmtp smtp.example.com:465 tls user= auth=\n"
               "smtp smtp.example.com:587 starttls user= auth="_s
            << 0;
        QTest::addRow("unknown elements tolerated")
            << u"<futureThing a=\"1\"><nested><deeper/></nested></futureThing>"_s
                + imap(u"<hostname>imap.example.com</hostname>"_s + std
                    + u"<restriction>client-IP-address</restriction><pop3><leaveMessagesOnServer>true"
                      "</leaveMessagesOnServer></pop3><useGlobalPreferredServer>true</useGlobalPreferredServer>"_s)
                + outStd
                + u"<documentation url=\"https://example.com/\"><descr lang=\"en\">x</descr></documentation>"_s
            << u"imap imap.example.com:993 tls user= auth="_s + outLine << 0;
        QTest::addRow("exchange and jmap servers ignored")
            << u"<incomingServer type=\"exchange\"><hostname>ex.example.com</hostname><port>443</port>"
               "<socketType>SSL</socketType></incomingServer><incomingServer "
               "type=\"jmap\"><url>https://x/</url>"
               "</incomingServer><incomingServer type=\"ews\"><username>%EMAILADDRESS</username></incomingServer>"_s
                + imap(u"<hostname>imap.example.com</hostname>"_s + std) + outStd
            << u"imap imap.example.com:993 tls user= auth="_s + outLine << 0;
        QTest::addRow("placeholders kept as templates")
            << imap(u"<hostname>mail.%EMAILDOMAIN%</hostname>"_s + std
                   + u"<username>%EMAILLOCALPART%.%EMAILDOMAIN%</username>"_s)
                + outStd
            << u"imap mail.%EMAILDOMAIN%:993 tls user=%EMAILLOCALPART%.%EMAILDOMAIN% auth="_s + outLine << 0;
        QTest::addRow("unclosed placeholder repaired") << imap(u"<hostname>imap.example.com</hostname>"_s
                                                              + std + u"<username>%EMAILADDRESS</username>"_s)
                + outStd << u"imap imap.example.com:993 tls user=%EMAILADDRESS% auth="_s + outLine
                                                       << 1;
        QTest::addRow("missing port gets the standard one")
            << imap(u"<hostname>imap.example.com</hostname><socketType>STARTTLS</socketType>"_s)
                + smtp(u"<hostname>smtp.example.com</hostname><socketType>SSL</socketType>"_s)
            << u"imap imap.example.com:143 starttls user= auth=\nsmtp smtp.example.com:465 tls user= auth="_s
            << 2;
        QTest::addRow("socketType in any case, spaces trimmed")
            << imap(
                   u"<hostname> IMAP.Example.COM </hostname><port> 993 </port><socketType>ssl</socketType>"_s)
                + smtp(
                    u"<hostname>smtp.example.com</hostname><port>587</port><socketType>StartTLS</socketType>"_s)
            << u"imap imap.example.com:993 tls user= auth=\nsmtp smtp.example.com:587 starttls user= auth="_s
            << 0;
        QTest::addRow("IDN host name in ACE")
            << imap(u"<hostname>imap.bücher.example</hostname>"_s + std) + outStd
            << u"imap imap.xn--bcher-kva.example:993 tls user= auth="_s + outLine << 0;
        QTest::addRow("server without socketType left out")
            << imap(u"<hostname>imap.example.com</hostname><port>993</port>"_s) + outStd << outLine.mid(1)
            << 1;
        QTest::addRow("unknown socketType left out")
            << imap(u"<hostname>imap.example.com</hostname><port>993</port><socketType>TLS1.3</socketType>"_s)
                + outStd
            << outLine.mid(1) << 1;
        QTest::addRow("server without hostname left out") << imap(std) + outStd << outLine.mid(1) << 1;
        QTest::addRow("invalid hostname left out")
            << imap(u"<hostname>imap example.com</hostname>"_s + std) + outStd << outLine.mid(1) << 1;
        QTest::addRow("host name with port left out")
            << imap(u"<hostname>imap.example.com:993</hostname>"_s + std) + outStd << outLine.mid(1) << 1;
        QTest::addRow("port out of range left out")
            << imap(u"<hostname>imap.example.com</hostname><port>99999</port><socketType>SSL</socketType>"_s)
                + outStd
            << outLine.mid(1) << 1;
        QTest::addRow("port not a number left out")
            << imap(u"<hostname>imap.example.com</hostname><port>imaps</port><socketType>SSL</socketType>"_s)
                + outStd
            << outLine.mid(1) << 1;
        QTest::addRow("smtp as incoming ignored")
            << u"<incomingServer type=\"smtp\"><hostname>x.example.com</hostname>"_s + std
                + u"</incomingServer>"_s + outStd
            << outLine.mid(1) << 0;
        QTest::addRow("only outgoing is still usable") << outStd << outLine.mid(1) << 0;
    }
    void quirks()
    {
        QFETCH(QString, inner);
        QFETCH(QString, expected);
        QFETCH(int, warnings);
        const auto result = ClientConfigParser::parse(provider(inner));
        QVERIFY2(result, qPrintable(result.error));
        QVERIFY(result.error.isEmpty());
        QCOMPARE(summary(*result.config), expected);
        QVERIFY2(result.config->warnings.size() == warnings, qPrintable(result.config->warnings.join(u'\n')));
        for (const QString& warning : result.config->warnings)
            QVERIFY2(warning.startsWith(u"Line "_s), qPrintable(warning));
    }

    void providerFields()
    {
        const QByteArray document = R"(<?xml version="1.0"?>
<clientConfig version="1.1">
  <emailProvider id="example.com">
    <domain>Example.com</domain>
    <domain>example.net</domain>
    <domain>example.com</domain>
    <domain>bücher.example</domain>
    <displayName>Example Mail</displayName>
    <displayShortName>Example</displayShortName>
    <incomingServer type="imap"><hostname>imap.example.com</hostname><port>993</port><socketType>SSL</socketType></incomingServer>
  </emailProvider>
  <oAuth2>
    <issuer>login.example.com</issuer>
    <scope>mail offline_access</scope>
    <authURL>https://login.example.com/auth</authURL>
    <tokenURL>https://login.example.com/token</tokenURL>
  </oAuth2>
</clientConfig>)";
        const auto result = ClientConfigParser::parse(document);
        QVERIFY2(result, qPrintable(result.error));
        const ClientConfig& config = *result.config;
        QCOMPARE(config.id, u"example.com"_s);
        QCOMPARE(
            config.domains, (QStringList { u"example.com"_s, u"example.net"_s, u"xn--bcher-kva.example"_s }));
        QCOMPARE(config.displayName, u"Example Mail"_s);
        QCOMPARE(config.displayShortName, u"Example"_s);
        QVERIFY(config.outgoing.isEmpty());
        QVERIFY(config.oauth2);
        QCOMPARE(config.oauth2->issuer, u"login.example.com"_s);
        QCOMPARE(config.oauth2->scopes, (QStringList { u"mail"_s, u"offline_access"_s }));
        QCOMPARE(config.oauth2->authUrl, u"https://login.example.com/auth"_s);
        QCOMPARE(config.oauth2->tokenUrl, u"https://login.example.com/token"_s);
    }

    void placeholdersSubstituted()
    {
        const auto result = ClientConfigParser::parse(provider(
            u"<displayName>Mail for %EMAILDOMAIN%</displayName>"_s
            + imap(u"<hostname>imap.%EMAILDOMAIN%</hostname><port>993</port><socketType>SSL</socketType>"
                   "<username>%EMAILADDRESS%</username>"_s)
            + smtp(u"<hostname>smtp.example.com</hostname><port>587</port><socketType>STARTTLS</socketType>"
                   "<username>%EMAILLOCALPART%</username>"_s)));
        QVERIFY2(result, qPrintable(result.error));

        const ClientConfig forAddress
            = result.config->withAddress(EmailAddress::parse(u"Jürgen@Bücher.example"_s));
        QCOMPARE(forAddress.displayName, u"Mail for bücher.example"_s);
        QCOMPARE(summary(forAddress),
            u"imap imap.xn--bcher-kva.example:993 tls user=Jürgen@xn--bcher-kva.example auth=\n"
            "smtp smtp.example.com:587 starttls user=Jürgen auth="_s);

        // A bare domain fills in the domain and leaves the per-user templates for later.
        const ClientConfig forDomain = result.config->withAddress(EmailAddress::parse(u"example.org"_s));
        QCOMPARE(summary(forDomain),
            u"imap imap.example.org:993 tls user=%EMAILADDRESS% auth=\n"
            "smtp smtp.example.com:587 starttls user=%EMAILLOCALPART% auth="_s);

        // Candidates need real hosts: without substitution the templated server has none.
        const auto unsubstituted = result.config->toCandidates(CandidateSource::Ispdb, true, u"r"_s);
        QCOMPARE(unsubstituted.size(), 1);
        QCOMPARE(unsubstituted.first().endpoint.host, u"smtp.example.com"_s);
    }

    void substitutionThatBreaksTheHostIsWarned()
    {
        const auto result = ClientConfigParser::parse(provider(
            imap(
                u"<hostname>%EMAILLOCALPART%.example.com</hostname><port>993</port><socketType>SSL</socketType>"_s)
            + smtp(u"<hostname>smtp.example.com</hostname><port>465</port><socketType>SSL</socketType>"_s)));
        QVERIFY2(result, qPrintable(result.error));
        const ClientConfig config = result.config->withAddress(EmailAddress::parse(u"a+b@example.com"_s));
        QVERIFY(config.incoming.isEmpty());
        QCOMPARE(config.outgoing.size(), 1);
        QCOMPARE(config.warnings.size(), 1);
    }

    void toCandidates()
    {
        const auto result = ClientConfigParser::parse(provider(
            imap(u"<hostname>imap.example.com</hostname><port>993</port><socketType>SSL</socketType>"
                 "<username>%EMAILADDRESS%</username><authentication>OAuth2</authentication>"_s)
            + smtp(u"<hostname>smtp.example.com</hostname><port>587</port><socketType>STARTTLS</socketType>"
                   "<username>%EMAILADDRESS%</username><authentication>OAuth2</authentication>"
                   "<authentication>password-cleartext</authentication>"_s)));
        QVERIFY2(result, qPrintable(result.error));
        const QString reason = u"Fetched over HTTPS from the domain itself."_s;
        const QList<Candidate> candidates
            = result.config->toCandidates(CandidateSource::AutoconfigHttps, true, reason);
        QCOMPARE(candidates.size(), 2);
        const Candidate& in = candidates.at(0);
        QCOMPARE(
            in.endpoint, (Endpoint { Protocol::Imap, u"imap.example.com"_s, 993, Security::ImplicitTls }));
        QCOMPARE(in.source, CandidateSource::AutoconfigHttps);
        QVERIFY(in.trusted);
        QCOMPARE(in.trustReason, reason);
        QCOMPARE(in.usernameTemplate, u"%EMAILADDRESS%"_s);
        QCOMPARE(in.authMethods, QStringList { u"OAuth2"_s });
        QVERIFY(in.oauth2Required);
        const Candidate& out = candidates.at(1);
        QCOMPARE(out.endpoint, (Endpoint { Protocol::Smtp, u"smtp.example.com"_s, 587, Security::StartTls }));
        QCOMPARE(out.authMethods, (QStringList { u"OAuth2"_s, u"password-cleartext"_s }));
        QVERIFY(!out.oauth2Required);

        const auto untrusted = result.config->toCandidates(CandidateSource::AutoconfigHttp, false, reason);
        QVERIFY(!untrusted.first().trusted);
        QCOMPARE(untrusted.first().source, CandidateSource::AutoconfigHttp);
    }

    void canonicalAuthentication_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("canonical");
        QTest::addRow("plain") << u"plain"_s << u"password-cleartext"_s;
        QTest::addRow("secure") << u"secure"_s << u"password-encrypted"_s;
        QTest::addRow("upper case") << u"PASSWORD-CLEARTEXT"_s << u"password-cleartext"_s;
        QTest::addRow("oauth2") << u"oauth2"_s << u"OAuth2"_s;
        QTest::addRow("client ip") << u"client-ip-address"_s << u"client-IP-address"_s;
        QTest::addRow("tls cert") << u"tls-client-cert"_s << u"TLS-client-cert"_s;
        QTest::addRow("gssapi") << u"gssapi"_s << u"GSSAPI"_s;
        QTest::addRow("ntlm") << u"NTLM"_s << u"NTLM"_s;
        QTest::addRow("none") << u"None"_s << u"none"_s;
        QTest::addRow("unknown") << u"CRAM-MD5"_s << QString();
    }
    void canonicalAuthentication()
    {
        QFETCH(QString, value);
        QFETCH(QString, canonical);
        QCOMPARE(ClientConfigParser::canonicalAuthentication(value).value_or(QString()), canonical);
    }

    // Documents from servers we do not control. Columns: the document, and a piece the error must contain.
    void hostile_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("errorPart");

        QByteArray big = provider(imap(u"<hostname>imap.example.com</hostname><port>993</port>"
                                       "<socketType>SSL</socketType>"_s));
        big.insert(big.indexOf("<clientConfig"),
            "<!--" + QByteArray(ClientConfigParser::kMaxDocumentSize, 'x') + "-->");
        QTest::addRow("oversized") << big << u"bytes"_s;

        QTest::addRow("entity bomb") << QByteArray(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
            " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
            " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
            "]>\n<clientConfig><emailProvider id=\"x\"><displayName>&lol2;</displayName>"
            "</emailProvider></clientConfig>")
                                     << u"DTD"_s;
        QTest::addRow("external entity") << QByteArray(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE c [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
            "<clientConfig><emailProvider><displayName>&xxe;</displayName></emailProvider>"
            "</clientConfig>") << u"Line 2"_s;
        QTest::addRow("undeclared entity")
            << QByteArray("<clientConfig>\n<emailProvider>&xxe;</emailProvider></clientConfig>")
            << u"Line 2"_s;
        QByteArray deep = "<clientConfig><emailProvider>";
        for (int i = 0; i < 100; ++i)
            deep += "<a>";
        QTest::addRow("deeply nested") << deep << u"nested"_s;
        QByteArray wide = "<clientConfig><emailProvider>";
        for (int i = 0; i <= ClientConfigParser::kMaxElements; ++i)
            wide += "<domain>a.example</domain>\n";
        wide += "</emailProvider></clientConfig>";
        QTest::addRow("too many elements") << wide << u"elements"_s;
        QTest::addRow("invalid UTF-8")
            << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<clientConfig>\n<emailProvider>"
                          "<displayName>\xff\xfe\xc3</displayName></emailProvider></clientConfig>")
            << u"Line 3"_s;
        QTest::addRow("truncated") << provider(imap(u"<hostname>imap.example.com</hostname>"_s)).left(120)
                                   << u"Line "_s;
        QTest::addRow("empty") << QByteArray() << u"Line 1"_s;
        QTest::addRow("not XML") << QByteArray("{\"imap\": \"imap.example.com\"}") << u"Line 1"_s;
        QTest::addRow("HTML error page")
            << QByteArray("<html><body>404 Not Found</body></html>") << u"<html>"_s;
        QTest::addRow("no emailProvider")
            << QByteArray("<clientConfig version=\"1.1\"/>") << u"emailProvider"_s;
        QTest::addRow("no usable server")
            << provider(u"<incomingServer type=\"imap\"><port>993</port></incomingServer>"_s)
            << u"no host name"_s;
        QTest::addRow("element inside a value")
            << provider(imap(u"<hostname>imap<b>.example.com</b></hostname>"_s)) << u"Line 5"_s;
        QTest::addRow("mismatched tags")
            << QByteArray("<clientConfig>\n<emailProvider></clientConfig>") << u"Line 2"_s;
    }
    void hostile()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, errorPart);
        const auto result = ClientConfigParser::parse(document);
        QVERIFY(!result);
        QVERIFY(!result.config);
        QVERIFY2(result.error.contains(errorPart), qPrintable(result.error));
    }

    void everyIspdbFileParses()
    {
        const QDir dir(ispdbDir());
        if (!dir.exists())
            QSKIP(qPrintable(u"The shared ISPDB sample is not at %1; nothing to check."_s.arg(dir.path())));
        const QStringList files = dir.entryList({ u"*.xml"_s }, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 163);
        qsizetype domains = 0;
        for (const QString& name : files) {
            QFile file(dir.filePath(name));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(name));
            const auto result = ClientConfigParser::parse(file.readAll());
            QVERIFY2(result, qPrintable(name + u": "_s + result.error));
            QVERIFY2(!result.config->domains.isEmpty(), qPrintable(name));
            QVERIFY2(!result.config->incoming.isEmpty(), qPrintable(name));
            QVERIFY2(!result.config->outgoing.isEmpty(), qPrintable(name));
            domains += result.config->domains.size();
            // A real address must turn every file into candidates with real hosts.
            const ClientConfig forUser = result.config->withAddress(
                EmailAddress::parse(QString(u"user@"_s + result.config->domains.first())));
            const QList<Candidate> candidates = forUser.toCandidates(CandidateSource::Ispdb, true, QString());
            QVERIFY2(
                candidates.size() == forUser.incoming.size() + forUser.outgoing.size(), qPrintable(name));
            for (const Candidate& candidate : candidates) {
                QVERIFY2(!candidate.endpoint.host.contains(u'%'), qPrintable(name));
                QVERIFY2(candidate.endpoint.port != 0, qPrintable(name));
            }
        }
        QCOMPARE(domains, 962); // 963 <domain> elements; cty-net.ne.jp.xml lists its own domain twice
    }

    // Read off the files by hand. Columns: file, first incoming and first outgoing server (summary form).
    void ispdbHandChecked_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("incoming");
        QTest::addColumn<QString>("outgoing");
        QTest::addColumn<int>("incomingCount");
        QTest::addRow("1und1.de")
            << u"1und1.de.xml"_s
            << u"imap imap.1und1.de:993 tls user=%EMAILADDRESS% auth=password-cleartext"_s
            << u"smtp smtp.1und1.de:465 tls user=%EMAILADDRESS% auth=password-cleartext"_s << 4;
        QTest::addRow("free.fr")
            << u"free.fr.xml"_s
            << u"imap imap.free.fr:993 tls user=%EMAILLOCALPART% auth=password-cleartext"_s
            << u"smtp smtp.free.fr:465 tls user=%EMAILLOCALPART% auth=password-cleartext"_s << 2;
        QTest::addRow("comcast.net")
            << u"comcast.net.xml"_s
            << u"imap imap.comcast.net:993 tls user=%EMAILADDRESS% auth=OAuth2,password-cleartext"_s
            << u"smtp smtp.comcast.net:465 tls user=%EMAILADDRESS% auth=OAuth2,password-cleartext"_s << -1;
        QTest::addRow("office365.com (ews, owa, graph, exchange skipped)")
            << u"office365.com.xml"_s
            << u"imap outlook.office365.com:993 tls user=%EMAILADDRESS% auth=OAuth2"_s
            << u"smtp smtp.office365.com:587 starttls user=%EMAILADDRESS% auth=OAuth2"_s << 2;
        QTest::addRow("seznam.cz")
            << u"seznam.cz.xml"_s
            << u"imap imap.seznam.cz:993 tls user=%EMAILADDRESS% auth=password-cleartext"_s
            << u"smtp smtp.seznam.cz:465 tls user=%EMAILADDRESS% auth=password-cleartext"_s << 2;
        QTest::addRow("libero.it")
            << u"libero.it.xml"_s
            << u"imap imapmail.libero.it:993 tls user=%EMAILADDRESS% auth=password-cleartext"_s
            << u"smtp smtp.libero.it:465 tls user=%EMAILADDRESS% auth=password-cleartext"_s << 2;
        QTest::addRow("o2.pl") << u"o2.pl.xml"_s
                               << u"imap poczta.o2.pl:993 tls user=%EMAILLOCALPART% auth=password-cleartext"_s
                               << u"smtp poczta.o2.pl:465 tls user=%EMAILLOCALPART% auth=password-cleartext"_s
                               << 2;
        QTest::addRow("qq.com") << u"qq.com.xml"_s
                                << u"imap imap.qq.com:993 tls user=%EMAILADDRESS% auth=password-cleartext"_s
                                << u"smtp smtp.qq.com:465 tls user=%EMAILADDRESS% auth=password-cleartext"_s
                                << 1;
        QTest::addRow("emailsrvr.com")
            << u"emailsrvr.com.xml"_s
            << u"imap secure.emailsrvr.com:993 tls user=%EMAILADDRESS% auth=password-cleartext"_s
            << u"smtp secure.emailsrvr.com:465 tls user=%EMAILADDRESS% auth=password-cleartext"_s << 1;
        QTest::addRow("broba.cc (plain only)")
            << u"broba.cc.xml"_s
            << u"pop3 mail.broba.cc:110 plain user=%EMAILADDRESS% auth=password-cleartext"_s
            << u"smtp mail.broba.cc:587 plain user=%EMAILADDRESS% auth=password-cleartext"_s << 1;
        QTest::addRow("inbox.lv (host template)")
            << u"inbox.lv.xml"_s
            << u"imap mail.%EMAILDOMAIN%:993 tls user=%EMAILADDRESS% auth=password-cleartext"_s
            << u"smtp mail.%EMAILDOMAIN%:465 tls user=%EMAILADDRESS% auth=password-cleartext"_s << -1;
    }
    void ispdbHandChecked()
    {
        QFETCH(QString, file);
        QFETCH(QString, incoming);
        QFETCH(QString, outgoing);
        QFETCH(int, incomingCount);
        if (!QDir(ispdbDir()).exists())
            QSKIP(qPrintable(u"The shared ISPDB sample is not at %1; nothing to check."_s.arg(ispdbDir())));
        QFile f(ispdbDir() + u'/' + file);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const auto result = ClientConfigParser::parse(f.readAll());
        QVERIFY2(result, qPrintable(result.error));
        ClientConfig firsts = *result.config;
        if (incomingCount >= 0)
            QCOMPARE(firsts.incoming.size(), incomingCount);
        firsts.incoming = firsts.incoming.mid(0, 1);
        firsts.outgoing = firsts.outgoing.mid(0, 1);
        QCOMPARE(summary(firsts), incoming + u'\n' + outgoing);
    }
};

QTEST_GUILESS_MAIN(TestClientConfigParser)
#include "TestClientConfigParser.moc"
