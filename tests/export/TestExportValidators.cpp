// SPDX-License-Identifier: GPL-3.0-or-later
// Each file format checked by something that is not Mailscout's writer: xmllint with the autoconfig RELAX NG
// schema, Mailscout's own readers (round trip), named-checkzone, plistlib with Apple's key definitions,
// openssl smime -verify, and Microsoft's element rules for Autodiscover and .reg files.
#include "ExportFixture.h"
#include "TestPaths.h"
#include "TestPki.h"
#include "discovery/AutodiscoverParser.h"
#include "discovery/ClientConfigParser.h"
#include "discovery/EmailAddress.h"
#include "export/AppleProfileExporter.h"
#include "export/ExportText.h"
#include "export/ExporterRegistry.h"
#include "export/OutlookRegExporter.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace mailscout;
using namespace mailscout::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray exportAs(const QString& id, const ExportInput& input)
{
    const ExportResult result = ExporterRegistry::instance().find(id)->exportConfig(input);
    if (!result.ok())
        qWarning("%s", qPrintable(result.error));
    return result.data;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& data)
{
    QFile file(dir.filePath(name));
    if (file.open(QIODevice::WriteOnly))
        file.write(data);
    return file.fileName();
}

QString requireTool(const QString& name)
{
    return QStandardPaths::findExecutable(name, { u"/usr/bin"_s, u"/usr/sbin"_s, u"/bin"_s, u"/sbin"_s });
}

} // namespace

class TestExportValidators : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void thunderbird_data()
    {
        QTest::addColumn<Security>("security");
        QTest::addRow("tls") << Security::ImplicitTls;
        QTest::addRow("starttls") << Security::StartTls;
    }
    void thunderbird()
    {
        QFETCH(Security, security);
        const ExportInput input = sampleInput(security);
        const QByteArray xml = exportAs(u"thunderbird"_s, input);
        QVERIFY(!xml.isEmpty());

        const QString schema = sharedDir() + u"/schemas/autoconfig.rng"_s;
        if (!QFile::exists(schema))
            QSKIP(qPrintable(u"%1 is absent: ../shared is not beside the project"_s.arg(schema)));
        if (requireTool(u"xmllint"_s).isEmpty())
            QSKIP("xmllint not found (Debian: apt-get install libxml2-utils)");
        QByteArray output;
        const QString path = writeFile(m_dir, u"config-v1.1.xml"_s, xml);
        QCOMPARE(runProgram(u"xmllint"_s, { u"--noout"_s, u"--relaxng"_s, schema, path }, &output), 0);
        QVERIFY2(output.contains("validates"), output.constData());

        // Round trip: Mailscout's own autoconfig reader gets the same servers back, in the same order.
        const ClientConfigParser::Result parsed = ClientConfigParser::parse(xml);
        QVERIFY2(parsed, qPrintable(parsed.error));
        QVERIFY2(parsed.config->warnings.isEmpty(), qPrintable(parsed.config->warnings.join(u'\n')));
        const ClientConfig config
            = parsed.config->withAddress(EmailAddress::parseAddress(input.emailAddress));
        QCOMPARE(config.displayName, u"example.test"_s);
        QCOMPARE(config.displayShortName, u"example"_s);
        QCOMPARE(config.domains, QStringList { u"example.test"_s });
        for (const ServerRole role : { ServerRole::Incoming, ServerRole::Outgoing }) {
            const QList<ServerSetting> expected = ExportText::servers(input, role);
            const QList<ClientConfig::Server>& servers
                = role == ServerRole::Incoming ? config.incoming : config.outgoing;
            QCOMPARE(servers.size(), expected.size());
            for (qsizetype i = 0; i < servers.size(); ++i) {
                const Endpoint endpoint { servers[i].protocol, servers[i].hostname, servers[i].port,
                    servers[i].security };
                QCOMPARE(endpoint, expected[i].endpoint);
                QCOMPARE(servers[i].username, expected[i].username);
                QCOMPARE(servers[i].authentication, QStringList { expected[i].authMethod });
            }
        }
    }

    void dns()
    {
        const QString checkzone = requireTool(u"named-checkzone"_s);
        if (checkzone.isEmpty())
            QSKIP("named-checkzone not found (Debian: apt-get install bind9-utils)");
        const QByteArray snippet = exportAs(u"dns"_s, sampleInput(Security::ImplicitTls));
        QVERIFY(snippet.contains("_pop3s._tcp.example.test. 3600 IN SRV 0 0 0 ."));
        // The smallest zone that can hold the snippet: SOA, NS, and addresses for the in-zone targets.
        const QByteArray zone
            = "$ORIGIN example.test.\n$TTL 3600\n"
              "@ IN SOA ns1.example.test. hostmaster.example.test. 1 7200 3600 1209600 3600\n"
              "@ IN NS ns1.example.test.\nns1 IN A 192.0.2.53\nmail IN A 192.0.2.25\n"
            + snippet;
        const QString path = writeFile(m_dir, u"example.test.zone"_s, zone);
        QByteArray output;
        // Every check that can be made fatal is; -i full adds the integrity checks (SRV targets, MX, NS).
        const int status = runProgram(checkzone,
            { u"-i"_s, u"full"_s, u"-k"_s, u"fail"_s, u"-m"_s, u"fail"_s, u"-M"_s, u"fail"_s, u"-n"_s,
                u"fail"_s, u"-r"_s, u"fail"_s, u"-S"_s, u"fail"_s, u"example.test"_s, path },
            &output);
        QVERIFY2(status == 0, output.constData());
        const QList<QByteArray> lines = output.trimmed().split('\n');
        QCOMPARE(lines.size(), 2); // "zone ... loaded serial 1" and "OK": not one warning
        QVERIFY(lines[0].contains("loaded serial 1"));
        QCOMPARE(lines[1], QByteArray("OK"));
    }

    void appleProfile_data()
    {
        QTest::addColumn<Security>("security");
        QTest::addRow("tls") << Security::ImplicitTls;
        QTest::addRow("starttls") << Security::StartTls;
    }
    void appleProfile()
    {
        QFETCH(Security, security);
        const QString schemaDir = sharedDir() + u"/schemas/apple"_s;
        if (!QFile::exists(schemaDir + u"/com.apple.mail.managed.yaml"_s))
            QSKIP(qPrintable(u"%1 is absent: ../shared is not beside the project"_s.arg(schemaDir)));
        QByteArray output;
        if (runProgram(u"python3"_s, { u"-c"_s, u"import plistlib, yaml"_s }, &output) != 0)
            QSKIP("python3 with plistlib and PyYAML is needed (Debian: apt-get install python3-yaml)");
        const QString path
            = writeFile(m_dir, u"mail.mobileconfig"_s, exportAs(u"apple"_s, sampleInput(security)));
        const QString checker = sourceDir() + u"/tests/export/check_mobileconfig.py"_s;
        QVERIFY2(runProgram(u"python3"_s, { checker, path, schemaDir }, &output) == 0, output.constData());
        QCOMPARE(output.trimmed(), QByteArray("OK"));
    }

    // Fresh UUIDs on each export, the same identifiers every time.
    void appleIdentifiers()
    {
        ExportInput input = sampleInput(Security::ImplicitTls);
        input.makeUuid = nullptr;
        const QByteArray first = exportAs(u"apple"_s, input);
        const QByteArray second = exportAs(u"apple"_s, input);
        QVERIFY(first != second);
        const QString identifier = AppleProfileExporter::profileIdentifier(input.emailAddress);
        QCOMPARE(identifier, u"org.mailscout.account.test.example.alice"_s);
        for (const QByteArray& profile : { first, second })
            QVERIFY(profile.contains(QByteArray("<string>" + identifier.toUtf8() + ".mail</string>")));
    }

    void signedAppleProfile()
    {
        if (requireTool(u"openssl"_s).isEmpty())
            QSKIP("openssl not found (Debian: apt-get install openssl)");
        TestPki pki(m_dir.filePath(u"pki"_s));
        QVERIFY2(pki.isValid(), qPrintable(pki.errorString()));
        CertificateSpec spec;
        spec.dnsNames = { u"profiles.example.test"_s };
        const IssuedCertificate signer = pki.issue(spec, u"signer"_s);
        QVERIFY2(!signer.certificate.isNull(), qPrintable(pki.errorString()));

        ExportInput input = sampleInput(Security::ImplicitTls);
        const QByteArray unsignedProfile = exportAs(u"apple"_s, input);
        input = sampleInput(Security::ImplicitTls); // the same fixed UUIDs again
        input.signingCertificatePath = signer.certificatePath;
        input.signingKeyPath = signer.keyPath;
        const QByteArray signedProfile = exportAs(u"apple"_s, input);
        QVERIFY(!signedProfile.isEmpty());
        QCOMPARE(signedProfile.at(0), '\x30'); // DER: a SEQUENCE, not PEM or S/MIME text

        const QString in = writeFile(m_dir, u"signed.mobileconfig"_s, signedProfile);
        const QString out = m_dir.filePath(u"verified.plist"_s);
        QByteArray output;
        // Profiles are commonly signed with a TLS server certificate, which Apple devices accept: hence
        // "-purpose any" instead of openssl's default S/MIME purpose check. The chain check stays.
        const int status = runProgram(u"openssl"_s,
            { u"smime"_s, u"-verify"_s, u"-inform"_s, u"der"_s, u"-in"_s, in, u"-CAfile"_s, pki.caPath(),
                u"-purpose"_s, u"any"_s, u"-out"_s, out },
            &output);
        QVERIFY2(status == 0 && output.contains("Verification successful"), output.constData());
        QFile verified(out);
        QVERIFY(verified.open(QIODevice::ReadOnly));
        QCOMPARE(verified.readAll(), unsignedProfile);

        // Signed by someone else's CA, it must not verify against ours.
        TestPki otherPki(m_dir.filePath(u"other-pki"_s));
        QVERIFY(otherPki.isValid());
        runProgram(u"openssl"_s,
            { u"smime"_s, u"-verify"_s, u"-inform"_s, u"der"_s, u"-in"_s, in, u"-CAfile"_s, otherPki.caPath(),
                u"-purpose"_s, u"any"_s, u"-out"_s, out },
            &output);
        QVERIFY2(!output.contains("Verification successful"), output.constData());
    }

    void outlookAutodiscover_data()
    {
        QTest::addColumn<Security>("security");
        QTest::addColumn<QString>("encryption");
        QTest::addRow("tls") << Security::ImplicitTls << u"SSL"_s;
        QTest::addRow("starttls") << Security::StartTls << u"TLS"_s;
    }
    void outlookAutodiscover()
    {
        QFETCH(Security, security);
        QFETCH(QString, encryption);
        const ExportInput input = sampleInput(security);
        const QByteArray xml = exportAs(u"outlook-autodiscover"_s, input);
        QVERIFY(!xml.isEmpty());

        // Structure per [MS-OXDSCLI]: Autodiscover (responseschema/2006) > Response (outlook responseschema
        // 2006a) > Account with AccountType email and Action settings > Protocol blocks, Type first, on/off
        // flags, Encryption one of None/SSL/TLS/Auto, a port in range.
        const QString outer = u"http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006"_s;
        const QString inner
            = u"http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a"_s;
        const QStringList flags { u"DomainRequired"_s, u"SPA"_s, u"SSL"_s, u"AuthRequired"_s, u"UsePOPAuth"_s,
            u"SMTPLast"_s };
        const QStringList known
            = flags + QStringList { u"Type"_s, u"Server"_s, u"Port"_s, u"LoginName"_s, u"Encryption"_s };
        QXmlStreamReader reader(xml);
        QStringList path;
        QMap<QString, QString> protocol;
        QStringList protocolOrder;
        QList<QMap<QString, QString>> protocols;
        QMap<QString, QString> account;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement()) {
                const QString name = reader.name().toString();
                const QString ns = reader.namespaceUri().toString();
                QCOMPARE(ns, path.isEmpty() ? outer : inner);
                if (path.isEmpty())
                    QCOMPARE(name, u"Autodiscover"_s);
                if (path.size() == 1)
                    QCOMPARE(name, u"Response"_s);
                path.append(name);
                if (name == "Protocol"_L1) {
                    protocol.clear();
                    protocolOrder.clear();
                }
            } else if (reader.isEndElement()) {
                const QString name = path.takeLast();
                if (name == "Protocol"_L1) {
                    QCOMPARE(protocolOrder.value(0), u"Type"_s);
                    protocols.append(protocol);
                }
            } else if (reader.isCharacters() && !reader.isWhitespace()) {
                const QString parent = path.value(path.size() - 2);
                if (parent == "Protocol"_L1) {
                    QVERIFY2(known.contains(path.last()), qPrintable(path.last()));
                    QVERIFY2(!protocol.contains(path.last()), "element twice");
                    protocol.insert(path.last(), reader.text().toString());
                    protocolOrder.append(path.last());
                } else if (parent == "Account"_L1) {
                    account.insert(path.last(), reader.text().toString());
                }
            }
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(account.value(u"AccountType"_s), u"email"_s);
        QCOMPARE(account.value(u"Action"_s), u"settings"_s);
        QCOMPARE(protocols.size(), 2);
        QCOMPARE(protocols[0].value(u"Type"_s), u"IMAP"_s);
        QCOMPARE(protocols[1].value(u"Type"_s), u"SMTP"_s);
        for (const auto& p : std::as_const(protocols)) {
            for (const QString& flag : flags) {
                if (p.contains(flag))
                    QVERIFY2(p[flag] == "on"_L1 || p[flag] == "off"_L1, qPrintable(flag));
            }
            QCOMPARE(p.value(u"Encryption"_s), encryption);
            QCOMPARE(p.value(u"SPA"_s), u"off"_s);
            QCOMPARE(p.value(u"AuthRequired"_s), u"on"_s);
            const int port = p.value(u"Port"_s).toInt();
            QVERIFY(port >= 1 && port <= 65535);
            QCOMPARE(p.value(u"Server"_s), u"mail.example.test"_s);
            QCOMPARE(p.value(u"LoginName"_s), u"alice@example.test"_s);
        }

        // And Mailscout's own Autodiscover reader (written from the same specification) agrees.
        const AutodiscoverParser::Result parsed = AutodiscoverParser::parse(xml);
        QVERIFY2(parsed.config, qPrintable(parsed.error));
        QCOMPARE(parsed.config->incoming.size(), 1);
        QCOMPARE(parsed.config->incoming[0].security, security);
        QCOMPARE(parsed.config->incoming[0].port, input.config.incoming.endpoint.port);
        QCOMPARE(parsed.config->outgoing[0].security, security);
        QCOMPARE(parsed.config->outgoing[0].port, input.config.outgoing.endpoint.port);
    }

    // NeoMutt itself reads the fragment: every value, the quoting of a name with a quote, and the password
    // command, which NeoMutt runs while reading the file.
    void neomutt_data()
    {
        QTest::addColumn<Security>("security");
        QTest::addColumn<QByteArray>("folder");
        QTest::addColumn<QByteArray>("smtpUrl");
        QTest::addRow("tls") << Security::ImplicitTls << QByteArray("imaps://mail.example.test:993/")
                             << QByteArray("smtps://alice%40example.test@mail.example.test:465/");
        QTest::addRow("starttls") << Security::StartTls << QByteArray("imap://mail.example.test:143/")
                                  << QByteArray("smtp://alice%40example.test@mail.example.test:587/");
    }
    void neomutt()
    {
        QFETCH(Security, security);
        QFETCH(QByteArray, folder);
        QFETCH(QByteArray, smtpUrl);
        if (requireTool(u"neomutt"_s).isEmpty())
            QSKIP("neomutt not found (Debian: apt-get install neomutt)");
        ExportInput input = sampleInput(security);
        input.displayName = u"Alice O'Neil"_s;
        QString text = QString::fromUtf8(exportAs(u"neomutt"_s, input));
        text.replace(Exporter::passwordCommand(input.emailAddress), u"echo from-the-command"_s);
        const QString path = writeFile(m_dir, u"neomuttrc"_s, text.toUtf8());
        QStringList arguments { u"-n"_s, u"-F"_s, path };
        for (const QString& name : { u"folder"_s, u"imap_user"_s, u"imap_pass"_s, u"smtp_url"_s,
                 u"ssl_force_tls"_s, u"ssl_starttls"_s, u"real_name"_s })
            arguments += { u"-Q"_s, name };
        QByteArray output;
        QCOMPARE(runProgram(u"neomutt"_s, arguments, &output), 0);
        const QByteArray expected = "set folder = \"" + folder
            + "\"\nset imap_user = \"alice@example.test\"\n"
              "set imap_pass = \"from-the-command\"\nset smtp_url = \""
            + smtpUrl
            + "\"\n"
              "set ssl_force_tls = yes\nset ssl_starttls = yes\nset real_name = \"Alice O'Neil\"\n";
        QCOMPARE(output, expected);
    }

    void outlookReg()
    {
        const QByteArray data = exportAs(u"outlook-reg"_s, sampleInput(Security::ImplicitTls));
        // regedit's own format: UTF-16LE with a byte order mark, CRLF line ends, the version header first.
        QVERIFY(data.startsWith("\xff\xfe"));
        QCOMPARE(data.size() % 2, 0);
        const QString text = QString::fromUtf16(
            reinterpret_cast<const char16_t*>(data.constData() + 2), (data.size() - 2) / 2);
        QVERIFY(!text.contains(QRegularExpression(u"[^\\r]\\n"_s)));
        const QStringList lines = text.split(u"\r\n"_s);
        QCOMPARE(lines.first(), u"Windows Registry Editor Version 5.00"_s);
        const QRegularExpression key(
            u"^\\[HKEY_CURRENT_USER\\\\Software\\\\Microsoft\\\\Office\\\\16\\.0\\\\Outlook\\\\AutoDiscover\\]$"_s);
        const QRegularExpression value(
            u"^\"((?:[^\"\\\\]|\\\\.)+)\"=(dword:[0-9a-f]{8}|\"((?:[^\"\\\\]|\\\\.)*)\")$"_s);
        QMap<QString, QString> values;
        bool inKey = false;
        for (const QString& line : lines.mid(1)) {
            if (line.isEmpty() || line.startsWith(u';'))
                continue;
            if (key.match(line).hasMatch()) {
                inKey = true;
                continue;
            }
            const QRegularExpressionMatch match = value.match(line);
            QVERIFY2(inKey && match.hasMatch(), qPrintable(line));
            values.insert(match.captured(1), match.captured(2));
        }
        QCOMPARE(values.value(u"PreferLocalXML"_s), u"dword:00000001"_s);
        QString path = OutlookRegExporter::localXmlPath(u"example.test"_s);
        path.replace(u'\\', u"\\\\"_s);
        QCOMPARE(values.value(u"example.test"_s), u'"' + path + u'"');
    }
};

QTEST_GUILESS_MAIN(TestExportValidators)
#include "TestExportValidators.moc"
