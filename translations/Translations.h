// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace mailscout {

// Loads Mailscout's translations (embedded as :/i18n/mailscout_<lang>.qm) and Qt's own (qtbase_<lang>.qm,
// when the system has it) into an application. Core only, so the headless CLI can use it too.
class Translations {
public:
    // Installs the translations for `language` (a code such as "de" or "fr_CA"), or, when it is empty, for
    // the system locale's UI languages (QLocale::system(): LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
    // Returns the name of the Mailscout translation that was installed, or an empty string when none was
    // (English, the source language, or a language we do not ship).
    static QString install(QCoreApplication& app, const QString& language = {});

    // Removes "--lang CODE" or "--lang=CODE" from `arguments` (the program name at index 0 stays) when it
    // comes right after the program name, and returns CODE; empty when absent. `ok` turns false when
    // --lang lacks its value.
    [[nodiscard]] static QString takeLanguageOption(QStringList& arguments, bool* ok = nullptr);

    // Finds "--lang CODE" or "--lang=CODE" anywhere in `arguments` without changing them; empty when absent.
    [[nodiscard]] static QString findLanguageOption(const QStringList& arguments);

    // The languages shipped in the resources, e.g. {"de", "es", "fr"}.
    [[nodiscard]] static QStringList shippedLanguages();
};

} // namespace mailscout
