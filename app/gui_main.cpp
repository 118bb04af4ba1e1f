// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstPaintLogger.h"
#include "SetupWizard.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

// Reads what aims the wizard somewhere (the CLI's options of the same names); an error message or empty.
QString readOptions(const QCommandLineParser& parser, mailscout::SetupOptions& options)
{
    for (const QString& spec : parser.values(u"connect-to"_s)) {
        if (const QString error = options.discovery.overrides.addConnectTo(spec); !error.isEmpty())
            return error;
    }
    for (const QString& spec : parser.values(u"resolve"_s)) {
        if (const QString error = options.discovery.overrides.addResolve(spec); !error.isEmpty())
            return error;
    }
    for (const QString& path : parser.values(u"ca-file"_s)) {
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path, QSsl::Pem);
        if (!QFile::exists(path) || certificates.isEmpty())
            return QCoreApplication::translate("main", "no PEM certificate in \"%1\"").arg(path);
        options.discovery.extraCaCertificates += certificates;
        options.probe.extraCaCertificates += certificates;
    }
    if (parser.isSet(u"dns-server"_s) && !options.discovery.dnsServer.setAddress(parser.value(u"dns-server"_s)))
        return QCoreApplication::translate("main", "--dns-server needs an IP address, not \"%1\"").arg(parser.value(u"dns-server"_s));
    if (parser.isSet(u"ispdb-url"_s)) {
        const QUrl url(parser.value(u"ispdb-url"_s), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != "https"_L1 && url.scheme() != "http"_L1) || url.host().isEmpty())
            return QCoreApplication::translate("main", "--ispdb-url needs an http:// or https:// URL");
        options.discovery.ispdbBaseUrl = url;
    }
    return {};
}

} // namespace

int main(int argc, char* argv[])
{
    // Start-up is timed from here to the first page on screen (mailscout.ui; target: under half a second).
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Mailscout"_s);
    QApplication::setOrganizationName(u"Mailscout"_s);
    QApplication::setApplicationVersion(QStringLiteral(MAILSCOUT_VERSION));
    QApplication::setDesktopFileName(u"mailscout"_s);

    // Before the parser: its option descriptions are translated as they are added.
    mailscout::Translations::install(app, mailscout::Translations::findLanguageOption(QApplication::arguments()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Finds, checks and ranks the mail server settings for an account."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        { u"address"_s, QCoreApplication::translate("main", "Start with this e-mail address filled in."), u"address"_s },
        { u"host"_s, QCoreApplication::translate("main", "The server to check: with --address, \"I know my server\"; alone, diagnose this host."), u"host"_s },
        { u"connect-to"_s, QCoreApplication::translate("main", "HOST1:PORT1:HOST2:PORT2 — connect there instead, as curl does (repeatable)."), u"spec"_s },
        { u"resolve"_s, QCoreApplication::translate("main", "HOST:PORT:ADDRESS — use this address for HOST, as curl does (repeatable)."), u"spec"_s },
        { u"ca-file"_s, QCoreApplication::translate("main", "Also trust the CA certificates in this PEM file (repeatable)."), u"pem"_s },
        { u"dns-server"_s, QCoreApplication::translate("main", "Ask this DNS server (an IP address) for MX and SRV records."), u"address"_s },
        { u"ispdb-url"_s, QCoreApplication::translate("main", "Base URL of the ISP database."), u"url"_s },
        { u"lang"_s, QCoreApplication::translate("main", "Use this language (de, fr, es, en) instead of the system's."),
            u"code"_s },
    });
    parser.process(app);

    mailscout::SetupOptions options;
    if (const QString error = readOptions(parser, options); !error.isEmpty()) {
        QTextStream(stderr) << u"mailscout: "_s << error << u'\n';
        return 2;
    }
    mailscout::SetupWizard wizard(options);
    wizard.prefill(parser.value(u"address"_s), parser.value(u"host"_s));
    wizard.show();
    new mailscout::FirstPaintLogger(wizard.currentPage(), sinceStart);
    return QApplication::exec();
}
