// SPDX-License-Identifier: GPL-3.0-or-later
// Every format against a golden file, byte for byte; the rules every exporter shares; no password anywhere.
#include "Canary.h"
#include "ExportFixture.h"
#include "TestPaths.h"
#include "export/ExporterRegistry.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace mailscout;
using namespace mailscout::test;
using namespace Qt::StringLiterals;

namespace {

// MAILSCOUT_UPDATE_GOLDEN=1 rewrites the files instead of comparing: review the diff before committing.
bool updatingGolden()
{
    return qEnvironmentVariableIntValue("MAILSCOUT_UPDATE_GOLDEN") == 1;
}

QString goldenPath(const Exporter& exporter, const QString& variant)
{
    const QString extension = exporter.fileExtension().isEmpty() ? u"txt"_s : exporter.fileExtension();
    return sourceDir() + u"/tests/export/golden/"_s + exporter.id() + u'-' + variant + u'.' + extension;
}

} // namespace

class TestExporters : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void registry()
    {
        const QList<const Exporter*> exporters = ExporterRegistry::instance().exporters();
        QCOMPARE(exporters.size(), 15);
        QStringList ids;
        for (const Exporter* exporter : exporters) {
            QVERIFY(!ids.contains(exporter->id()));
            ids.append(exporter->id());
            QVERIFY(!exporter->displayName().isEmpty());
            QVERIFY(!exporter->description().isEmpty());
            QVERIFY(!exporter->description().contains(u'\n'));
            QVERIFY(!exporter->mimeType().isEmpty());
            QVERIFY(!exporter->defaultFileName().isEmpty());
            QCOMPARE(ExporterRegistry::instance().find(exporter->id()), exporter);
        }
        QCOMPARE(ExporterRegistry::instance().find(u"pdf"), nullptr);
        const auto privateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        for (const QString& id : { u"msmtp"_s, u"fetchmail"_s, u"aerc"_s })
            QCOMPARE(ExporterRegistry::instance().find(id)->permissions(), privateFile);
        QVERIFY(ExporterRegistry::instance().find(u"thunderbird")->permissions() & QFileDevice::ReadOther);
    }

    void golden_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<Security>("security");
        for (const Exporter* exporter : ExporterRegistry::instance().exporters()) {
            if (exporter->printsToPdf())
                continue; // its HTML is report-html's; the PDF is proved by pdftotext in TestReportPdf
            QTest::addRow("%s tls", qPrintable(exporter->id())) << exporter->id() << Security::ImplicitTls;
            QTest::addRow("%s starttls", qPrintable(exporter->id())) << exporter->id() << Security::StartTls;
        }
    }
    void golden()
    {
        QFETCH(QString, id);
        QFETCH(Security, security);
        const Exporter* exporter = ExporterRegistry::instance().find(id);
        ExportInput input = sampleInput(security);
        input.caFile = u"/etc/mailscout/corporate-ca.pem"_s;
        const ExportResult result = exporter->exportConfig(input);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const QString path = goldenPath(*exporter, securityName(security));
        QFile file(path);
        if (updatingGolden()) {
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(result.data);
            return;
        }
        QVERIFY2(file.open(QIODevice::ReadOnly),
            qPrintable(u"%1 is missing; run with MAILSCOUT_UPDATE_GOLDEN=1 to create it"_s.arg(path)));
        QCOMPARE(QString::fromUtf8(result.data), QString::fromUtf8(file.readAll()));
    }

    // ExportInput has no password field, so nothing can be copied; this guards against an exporter that ever
    // grows a way to fetch or embed one. TestExportCli feeds the canary in through RESULT.json as well.
    void noPassword_data()
    {
        QTest::addColumn<QString>("id");
        for (const Exporter* exporter : ExporterRegistry::instance().exporters())
            QTest::addRow("%s", qPrintable(exporter->id())) << exporter->id();
    }
    void noPassword()
    {
        QFETCH(QString, id);
        ExportInput input = sampleInput(Security::ImplicitTls);
        input.config.loginVerified = true; // the run used the password: the export still must not have it
        for (const Security security : { Security::ImplicitTls, Security::StartTls }) {
            input.config.incoming.endpoint.security = security;
            const ExportResult result = ExporterRegistry::instance().find(id)->exportConfig(input);
            QVERIFY2(result.ok(), qPrintable(result.error));
            const QByteArray canary = canaryPassword().toUtf8();
            QVERIFY(!result.data.contains(canary));
            QVERIFY(!result.data.contains(canary.toBase64()));
            QVERIFY(!QString::fromUtf8(result.data).contains(u"password="_s, Qt::CaseInsensitive));
        }
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("error"); // a word the message must contain
        for (const QString& id : { u"msmtp"_s, u"thunderbird"_s, u"apple"_s }) {
            QTest::addRow("%s plaintext imap", qPrintable(id)) << id << u"plain-in"_s << u"plain text"_s;
            QTest::addRow("%s bad host", qPrintable(id)) << id << u"bad-host"_s << u"server name"_s;
            QTest::addRow("%s newline in name", qPrintable(id)) << id << u"newline"_s << u"line break"_s;
            QTest::addRow("%s smtp as incoming", qPrintable(id)) << id << u"swap"_s << u"IMAP or POP3"_s;
            QTest::addRow("%s no address", qPrintable(id)) << id << u"no-address"_s << u"e-mail address"_s;
        }
        QTest::addRow("mbsync pop3") << u"mbsync"_s << u"pop3"_s << u"POP3"_s;
        QTest::addRow("aerc pop3") << u"aerc"_s << u"pop3"_s << u"POP3"_s;
        QTest::addRow("dns ip address") << u"dns"_s << u"ip-host"_s << u"SRV"_s;
        QTest::addRow("apple half a signing pair") << u"apple"_s << u"cert-only"_s << u"private key"_s;
    }
    void refuses()
    {
        QFETCH(QString, id);
        QFETCH(QString, change);
        QFETCH(QString, error);
        ExportInput input = sampleInput(Security::ImplicitTls);
        if (change == "plain-in"_L1)
            input.config.incoming.endpoint.security = Security::Plain;
        else if (change == "bad-host"_L1)
            input.config.outgoing.endpoint.host = u"mail.example.test\npasswordeval x"_s;
        else if (change == "newline"_L1)
            input.displayName = u"Alice\npasswordeval \"cat /etc/shadow\""_s;
        else if (change == "swap"_L1)
            std::swap(input.config.incoming, input.config.outgoing);
        else if (change == "no-address"_L1)
            input.emailAddress = u"alice"_s;
        else if (change == "pop3"_L1)
            input.config.incoming.endpoint
                = { Protocol::Pop3, u"mail.example.test"_s, 995, Security::ImplicitTls };
        else if (change == "ip-host"_L1)
            input.config.incoming.endpoint.host = u"192.0.2.1"_s;
        else if (change == "cert-only"_L1)
            input.signingCertificatePath = u"/nonexistent.pem"_s;
        const ExportResult result = ExporterRegistry::instance().find(id)->exportConfig(input);
        QVERIFY(!result.ok());
        QVERIFY(result.data.isEmpty());
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
    }

    // Values that mean something in the target language stay values.
    void quoting_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("expected");
        QTest::addRow("msmtp")
            << u"msmtp"_s
            << u"user \"o'brien\\\\x\\\"y\"\npasswordeval \"pass show 'mail/o'\\\\''brien@example.test'\""_s;
        QTest::addRow("neomutt") << u"neomutt"_s << u"set imap_user = \"o'brien\\\\x\\\"y\""_s;
        QTest::addRow("aerc") << u"aerc"_s
                              << u"source            = imaps://o%27brien%5Cx%22y@mail.example.test:993"_s;
        QTest::addRow("html") << u"html"_s << u"<td>o'brien\\x&quot;y</td>"_s;
    }
    void quoting()
    {
        QFETCH(QString, id);
        QFETCH(QString, expected);
        ExportInput input = sampleInput(Security::ImplicitTls);
        input.emailAddress = u"o'brien@example.test"_s;
        input.config.incoming.username = input.config.outgoing.username = u"o'brien\\x\"y"_s;
        const ExportResult result = ExporterRegistry::instance().find(id)->exportConfig(input);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY2(QString::fromUtf8(result.data).contains(expected), result.data.constData());
    }
};

QTEST_GUILESS_MAIN(TestExporters)
#include "TestExporters.moc"
