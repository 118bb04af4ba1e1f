// SPDX-License-Identifier: GPL-3.0-or-later
// mailscout-cli export: reading a discovery result, choosing a configuration, file permissions, exit
// statuses, and no password in any output even when the input file carries one.
#include "Canary.h"
#include "ExportFixture.h"
#include "TestPaths.h"
#include "export/ExporterRegistry.h"
#include "report/AccountConfigJson.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace mailscout;
using namespace mailscout::test;
using namespace Qt::StringLiterals;

class TestExportCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_result;

    int cli(const QStringList& arguments, QByteArray* output = nullptr)
    {
        return runProgram(cliPath(), QStringList { u"export"_s } + arguments, output);
    }

    QString writeJson(const QString& name, const QJsonObject& object)
    {
        QFile file(m_dir.filePath(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(QJsonDocument(object).toJson());
        return file.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const ExportInput input = sampleInput(Security::ImplicitTls);
        // A result as discover --json writes it, plus the password where a careless tool might have put it:
        // fields the reader does not know are ignored, so it can never reach an export.
        QJsonObject first = AccountConfigJson::toJson(input.config, 1);
        QJsonObject incoming = first.value(u"incoming"_s).toObject();
        incoming.insert(u"password"_s, canaryPassword());
        first.insert(u"incoming"_s, incoming);
        first.insert(u"password"_s, canaryPassword());
        const QJsonObject root {
            { u"schema"_s, u"mailscout.discovery/1"_s },
            { u"address"_s, input.emailAddress },
            { u"domain"_s, u"example.test"_s },
            { u"password"_s, canaryPassword() },
            { u"configurations"_s,
                QJsonArray { AccountConfigJson::toJson(input.alternatives[0], 2), first } },
        };
        m_result = writeJson(u"result.json"_s, root);
    }

    void listFormats()
    {
        QByteArray output;
        QCOMPARE(cli({ u"--list-formats"_s }, &output), 0);
        const QList<QByteArray> lines = output.trimmed().split('\n');
        QCOMPARE(lines.size(), ExporterRegistry::instance().exporters().size());
        for (const Exporter* exporter : ExporterRegistry::instance().exporters()) {
            QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [&](const QByteArray& line) {
                return line.startsWith(QByteArray(exporter->id().toUtf8() + ' '));
            }));
        }
    }

    void everyFormatWithoutPassword_data()
    {
        QTest::addColumn<QString>("id");
        for (const Exporter* exporter : ExporterRegistry::instance().exporters())
            QTest::addRow("%s", qPrintable(exporter->id())) << exporter->id();
    }
    void everyFormatWithoutPassword()
    {
        QFETCH(QString, id);
        for (const QString& rank : { u"1"_s, u"2"_s }) {
            QByteArray output;
            QCOMPARE(cli({ u"--format"_s, id, u"--from"_s, m_result, u"--configuration"_s, rank, u"--name"_s,
                             u"Alice Example"_s },
                         &output),
                0);
            QVERIFY(!output.isEmpty());
            QVERIFY(!output.contains(canaryPassword().toUtf8()));
            QVERIFY(!output.contains(canaryPassword().toUtf8().toBase64()));
        }
    }

    // --configuration picks by rank, whatever the order in the file; the others become the alternatives.
    void configurationByRank()
    {
        QByteArray first;
        QByteArray second;
        QCOMPARE(cli({ u"--format"_s, u"msmtp"_s, u"--from"_s, m_result }, &first), 0);
        QCOMPARE(
            cli({ u"--format"_s, u"msmtp"_s, u"--from"_s, m_result, u"--configuration"_s, u"2"_s }, &second),
            0);
        QVERIFY(first.contains("port 465\ntls on\ntls_starttls off\n"));
        QVERIFY(second.contains("port 587\ntls on\ntls_starttls on\n"));
    }

    void permissions_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("privateFile");
        QTest::addRow("msmtp") << u"msmtp"_s << true;
        QTest::addRow("fetchmail") << u"fetchmail"_s << true;
        QTest::addRow("aerc") << u"aerc"_s << true;
        QTest::addRow("thunderbird") << u"thunderbird"_s << false;
    }
    void permissions()
    {
        QFETCH(QString, id);
        QFETCH(bool, privateFile);
        const QString path = m_dir.filePath(id + u".out"_s);
        // An existing file that others could read gets tightened too.
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.close();
        QVERIFY(existing.setPermissions(
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        QCOMPARE(cli({ u"--format"_s, id, u"--from"_s, m_result, u"-o"_s, path }), 0);
        const QFileDevice::Permissions permissions = QFileInfo(path).permissions();
        QCOMPARE(bool(permissions & (QFileDevice::ReadOther | QFileDevice::ReadGroup)), !privateFile);
        QVERIFY(QFileInfo(path).size() > 0);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("json"); // written to bad.json when not empty
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("message");
        QTest::addRow("no format") << QStringList { u"--from"_s, u"RESULT"_s } << QString() << 2
                                   << QByteArray("--format");
        QTest::addRow("unknown format") << QStringList { u"--format"_s, u"pdf"_s, u"--from"_s, u"RESULT"_s }
                                        << QString() << 2 << QByteArray("unknown format");
        QTest::addRow("no from") << QStringList { u"--format"_s, u"msmtp"_s } << QString() << 2
                                 << QByteArray("--from");
        QTest::addRow("rank 3") << QStringList { u"--format"_s, u"msmtp"_s, u"--from"_s, u"RESULT"_s,
            u"--configuration"_s, u"3"_s }
                                << QString() << 2 << QByteArray("rank 3");
        QTest::addRow("half signing") << QStringList { u"--format"_s, u"apple"_s, u"--from"_s, u"RESULT"_s,
            u"--sign-cert"_s, u"x.pem"_s }
                                      << QString() << 2 << QByteArray("--sign-key");
        QTest::addRow("not json") << QStringList { u"--format"_s, u"msmtp"_s, u"--from"_s, u"BAD"_s }
                                  << u"{nope"_s << 2 << QByteArray("not a JSON object");
        QTest::addRow("wrong schema")
            << QStringList { u"--format"_s, u"msmtp"_s, u"--from"_s, u"BAD"_s }
            << uR"({"schema":"mailscout.probe/1"})"_s << 2 << QByteArray("mailscout.discovery/1");
        QTest::addRow("bad port")
            << QStringList { u"--format"_s, u"msmtp"_s, u"--from"_s, u"BAD"_s }
            << uR"({"schema":"mailscout.discovery/1","address":"a@example.test","configurations":[{"rank":1,
                                        "incoming":{"protocol":"imap","host":"h.example.test","port":99999,"security":"tls"},
                                        "outgoing":{"protocol":"smtp","host":"h.example.test","port":465,"security":"tls"}}]})"_s
            << 2 << QByteArray("configurations[0].incoming.port");
        QTest::addRow("no configurations")
            << QStringList { u"--format"_s, u"msmtp"_s, u"--from"_s, u"BAD"_s }
            << uR"({"schema":"mailscout.discovery/1","address":"a@example.test","configurations":[]})"_s << 1
            << QByteArray("no configuration");
        QTest::addRow("mbsync cannot pop3")
            << QStringList { u"--format"_s, u"mbsync"_s, u"--from"_s, u"BAD"_s }
            << uR"({"schema":"mailscout.discovery/1","address":"a@example.test","configurations":[{"rank":1,
                                                  "incoming":{"protocol":"pop3","host":"h.example.test","port":995,"security":"tls"},
                                                  "outgoing":{"protocol":"smtp","host":"h.example.test","port":465,"security":"tls"}}]})"_s
            << 1 << QByteArray("POP3");
    }
    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, json);
        QFETCH(int, status);
        QFETCH(QByteArray, message);
        const QString bad = m_dir.filePath(u"bad.json"_s);
        if (!json.isEmpty()) {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(json.toUtf8());
        }
        arguments.replaceInStrings(u"RESULT"_s, m_result);
        arguments.replaceInStrings(u"BAD"_s, bad);
        QByteArray output;
        QCOMPARE(cli(arguments, &output), status);
        QVERIFY2(output.contains(message), output.constData());
    }
};

QTEST_GUILESS_MAIN(TestExportCli)
#include "TestExportCli.moc"
