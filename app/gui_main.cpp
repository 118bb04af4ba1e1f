// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetupWizard.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Mailscout"));
    QApplication::setOrganizationName(QStringLiteral("Mailscout"));
    QApplication::setApplicationVersion(QStringLiteral(MAILSCOUT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("mailscout"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Finds, checks and ranks the mail server settings for an account."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    mailscout::SetupWizard wizard;
    wizard.show();
    return QApplication::exec();
}
