// SPDX-License-Identifier: GPL-3.0-or-later
// Each shipped translation is embedded, loads, and really translates (not an empty or English .qm).
#include "Translations.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace mailscout;
using namespace Qt::StringLiterals;

class TestTranslationsLoad : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shipped()
    {
        QCOMPARE(Translations::shippedLanguages(), (QStringList { u"de"_s, u"es"_s, u"fr"_s }));
    }

    void loads_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("accountTitle");
        QTest::addColumn<QString>("candidates");
        QTest::addRow("de") << u"de"_s << u"Ihr E-Mail-Konto"_s << u"3 Kandidaten:"_s;
        QTest::addRow("fr") << u"fr"_s << u"Votre compte de messagerie"_s << u"3 candidats :"_s;
        QTest::addRow("es") << u"es"_s << u"Su cuenta de correo"_s << u"3 candidatos:"_s;
    }
    void loads()
    {
        QFETCH(QString, language);
        QFETCH(QString, accountTitle);
        QFETCH(QString, candidates);
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/mailscout_"_s + language + u".qm"_s));
        QVERIFY(!translator.isEmpty());
        QCOMPARE(translator.language(), language);
        QCOMPARE(translator.translate("mailscout::AccountPage", "Your mail account"), accountTitle);
        // Plurals: the numerus forms are there and picked by count.
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QCOMPARE(QCoreApplication::translate("DiscoverCommand", "%n candidate(s):", nullptr, 3), candidates);
        QCoreApplication::removeTranslator(&translator);
    }

    void installPicksLanguage()
    {
        QCOMPARE(Translations::install(*QCoreApplication::instance(), u"fr_CA"_s), u"fr"_s);
        QCOMPARE(QCoreApplication::translate("mailscout::AccountPage", "Your mail account"),
            u"Votre compte de messagerie"_s);
        // English is the source language: nothing to install, and that is no error.
        QCOMPARE(Translations::install(*QCoreApplication::instance(), u"en"_s), QString());
    }

    void languageOption_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("rest");
        QTest::addColumn<bool>("ok");
        const QString cli = u"mailscout-cli"_s;
        QTest::addRow("separate") << QStringList { cli, u"--lang"_s, u"fr"_s, u"discover"_s } << u"fr"_s
                                  << QStringList { cli, u"discover"_s } << true;
        QTest::addRow("joined") << QStringList { cli, u"--lang=de"_s, u"probe"_s } << u"de"_s
                                << QStringList { cli, u"probe"_s } << true;
        QTest::addRow("absent") << QStringList { cli, u"discover"_s, u"--lang"_s, u"fr"_s } << QString()
                                << QStringList { cli, u"discover"_s, u"--lang"_s, u"fr"_s } << true;
        QTest::addRow("no value") << QStringList { cli, u"--lang"_s } << QString() << QStringList { cli }
                                  << false;
    }
    void languageOption()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, language);
        QFETCH(QStringList, rest);
        QFETCH(bool, ok);
        bool parsed = true;
        QCOMPARE(Translations::takeLanguageOption(arguments, &parsed), language);
        QCOMPARE(arguments, rest);
        QCOMPARE(parsed, ok);
    }

    void findLanguageOption()
    {
        QCOMPARE(Translations::findLanguageOption(
                     { u"mailscout"_s, u"--address"_s, u"a@b.c"_s, u"--lang"_s, u"es"_s }),
            u"es"_s);
        QCOMPARE(Translations::findLanguageOption({ u"mailscout"_s, u"--lang=fr"_s }), u"fr"_s);
        QCOMPARE(Translations::findLanguageOption({ u"mailscout"_s, u"--"_s, u"--lang=fr"_s }), QString());
    }
};

QTEST_GUILESS_MAIN(TestTranslationsLoad)
#include "TestTranslationsLoad.moc"
