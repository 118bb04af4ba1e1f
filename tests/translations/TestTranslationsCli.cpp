// SPDX-License-Identifier: GPL-3.0-or-later
// mailscout-cli in French: with --lang fr before the command, and from a French system locale; --lang en
// and a missing value behave.
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList& arguments, const QString& lang = u"C"_s)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The locale under test only: a developer's own LANGUAGE or LC_ALL must not leak in.
    for (const QString& name : { u"LANGUAGE"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s })
        env.remove(name);
    env.insert(u"LANG"_s, lang);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MAILSCOUT_CLI_PATH), arguments);
    if (!process.waitForFinished(60'000))
        process.kill();
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

const QStringList kDiscover { u"discover"_s, u"alice@example.test"_s, u"--offline"_s };

} // namespace

class TestTranslationsCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void discoverWithLangOption()
    {
        const Run run = runCli(QStringList { u"--lang"_s, u"fr"_s } + kDiscover);
        QCOMPARE(run.exitCode, 1); // nothing secure offline: the same exit code as in English
        QVERIFY2(run.out.contains(u"Aucune configuration sûre n'a été trouvée pour alice@example.test."_s),
            qPrintable(run.out));
        QVERIFY2(run.out.contains(u"Diagnostic :"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"Aucun serveur n'a proposé de connexion chiffrée vérifiée"_s),
            qPrintable(run.out));
        QVERIFY2(!run.out.contains(u"Diagnosis:"_s), qPrintable(run.out));
    }

    void discoverFromSystemLocale()
    {
        const Run run = runCli(kDiscover, u"fr_FR.UTF-8"_s);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(u"Aucune configuration sûre"_s), qPrintable(run.out));
    }

    void langOptionOutranksSystemLocale()
    {
        const Run run = runCli(QStringList { u"--lang=en"_s } + kDiscover, u"fr_FR.UTF-8"_s);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(u"No secure configuration was found for alice@example.test."_s),
            qPrintable(run.out));
    }

    void help()
    {
        const Run run = runCli({ u"--lang"_s, u"fr"_s, u"--help"_s });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Utilisation : mailscout-cli COMMANDE"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"--lang CODE"_s), qPrintable(run.out));
        const Run english = runCli({ u"--help"_s });
        QVERIFY2(english.out.contains(u"--lang CODE"_s), qPrintable(english.out));
    }

    void commandHelpInFrench()
    {
        const Run run = runCli({ u"--lang"_s, u"fr"_s, u"discover"_s, u"--help"_s });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Trouver, vérifier et classer les serveurs"_s), qPrintable(run.out));
    }

    void missingValue()
    {
        const Run run = runCli({ u"--lang"_s });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"--lang"_s), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestTranslationsCli)
#include "TestTranslationsCli.moc"
