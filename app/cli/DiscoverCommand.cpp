// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiscoverCommand.h"

#include "ExportCommand.h"
#include "discovery/Discovery.h"
#include "export/ExporterRegistry.h"
#include "report/CandidateJson.h"
#include "report/DiscoveryJson.h"
#include "report/DiscoverySummary.h"
#include "session/SetupSession.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

#include <unistd.h>

namespace mailscout::cli {

using namespace Qt::StringLiterals;

namespace {

int usageError(const QString& message)
{
    QTextStream(stderr) << u"mailscout-cli discover: "_s << message << u'\n';
    return UsageError;
}

QUrl httpUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    const bool web = url.scheme() == "https"_L1 || url.scheme() == "http"_L1;
    return url.isValid() && web && !url.host().isEmpty() ? url : QUrl();
}

struct SourceReport {
    QString id;
    int state = 0;
    QString reason;
};

} // namespace

QString DiscoverCommand::summary() const
{
    return tr("Find, check and rank the servers for an address, a domain or a host.");
}

QString DiscoverCommand::readOptions(const QCommandLineParser& parser)
{
    const QStringList positional = parser.positionalArguments();
    if (!m_batch) {
        if (positional.size() != 1)
            return tr("give exactly one ADDRESS (an e-mail address, a domain or a host)");
        m_input = EmailAddress::parse(positional.first());
        if (!m_input.isValid())
            return tr("\"%1\" is not usable: %2").arg(positional.first(), m_input.errorMessage());
    }

    if (parser.isSet(u"ispdb-url"_s)) {
        m_options.ispdbBaseUrl = httpUrl(parser.value(u"ispdb-url"_s));
        if (m_options.ispdbBaseUrl.isEmpty())
            return tr("--ispdb-url needs an http:// or https:// URL");
    }
    if (parser.isSet(u"autoconfig-url"_s)) {
        m_options.autoconfigUrlOverride = httpUrl(parser.value(u"autoconfig-url"_s));
        if (m_options.autoconfigUrlOverride.isEmpty())
            return tr("--autoconfig-url needs an http:// or https:// URL");
    }
    if (parser.isSet(u"dns-server"_s) && !m_options.dnsServer.setAddress(parser.value(u"dns-server"_s)))
        return tr("--dns-server needs an IP address, not \"%1\"").arg(parser.value(u"dns-server"_s));
    for (const QString& spec : parser.values(u"connect-to"_s)) {
        if (const QString error = m_options.overrides.addConnectTo(spec); !error.isEmpty())
            return error;
    }
    for (const QString& spec : parser.values(u"resolve"_s)) {
        if (const QString error = m_options.overrides.addResolve(spec); !error.isEmpty())
            return error;
    }
    for (const QString& path : parser.values(u"ca-file"_s)) {
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path, QSsl::Pem);
        if (!QFile::exists(path) || certificates.isEmpty())
            return tr("no PEM certificate in \"%1\"").arg(path);
        m_options.extraCaCertificates += certificates;
    }
    bool ok = false;
    const double seconds = parser.value(u"timeout"_s).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 3600)
        return tr("--timeout must be a number of seconds above 0");
    m_options.sourceTimeoutMs = static_cast<int>(seconds * 1000);
    m_probeTimeoutMs = std::min(m_options.sourceTimeoutMs, 10'000);
    const double connectSeconds = parser.value(u"connect-timeout"_s).toDouble(&ok);
    if (!ok || connectSeconds <= 0 || connectSeconds > 3600)
        return tr("--connect-timeout must be a number of seconds above 0");
    m_connectTimeoutMs = static_cast<int>(connectSeconds * 1000);
    m_options.offline = parser.isSet(u"offline"_s);
    m_options.noGuess = parser.isSet(u"no-guess"_s);
    return {};
}

int DiscoverCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addPositionalArgument(
        u"address"_s, tr("An e-mail address, a domain, or a host[:port]."), u"ADDRESS"_s);
    parser.addOptions({
        { u"list-candidates"_s,
            tr("Only list the candidate servers and where they came from; probe nothing.") },
        { u"json"_s, tr("Print one JSON object (schema mailscout.discovery/1, or mailscout.candidates/1 with --list-candidates).") },
        { u"password-stdin"_s, tr("Verify the login of the recommended servers with the password on the first line of standard input.") },
        { u"protocol"_s, tr("Incoming protocol to prefer: imap (default) or pop3."), u"protocol"_s, u"imap"_s },
        { u"export"_s, tr("Also export the recommended configuration in this format (see export --list-formats)."), u"format"_s },
        { { u"o"_s, u"output"_s }, tr("With --export: write it to this file instead of standard output."), u"file"_s },
        { u"ispdb-url"_s,
            tr("Base URL of the ISP database (default %1).")
                .arg(QString::fromUtf16(DiscoveryOptions::kDefaultIspdbBaseUrl)),
            u"url"_s },
        { u"autoconfig-url"_s, tr("Fetch the domain's autoconfig document from this URL only."), u"url"_s },
        { u"dns-server"_s, tr("Ask this DNS server (an IP address, port 53) for MX and SRV records."),
            u"address"_s },
        { u"connect-to"_s, tr("HOST1:PORT1:HOST2:PORT2 — connect there instead, as curl does (repeatable)."),
            u"spec"_s },
        { u"resolve"_s, tr("HOST:PORT:ADDRESS — use this address for HOST, as curl does (repeatable)."),
            u"spec"_s },
        { u"ca-file"_s, tr("Also trust the CA certificates in this PEM file (repeatable)."), u"pem"_s },
        { u"offline"_s, tr("Use only the bundled provider data and the given host: no network at all.") },
        { u"no-guess"_s, tr("Do not guess server names from the domain.") },
        { u"timeout"_s, tr("Seconds each source may take (default 15)."), u"seconds"_s, u"15"_s },
        { u"connect-timeout"_s,
            tr("Seconds a connection may take before its port counts as filtered for good (default 10). A port "
               "silent far longer than the server's round-trip time is reported filtered (likely) sooner; the "
               "wait goes on in the background and a late answer revises the result."),
            u"seconds"_s, u"10"_s },
    });
    BatchRunner::addOptions(parser);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return Success;
    }
    if (BatchRunner::isRequested(parser)) {
        m_batch = std::make_unique<BatchRunner>();
        if (const QString error = m_batch->readOptions(parser); !error.isEmpty())
            return usageError(error);
    }
    if (const QString error = readOptions(parser); !error.isEmpty())
        return usageError(error);
    if (parser.isSet(u"list-candidates"_s))
        return listCandidates(parser.isSet(u"json"_s));
    const QString protocol = parser.value(u"protocol"_s).toLower();
    if (protocol != u"imap"_s && protocol != u"pop3"_s)
        return usageError(tr("--protocol takes imap or pop3, not \"%1\"").arg(parser.value(u"protocol"_s)));
    const Exporter* exporter = nullptr;
    if (parser.isSet(u"export"_s)) {
        exporter = ExporterRegistry::instance().find(parser.value(u"export"_s));
        if (!exporter)
            return usageError(tr("unknown export format \"%1\"; see export --list-formats").arg(parser.value(u"export"_s)));
    }
    m_exporter = exporter;
    m_exportPath = parser.value(u"output"_s);
    if (m_exporter && m_exportPath.isEmpty())
        return usageError(tr("--export needs -o FILE (standard output carries the results)"));
    std::optional<QString> password;
    if (parser.isSet(u"password-stdin"_s)) {
        std::string line;
        std::getline(std::cin, line);
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        password = QString::fromStdString(line);
    }
    return discoverAndRank(parser.isSet(u"json"_s), password, protocol == u"pop3"_s);
}

int DiscoverCommand::listCandidates(bool json)
{
    Discovery discovery(m_input, m_options);
    QList<SourceReport> sources;
    QObject::connect(&discovery, &Discovery::sourceFinished, &discovery,
        [&sources](const QString& id, int state, const QString& reason) {
            sources.append({ id, state, reason });
        });
    QEventLoop loop;
    QObject::connect(&discovery, &Discovery::finished, &loop, &QEventLoop::quit);
    discovery.start();
    loop.exec();

    const QList<Candidate> candidates = discovery.candidates();
    QTextStream out(stdout);
    const auto stateCode
        = [](int state) { return DiscoverySource::stateCode(static_cast<DiscoverySource::State>(state)); };
    if (json) {
        QJsonArray candidateArray;
        for (const Candidate& candidate : candidates)
            candidateArray.append(CandidateJson::toJson(candidate));
        QJsonArray sourceArray;
        for (const SourceReport& source : std::as_const(sources)) {
            sourceArray.append(QJsonObject { { u"id"_s, source.id }, { u"state"_s, stateCode(source.state) },
                { u"reason"_s, source.reason.isEmpty() ? QJsonValue() : QJsonValue(source.reason) } });
        }
        const QJsonObject root { { u"schema"_s, u"mailscout.candidates/1"_s },
            { u"input"_s,
                m_input.kind() == EmailAddress::Kind::Address      ? m_input.address()
                    : m_input.kind() == EmailAddress::Kind::Domain ? m_input.domain()
                                                                   : m_input.host() },
            { u"candidates"_s, candidateArray }, { u"sources"_s, sourceArray } };
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        out << tr("%n candidate(s):", nullptr, static_cast<int>(candidates.size())) << u'\n';
        for (const Candidate& candidate : candidates) {
            out << u"  "_s << candidate.endpoint.toString() << u"  ["_s
                << candidateSourceCode(candidate.source) << u", "_s
                << (candidate.trusted ? tr("trusted") : tr("NOT trusted")) << u"]\n"_s;
            out << u"      "_s << candidate.trustReason << u'\n';
            if (!candidate.usernameTemplate.isEmpty() || !candidate.authMethods.isEmpty()) {
                out << u"      "_s
                    << tr("user name: %1; authentication: %2")
                           .arg(candidate.usernameTemplate.isEmpty() ? tr("not stated")
                                                                     : candidate.usernameTemplate,
                               candidate.authMethods.isEmpty() ? tr("not stated")
                                                               : candidate.authMethods.join(u", "_s))
                    << u'\n';
            }
        }
        out << tr("Sources:") << u'\n';
        for (const SourceReport& source : std::as_const(sources)) {
            out << u"  "_s << source.id.leftJustified(13) << stateCode(source.state).leftJustified(9)
                << QString(source.reason).replace(u'\n', u"\n                      "_s) << u'\n';
        }
    }
    return candidates.isEmpty() ? NotWorking : Success;
}

int DiscoverCommand::discoverAndRank(bool json, const std::optional<QString>& password, bool preferPop3)
{
    SetupOptions options;
    options.discovery = m_options;
    options.probe.extraCaCertificates = m_options.extraCaCertificates;
    options.probe.connectTimeoutMs = m_connectTimeoutMs;
    options.probe.readTimeoutMs = m_probeTimeoutMs;
    options.probe.overallTimeoutMs = m_connectTimeoutMs + m_probeTimeoutMs * 3;
    options.preferPop3 = preferPop3;
    options.password = password;
    if (m_batch) // one session like this one per line of the batch, with exactly these options
        return m_batch->run(options);
    SetupSession session(m_input, options);

    // Progress for a person at a terminal; nothing when the output goes to a file or a pipe.
    const bool showProgress = isatty(STDERR_FILENO) != 0;
    QTextStream err(stderr);
    auto progress = [&session, &err, showProgress] {
        if (!showProgress)
            return;
        err << u"\r"_s
            << tr("%1 candidate(s), %2 checked, %3 running, %4 s", nullptr, static_cast<int>(session.candidates().size()))
                   .arg(session.candidates().size())
                   .arg(session.results().size())
                   .arg(session.runningEndpoints().size())
                   .arg(session.elapsedMs() / 1000.0, 0, 'f', 1)
            << u"   "_s;
        err.flush();
    };
    QObject::connect(&session, &SetupSession::probeStarted, &session, progress);
    QObject::connect(&session, &SetupSession::probeFinished, &session, progress);
    QObject::connect(&session, &SetupSession::rankingSettled, &session, [&err, showProgress] {
        if (showProgress)
            err << u"\n"_s << tr("The answer is certain; waiting for the remaining checks.") << u"\n"_s;
    });
    QObject::connect(&session, &SetupSession::rankingRevised, &session, [&err, showProgress](const Revision& revision) {
        if (showProgress)
            err << u"\n"_s << revision.message << u"\n"_s;
    });
    QEventLoop loop;
    QObject::connect(&session, &SetupSession::finished, &loop, &QEventLoop::quit);
    session.start();
    loop.exec();
    if (showProgress)
        err << u"\n"_s;

    QTextStream out(stdout);
    if (json)
        out << QJsonDocument(DiscoveryJson::toJson(session)).toJson(QJsonDocument::Indented);
    else
        out << DiscoverySummary::toText(session);
    const QList<AccountConfig>& configurations = session.assessment().configurations;
    const bool found = !configurations.isEmpty() && (!password || configurations.first().loginVerified);
    if (m_exporter && !configurations.isEmpty()) {
        ExportInput input;
        input.config = configurations.first();
        input.alternatives = configurations.mid(1);
        input.emailAddress = m_input.address().isEmpty() ? m_input.domain() : m_input.address();
        input.discovery = DiscoveryJson::toJson(session); // for json and the report
        const int exported = ExportCommand::writeExport(*m_exporter, input, m_exportPath);
        if (exported != Success)
            return exported;
    }
    return found ? Success : NotWorking;
}

} // namespace mailscout::cli
