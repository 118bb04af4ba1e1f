// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportCommand.h"

#include "export/ExporterRegistry.h"
#include "export/PdfRenderer.h"
#include "report/AccountConfigJson.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

namespace mailscout::cli {

using namespace Qt::StringLiterals;

namespace {

// A discovery result is a few kilobytes; anything this large is not one.
constexpr qint64 kMaxResultSize = 16 * 1024 * 1024;

int usageError(const QString& message)
{
    QTextStream(stderr) << u"mailscout-cli export: "_s << message << u'\n';
    return UsageError;
}

int exportError(const QString& message)
{
    QTextStream(stderr) << u"mailscout-cli export: "_s << message << u'\n';
    return NotWorking;
}

struct RankedConfig {
    int rank = 0;
    AccountConfig config;
};

} // namespace

QString ExportCommand::summary() const
{
    return tr(
        "Write a configuration found by discover for a mail client (Thunderbird, Outlook, Apple, ...).");
}

int ExportCommand::writeExport(const Exporter& exporter, const ExportInput& input, const QString& path)
{
    ExportResult result = exporter.exportConfig(input);
    // mailscout-cli does not link QtGui: a printed format's HTML becomes a PDF in mailscout-render.
    if (result.ok() && exporter.printsToPdf())
        result = PdfRenderer::toPdf(result.data);
    if (!result.ok())
        return exportError(result.error);
    if (path.isEmpty() || path == u"-"_s) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(result.data) != result.data.size())
            return exportError(tr("could not write to standard output"));
        return Success;
    }
    QFile file(path);
    // The permissions are set before any byte is written, so a file meant to be private never is readable.
    const bool existed = file.exists();
    if (existed && !file.setPermissions(exporter.permissions()))
        return exportError(tr("cannot set the permissions of \"%1\": %2").arg(path, file.errorString()));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, exporter.permissions()))
        return exportError(tr("cannot write \"%1\": %2").arg(path, file.errorString()));
    if (file.write(result.data) != result.data.size() || !file.flush())
        return exportError(tr("cannot write \"%1\": %2").arg(path, file.errorString()));
    return Success;
}

int ExportCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    const QCommandLineOption formatOption(
        u"format"_s, tr("The export format (see --list-formats)."), u"format"_s);
    const QCommandLineOption fromOption(
        u"from"_s, tr("The result of \"mailscout-cli discover --json\"."), u"file"_s);
    const QCommandLineOption configurationOption(u"configuration"_s,
        tr("Export the configuration with this rank (default 1, the recommended one)."), u"N"_s, u"1"_s);
    const QCommandLineOption outputOption({ u"o"_s, u"output"_s },
        tr("Write to this file (with the permissions the client needs) instead of standard output."),
        u"file"_s);
    const QCommandLineOption nameOption(u"name"_s, tr("Your full name, for the From: line."), u"name"_s);
    const QCommandLineOption accountNameOption(
        u"account-name"_s, tr("What the mail program calls the account."), u"name"_s);
    const QCommandLineOption caFileOption(
        u"ca-file"_s, tr("A PEM file of CA certificates the client should trust."), u"pem"_s);
    const QCommandLineOption signCertOption(
        u"sign-cert"_s, tr("Sign the Apple profile with this certificate (PEM)."), u"pem"_s);
    const QCommandLineOption signKeyOption(u"sign-key"_s,
        tr("The certificate's private key (PEM); an encrypted one is read with the passphrase in "
           "MAILSCOUT_SIGNING_KEY_PASSPHRASE."),
        u"pem"_s);
    const QCommandLineOption listOption(u"list-formats"_s, tr("List the export formats and exit."));
    parser.addOptions({ formatOption, fromOption, configurationOption, outputOption, nameOption,
        accountNameOption, caFileOption, signCertOption, signKeyOption, listOption });

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return Success;
    }
    const ExporterRegistry& registry = ExporterRegistry::instance();
    if (parser.isSet(listOption)) {
        QTextStream out(stdout);
        for (const Exporter* exporter : registry.exporters())
            out << exporter->id().leftJustified(22) << exporter->description() << u'\n';
        return Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(formatOption))
        return usageError(tr("--format is required (see --list-formats)"));
    const Exporter* exporter = registry.find(parser.value(formatOption));
    if (!exporter)
        return usageError(tr("unknown format \"%1\" (see --list-formats)").arg(parser.value(formatOption)));
    if (!parser.isSet(fromOption))
        return usageError(tr("--from RESULT.json is required"));
    bool rankOk = false;
    const int wantedRank = parser.value(configurationOption).toInt(&rankOk);
    if (!rankOk || wantedRank < 1)
        return usageError(tr("--configuration must be a number from 1 up"));
    if (parser.isSet(signCertOption) != parser.isSet(signKeyOption))
        return usageError(tr("--sign-cert and --sign-key go together"));
    if (parser.isSet(caFileOption) && !QFile::exists(parser.value(caFileOption)))
        return usageError(tr("CA file \"%1\" does not exist").arg(parser.value(caFileOption)));

    QFile file(parser.value(fromOption));
    if (!file.open(QIODevice::ReadOnly))
        return usageError(tr("cannot read \"%1\": %2").arg(file.fileName(), file.errorString()));
    if (file.size() > kMaxResultSize)
        return usageError(tr("\"%1\" is too large for a discovery result").arg(file.fileName()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(kMaxResultSize), &parseError);
    if (!document.isObject()) {
        return usageError(tr("\"%1\" is not a JSON object: %2")
                              .arg(file.fileName(),
                                  parseError.error == QJsonParseError::NoError ? tr("not an object")
                                                                               : parseError.errorString()));
    }
    const QJsonObject root = document.object();
    if (root.value(u"schema"_s).toString() != "mailscout.discovery/1"_L1)
        return usageError(
            tr("\"%1\" is not a discovery result (schema mailscout.discovery/1)").arg(file.fileName()));
    const QString address = root.value(u"address"_s).toString();
    if (address.isEmpty())
        return usageError(tr("the discovery result names no address"));

    QList<RankedConfig> ranked;
    const QJsonArray items = root.value(u"configurations"_s).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const AccountConfigJson::Parsed parsed = AccountConfigJson::fromJson(items.at(i).toObject());
        if (!parsed.config)
            return usageError(tr("configurations[%1].%2").arg(i).arg(parsed.error));
        ranked.append({ parsed.rank, *parsed.config });
    }
    // The report and the JSON describe the run itself: they are written for a run that found nothing, too.
    if (ranked.isEmpty() && !exporter->needsDiscovery())
        return exportError(tr("the discovery result has no configuration to export"));
    std::stable_sort(ranked.begin(), ranked.end(),
        [](const RankedConfig& a, const RankedConfig& b) { return a.rank < b.rank; });
    const auto chosen = std::find_if(
        ranked.cbegin(), ranked.cend(), [&](const RankedConfig& r) { return r.rank == wantedRank; });
    if (chosen == ranked.cend() && !ranked.isEmpty())
        return usageError(tr("no configuration has rank %1 (ranks %2 to %3)")
                              .arg(wantedRank)
                              .arg(ranked.constFirst().rank)
                              .arg(ranked.constLast().rank));

    ExportInput input;
    if (chosen != ranked.cend())
        input.config = chosen->config;
    for (const RankedConfig& other : std::as_const(ranked)) {
        if (&other != &*chosen)
            input.alternatives.append(other.config);
    }
    input.emailAddress = address;
    input.displayName = parser.value(nameOption);
    input.accountName = parser.value(accountNameOption);
    input.caFile = parser.value(caFileOption);
    input.signingCertificatePath = parser.value(signCertOption);
    input.signingKeyPath = parser.value(signKeyOption);
    input.discovery = root;
    return writeExport(*exporter, input, parser.value(outputOption));
}

} // namespace mailscout::cli
