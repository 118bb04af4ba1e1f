// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace mailscout {

namespace {

const QString resourceDirectory = u":/i18n"_s;

} // namespace

QString Translations::install(QCoreApplication& app, const QString& language)
{
    QLocale locale = QLocale::system();
    if (!language.isEmpty()) {
        locale = QLocale(language);
        // Numbers and dates follow the chosen language too, not only the words.
        QLocale::setDefault(locale);
    }

    // The translators are children of the application: they must live as long as it does.
    auto* mailscout = new QTranslator(&app);
    QString installed;
    // QTranslator::load(QLocale, ...) walks the locale's UI languages (de_AT, then de, ...) for us.
    if (mailscout->load(locale, u"mailscout"_s, u"_"_s, resourceDirectory)) {
        QCoreApplication::installTranslator(mailscout);
        installed = mailscout->language();
        if (installed.isEmpty())
            installed = QFileInfo(mailscout->filePath()).completeBaseName();
    } else {
        delete mailscout;
    }

    // Qt's own strings (standard buttons, QCommandLineParser's errors) in the same language, when the
    // system ships them; missing Qt translations are not an error, English is a fine fallback there.
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return installed;
}

QString Translations::takeLanguageOption(QStringList& arguments, bool* ok)
{
    if (ok)
        *ok = true;
    const QString first = arguments.value(1);
    if (first.startsWith(u"--lang="_s)) {
        arguments.removeAt(1);
        return first.mid(7);
    }
    if (first == u"--lang"_s) {
        if (arguments.size() < 3) {
            if (ok)
                *ok = false;
            arguments.removeAt(1);
            return {};
        }
        const QString value = arguments.at(2);
        arguments.remove(1, 2);
        return value;
    }
    return {};
}

QString Translations::findLanguageOption(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == u"--"_s)
            break;
        if (argument.startsWith(u"--lang="_s))
            return argument.mid(7);
        if (argument == u"--lang"_s)
            return arguments.value(i + 1);
    }
    return {};
}

QStringList Translations::shippedLanguages()
{
    QStringList languages;
    const QStringList files
        = QDir(resourceDirectory).entryList({ u"mailscout_*.qm"_s }, QDir::Files, QDir::Name);
    for (const QString& file : files)
        languages += file.mid(10, file.size() - 13);
    return languages;
}

} // namespace mailscout
