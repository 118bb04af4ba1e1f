// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/DiscoverCommand.h"
#include "cli/ExportCommand.h"
#include "cli/ProbeCommand.h"

#include "Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <memory>
#include <vector>

using namespace mailscout::cli;
using namespace Qt::StringLiterals;

namespace {

std::vector<std::unique_ptr<CliCommand>> makeCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<ProbeCommand>());
    commands.push_back(std::make_unique<DiscoverCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    return commands;
}

QString helpText(const std::vector<std::unique_ptr<CliCommand>>& commands)
{
    QString text = QCoreApplication::translate("main", "Usage: %1 COMMAND [options]\n"
                                                       "Finds, checks and ranks the mail server settings for an account.\n\n"
                                                       "Commands:\n")
                       .arg(u"mailscout-cli"_s);
    for (const auto& command : commands)
        text += u"  "_s + command->name().leftJustified(12) + command->summary() + u'\n';
    text += u'\n'
        + QCoreApplication::translate("main", "Options:\n"
                                              "  -h, --help       Show this help.\n"
                                              "  -v, --version    Show the version.\n"
                                              "  --lang CODE      Use this language (de, fr, es, en) instead of the system's;\n"
                                              "                   before the command.\n\n"
                                              "Run \"%1 COMMAND --help\" for a command's options.\n")
              .arg(u"mailscout-cli"_s);
    return text;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"mailscout-cli"_s);
    QCoreApplication::setOrganizationName(u"Mailscout"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILSCOUT_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    // A global option before the command, taken out here so the commands' own parsers never see it; the
    // translations go in before anything (help texts included) is translated.
    bool languageOk = true;
    const QString language = mailscout::Translations::takeLanguageOption(arguments, &languageOk);
    mailscout::Translations::install(app, language);
    if (!languageOk) {
        err << QCoreApplication::translate("main", "mailscout-cli: --lang needs a language code, e.g. --lang de")
            << u'\n';
        return UsageError;
    }
    const auto commands = makeCommands();

    const QString first = arguments.value(1);
    if (first.isEmpty()) {
        err << helpText(commands);
        return UsageError;
    }
    if (first == u"--help"_s || first == u"-h"_s || first == u"help"_s) {
        out << helpText(commands);
        return Success;
    }
    if (first == u"--version"_s || first == u"-v"_s) {
        out << u"mailscout-cli "_s << QCoreApplication::applicationVersion() << u'\n';
        return Success;
    }
    for (const auto& command : commands) {
        if (command->name() == first) {
            arguments.removeAt(1);
            arguments[0] = u"mailscout-cli "_s + command->name();
            return command->run(arguments);
        }
    }
    err << QCoreApplication::translate("main", "mailscout-cli: unknown command \"%1\"; try --help").arg(first)
        << u'\n';
    return UsageError;
}
