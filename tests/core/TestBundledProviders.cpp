// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestPaths.h"
#include "discovery/BundledProviders.h"
#include "discovery/ClientConfigParser.h"
#include "discovery/EmailAddress.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mailscout;
using namespace Qt::StringLiterals;

namespace {

QString firstServer(const QList<ClientConfig::Server>& servers)
{
    if (servers.isEmpty())
        return QString();
    const ClientConfig::Server& s = servers.first();
    return s.hostname + u':' + QString::number(s.port) + u' ' + securityName(s.security);
}

} // namespace

class TestBundledProviders : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyFileIsCompiledInAndClean()
    {
        const QDir source(mailscout::test::sourceDir() + u"/resources/providers"_s);
        const QStringList sourceFiles = source.entryList({ u"*.xml"_s }, QDir::Files, QDir::Name);
        const QStringList compiledIn
            = QDir(u":/providers"_s).entryList({ u"*.xml"_s }, QDir::Files, QDir::Name);
        QVERIFY(sourceFiles.size() >= 15);
        QCOMPARE(compiledIn, sourceFiles);

        for (const QString& name : compiledIn) {
            QFile file(u":/providers/"_s + name);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray data = file.readAll();
            QVERIFY2(data.contains("SPDX-License-Identifier: GPL-3.0-or-later"), qPrintable(name));
            const auto result = ClientConfigParser::parse(data);
            QVERIFY2(result, qPrintable(name + u": "_s + result.error));
            QVERIFY2(result.config->warnings.isEmpty(), qPrintable(result.config->warnings.join(u'\n')));
            QVERIFY2(!result.config->incoming.isEmpty(), qPrintable(name));
            QVERIFY2(!result.config->outgoing.isEmpty(), qPrintable(name));
            QVERIFY2(!result.config->displayName.isEmpty(), qPrintable(name));
            for (const auto* servers : { &result.config->incoming, &result.config->outgoing }) {
                for (const ClientConfig::Server& server : *servers) {
                    QVERIFY2(!server.username.isEmpty(), qPrintable(name));
                    QVERIFY2(!server.authentication.isEmpty(), qPrintable(name));
                    // Bundled data recommends no plaintext: the ranking must never meet it from us.
                    QVERIFY2(server.security != Security::Plain, qPrintable(name));
                }
            }
        }
        QCOMPARE(BundledProviders::instance().errors(), QStringList());
        QCOMPARE(BundledProviders::instance().providers().size(), compiledIn.size());
    }

    // Columns: domain, first incoming server, first outgoing server, the username template, OAuth2 only.
    void lookup_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("incoming");
        QTest::addColumn<QString>("outgoing");
        QTest::addColumn<QString>("username");
        QTest::addColumn<bool>("oauth2Only");
        QTest::addRow("gmail.com") << u"gmail.com"_s << u"imap.gmail.com:993 tls"_s
                                   << u"smtp.gmail.com:465 tls"_s << u"%EMAILADDRESS%"_s << false;
        QTest::addRow("googlemail.com") << u"googlemail.com"_s << u"imap.gmail.com:993 tls"_s
                                        << u"smtp.gmail.com:465 tls"_s << u"%EMAILADDRESS%"_s << false;
        QTest::addRow("outlook.com") << u"outlook.com"_s << u"outlook.office365.com:993 tls"_s
                                     << u"smtp-mail.outlook.com:587 starttls"_s << u"%EMAILADDRESS%"_s
                                     << true;
        QTest::addRow("hotmail.com") << u"hotmail.com"_s << u"outlook.office365.com:993 tls"_s
                                     << u"smtp-mail.outlook.com:587 starttls"_s << u"%EMAILADDRESS%"_s
                                     << true;
        QTest::addRow("live.com") << u"live.com"_s << u"outlook.office365.com:993 tls"_s
                                  << u"smtp-mail.outlook.com:587 starttls"_s << u"%EMAILADDRESS%"_s << true;
        QTest::addRow("onmicrosoft.com")
            << u"onmicrosoft.com"_s << u"outlook.office365.com:993 tls"_s
            << u"smtp.office365.com:587 starttls"_s << u"%EMAILADDRESS%"_s << true;
        QTest::addRow("yahoo.com") << u"yahoo.com"_s << u"imap.mail.yahoo.com:993 tls"_s
                                   << u"smtp.mail.yahoo.com:465 tls"_s << u"%EMAILADDRESS%"_s << false;
        QTest::addRow("yahoo.co.uk") << u"yahoo.co.uk"_s << u"imap.mail.yahoo.com:993 tls"_s
                                     << u"smtp.mail.yahoo.com:465 tls"_s << u"%EMAILADDRESS%"_s << false;
        QTest::addRow("icloud.com") << u"icloud.com"_s << u"imap.mail.me.com:993 tls"_s
                                    << u"smtp.mail.me.com:587 starttls"_s << u"%EMAILLOCALPART%"_s << false;
        QTest::addRow("me.com") << u"me.com"_s << u"imap.mail.me.com:993 tls"_s
                                << u"smtp.mail.me.com:587 starttls"_s << u"%EMAILLOCALPART%"_s << false;
        QTest::addRow("aol.com") << u"aol.com"_s << u"imap.aol.com:993 tls"_s << u"smtp.aol.com:465 tls"_s
                                 << u"%EMAILADDRESS%"_s << false;
        QTest::addRow("gmx.de") << u"gmx.de"_s << u"imap.gmx.net:993 tls"_s << u"mail.gmx.net:465 tls"_s
                                << u"%EMAILADDRESS%"_s << false;
        QTest::addRow("gmx.com") << u"gmx.com"_s << u"imap.gmx.com:993 tls"_s << u"mail.gmx.com:465 tls"_s
                                 << u"%EMAILADDRESS%"_s << false;
        QTest::addRow("web.de") << u"web.de"_s << u"imap.web.de:993 tls"_s << u"smtp.web.de:587 starttls"_s
                                << u"%EMAILADDRESS%"_s << false;
        QTest::addRow("mail.ru") << u"mail.ru"_s << u"imap.mail.ru:993 tls"_s << u"smtp.mail.ru:465 tls"_s
                                 << u"%EMAILADDRESS%"_s << false;
        QTest::addRow("yandex.ru") << u"yandex.ru"_s << u"imap.yandex.com:993 tls"_s
                                   << u"smtp.yandex.com:465 tls"_s << u"%EMAILADDRESS%"_s << false;
        QTest::addRow("fastmail.com") << u"fastmail.com"_s << u"imap.fastmail.com:993 tls"_s
                                      << u"smtp.fastmail.com:465 tls"_s << u"%EMAILADDRESS%"_s << false;
        QTest::addRow("proton.me via Bridge") << u"proton.me"_s << u"127.0.0.1:1143 starttls"_s
                                              << u"127.0.0.1:1025 starttls"_s << u"%EMAILADDRESS%"_s << false;
        QTest::addRow("zoho.com") << u"zoho.com"_s << u"imap.zoho.com:993 tls"_s << u"smtp.zoho.com:465 tls"_s
                                  << u"%EMAILADDRESS%"_s << false;
        QTest::addRow("zoho.eu") << u"zoho.eu"_s << u"imap.zoho.eu:993 tls"_s << u"smtp.zoho.eu:465 tls"_s
                                 << u"%EMAILADDRESS%"_s << false;
        QTest::addRow("posteo.de") << u"posteo.de"_s << u"posteo.de:993 tls"_s << u"posteo.de:465 tls"_s
                                   << u"%EMAILADDRESS%"_s << false;
        QTest::addRow("t-online.de") << u"t-online.de"_s << u"secureimap.t-online.de:993 tls"_s
                                     << u"securesmtp.t-online.de:465 tls"_s << u"%EMAILADDRESS%"_s << false;
        QTest::addRow("case and final dot") << u"GMail.COM."_s << u"imap.gmail.com:993 tls"_s
                                            << u"smtp.gmail.com:465 tls"_s << u"%EMAILADDRESS%"_s << false;
    }
    void lookup()
    {
        QFETCH(QString, domain);
        QFETCH(QString, incoming);
        QFETCH(QString, outgoing);
        QFETCH(QString, username);
        QFETCH(bool, oauth2Only);
        const auto config = BundledProviders::instance().lookup(domain);
        QVERIFY(config);
        QCOMPARE(firstServer(config->incoming), incoming);
        QCOMPARE(firstServer(config->outgoing), outgoing);
        QCOMPARE(config->incoming.first().username, username);
        QCOMPARE(config->incoming.first().oauth2Only(), oauth2Only);
    }

    void unknownDomains()
    {
        const BundledProviders& providers = BundledProviders::instance();
        QVERIFY(!providers.lookup(u"example.com"_s));
        QVERIFY(!providers.lookup(u"com"_s));
        QVERIFY(!providers.lookup(QString()));
        QVERIFY(!providers.lookup(u"mail.gmail.com"_s)); // lookup() is exact; lookupByHost() walks up
    }

    // MX hosts of custom domains lead to their provider; the most specific listed domain wins.
    void lookupByHost_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("providerId");
        QTest::addRow("Google Workspace") << u"aspmx.l.google.com"_s << u"gmail.com"_s;
        QTest::addRow("Microsoft 365 beats Outlook.com")
            << u"contoso-com.mail.protection.outlook.com"_s << u"office365.com"_s;
        QTest::addRow("Outlook.com consumer MX") << u"eur.olc.protection.outlook.com"_s << u"outlook.com"_s;
        QTest::addRow("AOL beats Yahoo") << u"mx-aol.mail.gm0.yahoodns.net"_s << u"aol.com"_s;
        QTest::addRow("Yahoo") << u"mta5.am0.yahoodns.net"_s << u"yahoo.com"_s;
        QTest::addRow("Fastmail") << u"in1-smtp.messagingengine.com."_s << u"fastmail.com"_s;
        QTest::addRow("Proton") << u"mail.protonmail.ch"_s << u"proton.me"_s;
        QTest::addRow("Yandex 360") << u"mx.yandex.net"_s << u"yandex.com"_s;
        QTest::addRow("unknown") << u"mx.example.com"_s << QString();
        QTest::addRow("public suffix never matches") << u"co.uk"_s << QString();
    }
    void lookupByHost()
    {
        QFETCH(QString, host);
        QFETCH(QString, providerId);
        const auto config = BundledProviders::instance().lookupByHost(host);
        QCOMPARE(config ? config->id : QString(), providerId);
    }

    void candidatesForAnAddress()
    {
        const EmailAddress address = EmailAddress::parse(u"jane@icloud.com"_s);
        const auto config = BundledProviders::instance().lookup(address.domain());
        QVERIFY(config);
        const QList<Candidate> candidates = config->withAddress(address).toCandidates(
            CandidateSource::ProviderDatabase, true, u"bundled"_s);
        QCOMPARE(candidates.size(), 2);
        QCOMPARE(candidates.at(0).usernameTemplate, u"jane"_s);
        QCOMPARE(candidates.at(1).usernameTemplate, u"jane@icloud.com"_s);
        QCOMPARE(candidates.at(1).endpoint,
            (Endpoint { Protocol::Smtp, u"smtp.mail.me.com"_s, 587, Security::StartTls }));
        for (const Candidate& candidate : candidates) {
            QCOMPARE(candidate.source, CandidateSource::ProviderDatabase);
            QVERIFY(candidate.trusted);
        }
    }

    // Mistakes in our own data must show, not vanish: errors() lists every one.
    void loadReportsBrokenFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto write = [&](const QString& name, const QByteArray& content) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        };
        const QByteArray good
            = "<clientConfig><emailProvider id=\"a\"><domain>a.example</domain>"
              "<incomingServer type=\"imap\"><hostname>imap.a.example</hostname><port>993</port>"
              "<socketType>SSL</socketType></incomingServer></emailProvider></clientConfig>";
        write(u"a.xml"_s, good);
        write(u"b.xml"_s, QByteArray(good).replace("id=\"a\"", "id=\"b\""));
        write(u"c.xml"_s, "<clientConfig><emailProvider>");
        write(u"notes.txt"_s, "not a provider");

        const BundledProviders providers = BundledProviders::load(dir.path());
        QCOMPARE(providers.providers().size(), 2);
        QCOMPARE(providers.errors().size(), 2);
        QVERIFY2(providers.errors().at(0).startsWith(u"b.xml: "_s), qPrintable(providers.errors().at(0)));
        QVERIFY2(providers.errors().at(1).startsWith(u"c.xml: "_s), qPrintable(providers.errors().at(1)));
        QCOMPARE(providers.lookup(u"a.example"_s)->id, u"a"_s);

        QVERIFY(BundledProviders::load(dir.filePath(u"missing"_s)).providers().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBundledProviders)
#include "TestBundledProviders.moc"
