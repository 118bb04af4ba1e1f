// SPDX-License-Identifier: GPL-3.0-or-later
// mailscout-bench: time to a working configuration, as a ratio to the physical limit (issue #10), in the
// lab of tests/support/NetLab.h: real Dovecot and Postfix on the real ports behind a link with a real
// round-trip time, dnsmasq, an autoconfig web server, and iptables for the filtered ports. Root only.
//
//   mailscout-bench [--scenarios a,b,c,d,e,f] [--rtt 20,100] [--repeat N] [--output FILE] ...
//
// It also runs itself as `mailscout-bench --baseline sequential|staggered ...` for each baseline run, so
// that every baseline starts, like each mailscout-cli run, in a fresh process with a cold DNS cache.
#include "BaselineCandidates.h"
#include "BaselineProber.h"
#include "BatchScenario.h"
#include "BenchLab.h"
#include "BenchReport.h"
#include "ScenarioRunner.h"
#include "TestPaths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTextStream>
#include <unistd.h>

using namespace mailscout;
using namespace mailscout::bench;
using namespace Qt::StringLiterals;

namespace {

constexpr int usageExit = 2;

int fail(const QString& message, int code = 1)
{
    QTextStream(stderr) << u"mailscout-bench: "_s << message << Qt::endl;
    return code;
}

// A client that finds its servers in an autoconfig file first fetches it; the baseline pays for that too.
qint64 fetchAutoconfig(const QString& url, const QList<QSslCertificate>& caCertificates, QString* error)
{
    QNetworkAccessManager network;
    QNetworkRequest request { QUrl(url) };
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    // Even an empty list would stop Qt from finding the system's roots on demand.
    if (!caCertificates.isEmpty())
        configuration.addCaCertificates(caCertificates);
    request.setSslConfiguration(configuration);
    request.setTransferTimeout(15'000);
    QElapsedTimer clock;
    clock.start();
    QNetworkReply* reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const qint64 took = clock.elapsed();
    if (reply->error() != QNetworkReply::NoError || !reply->readAll().contains("clientConfig"))
        *error = u"fetching %1 failed: %2"_s.arg(url, reply->errorString());
    reply->deleteLater();
    return took;
}

int runBaseline(const QCommandLineParser& parser)
{
    const QString strategyName = parser.value(u"baseline"_s);
    if (strategyName != u"sequential"_s && strategyName != u"staggered"_s)
        return fail(u"--baseline takes sequential or staggered"_s, usageExit);
    const QString domain = parser.value(u"domain"_s);
    if (domain.isEmpty())
        return fail(u"--baseline needs --domain"_s, usageExit);
    ProbeOptions options;
    if (parser.isSet(u"ca-file"_s))
        options.extraCaCertificates = QSslCertificate::fromPath(parser.value(u"ca-file"_s));
    options.connectTimeoutMs = parser.value(u"baseline-connect-timeout-ms"_s).toInt();
    if (options.connectTimeoutMs <= 0)
        return fail(u"--baseline-connect-timeout-ms must be a positive number"_s, usageExit);
    options.readTimeoutMs = options.connectTimeoutMs;
    options.overallTimeoutMs = options.connectTimeoutMs * 4;
    const int capMs = std::max(1000, parser.value(u"baseline-cap-ms"_s).toInt());

    qint64 fetchMs = 0;
    QList<Endpoint> incoming = BaselineCandidates::guessedIncoming(domain);
    QList<Endpoint> outgoing = BaselineCandidates::guessedOutgoing(domain);
    if (parser.isSet(u"autoconfig-url"_s)) {
        QString error;
        fetchMs = fetchAutoconfig(parser.value(u"autoconfig-url"_s), options.extraCaCertificates, &error);
        if (!error.isEmpty())
            return fail(error);
        incoming = BaselineCandidates::autoconfigIncoming(domain);
        outgoing = BaselineCandidates::autoconfigOutgoing(domain);
    }
    const auto strategy = strategyName == u"sequential"_s ? BaselineProber::Strategy::Sequential
                                                          : BaselineProber::Strategy::Staggered;
    BaselineProber prober(strategy, incoming, outgoing, options, capMs);
    const BaselineFigures figures = prober.run();
    const QJsonObject json { { u"strategy"_s, strategyName }, { u"fetch_ms"_s, fetchMs },
        { u"settled_ms"_s, figures.settledMs < 0 ? -1 : figures.settledMs + fetchMs },
        { u"probes"_s, figures.probes }, { u"answer"_s, figures.answer }, { u"capped"_s, figures.capped } };
    QTextStream(stdout) << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}

QList<int> parseList(const QString& text, bool* ok)
{
    QList<int> values;
    *ok = true;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        bool partOk = false;
        const int value = part.trimmed().toInt(&partOk);
        if (!partOk || value < 0 || value > 10'000)
            *ok = false;
        values << value;
    }
    return values;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"mailscout-bench"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Times mailscout-cli against the physical lower bound and two baseline strategies, "
        "in a private network with real latency and real firewall drops (root only)."_s);
    parser.addHelpOption();
    parser.addOptions({
        { u"scenarios"_s, u"Which scenarios to run (default a,b,c,d,e,f)."_s, u"list"_s, u"a,b,c,d,e,f"_s },
        { u"rtt"_s, u"Round-trip times in ms for every scenario (default: each scenario's own)."_s,
            u"list"_s },
        { u"repeat"_s,
            u"Runs of the product and the lower bound per figure; the median is reported (default 1)."_s,
            u"n"_s, u"1"_s },
        { u"output"_s, u"Where the JSON goes (default build/bench/results.json in the source tree)."_s,
            u"file"_s, test::sourceDir() + u"/build/bench/results.json"_s },
        { u"cli"_s, u"The mailscout-cli to measure."_s, u"path"_s, test::cliPath() },
        { u"timeout"_s, u"Passed to mailscout-cli discover --timeout (seconds; default: the CLI's own)."_s,
            u"seconds"_s },
        { u"connect-timeout"_s,
            u"Passed to mailscout-cli discover --connect-timeout where it has it (seconds; default: the CLI's own)."_s,
            u"seconds"_s },
        { u"batch-domains"_s, u"Domains in the batch scenario (default 200)."_s, u"n"_s, u"200"_s },
        { u"jobs"_s, u"Passed to mailscout-cli discover --batch --jobs (default: the CLI's own)."_s, u"n"_s },
        { u"no-baselines"_s, u"Skip the sequential and staggered baselines."_s },
        { u"ca-file-trust"_s,
            u"Give the lab's CA with --ca-file, as for a private CA, instead of making it a system root."_s },
        { u"machine"_s, u"A note on the machine for the report."_s, u"text"_s },
        // The baseline child (see the header).
        { u"baseline"_s, u"Run one baseline strategy (sequential or staggered) and print its figures."_s,
            u"strategy"_s },
        { u"domain"_s, u"The baseline's e-mail domain."_s, u"domain"_s },
        { u"autoconfig-url"_s, u"The baseline fetches this autoconfig file first."_s, u"url"_s },
        { u"ca-file"_s, u"The lab's CA for the baseline, when it is not a system root."_s, u"pem"_s },
        { u"baseline-connect-timeout-ms"_s,
            u"The baselines' connect timeout (default 10000, Thunderbird's)."_s, u"ms"_s, u"10000"_s },
        { u"baseline-cap-ms"_s, u"Stop a baseline after this long (default 30000)."_s, u"ms"_s, u"30000"_s },
    });
    parser.process(app);
    if (parser.isSet(u"baseline"_s))
        return runBaseline(parser);

    BenchOptions options;
    options.cli = parser.value(u"cli"_s);
    options.self = QCoreApplication::applicationFilePath();
    options.output = parser.value(u"output"_s);
    options.scenarios = parser.value(u"scenarios"_s).split(u',', Qt::SkipEmptyParts);
    bool ok = true;
    if (parser.isSet(u"rtt"_s))
        options.rtts = parseList(parser.value(u"rtt"_s), &ok);
    options.repeat = parser.value(u"repeat"_s).toInt();
    options.batchDomains = parser.value(u"batch-domains"_s).toInt();
    options.caFile = parser.isSet(u"ca-file-trust"_s);
    options.batchJobs = parser.isSet(u"jobs"_s) ? parser.value(u"jobs"_s).toInt() : 0;
    options.baselines = !parser.isSet(u"no-baselines"_s);
    options.baselineConnectTimeoutMs = parser.value(u"baseline-connect-timeout-ms"_s).toInt();
    options.baselineCapMs = parser.value(u"baseline-cap-ms"_s).toInt();
    options.machine = parser.value(u"machine"_s);
    for (const auto& [name, target] : { std::pair { u"timeout"_s, &options.cliTimeoutSeconds },
             std::pair { u"connect-timeout"_s, &options.cliConnectTimeoutSeconds } }) {
        if (parser.isSet(name)) {
            bool valueOk = false;
            *target = parser.value(name).toDouble(&valueOk);
            ok = ok && valueOk && *target > 0;
        }
    }
    if (!ok || options.repeat < 1 || options.batchDomains < 1 || options.batchDomains > 999
        || options.baselineConnectTimeoutMs <= 0 || options.baselineCapMs <= 0)
        return fail(u"bad option value; see --help"_s, usageExit);
    for (const QString& id : std::as_const(options.scenarios)) {
        if (!QStringList { u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s }.contains(id))
            return fail(u"unknown scenario \"%1\" (a, b, c, d, e, f)"_s.arg(id), usageExit);
    }
    if (!QFileInfo(options.cli).isExecutable())
        return fail(u"%1 is not built"_s.arg(options.cli));
    if (geteuid() != 0)
        return fail(u"needs root: the lab makes network namespaces, TUN devices and iptables rules, and runs "
                    u"the real "
                    "Dovecot and Postfix (run it as root, e.g. sudo scripts/bench)"_s,
            usageExit);
    for (const QString& reason :
        { test::NetLab::unavailableReason(), test::RealMailServers::unavailableReason() }) {
        if (!reason.isEmpty())
            return fail(reason, usageExit);
    }

    const bool batch = options.scenarios.contains(u"e"_s);
    BenchLab lab;
    if (const QString error = lab.start(batch ? options.batchDomains : 0, !options.caFile); !error.isEmpty())
        return fail(u"the lab did not start: "_s + error);

    ScenarioRunner runner(lab, options);
    QList<ScenarioRow> rows;
    const QList<Scenario> scenarios = ScenarioRunner::scenarios();
    for (const Scenario& scenario : scenarios) {
        if (!options.scenarios.contains(scenario.id))
            continue;
        for (const int rtt : options.rtts.isEmpty() ? scenario.rtts : options.rtts)
            rows << runner.run(scenario, rtt);
    }
    QList<BatchFigures> batches;
    if (batch) {
        BatchScenario batchScenario(lab, options, runner);
        for (const int rtt : options.rtts.isEmpty() ? QList<int> { 20, 100 } : options.rtts) {
            batches << batchScenario.run(rtt);
            if (!batches.last().skipped.isEmpty())
                break;
        }
    }

    const BenchReport report(options, rows, batches);
    QTextStream out(stdout);
    out << u"\nMailscout benchmark, "_s << QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd"_s)
        << u", "_s << report.machineNote()
        << (options.caFile ? u"; the lab's CA given with --ca-file"_s : u"; the lab's CA a system root"_s)
        << u"\n\n"_s << report.table();
    out.flush();
    QDir().mkpath(QFileInfo(options.output).absolutePath());
    QFile file(options.output);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(report.json()).toJson(QJsonDocument::Indented)) < 0)
        return fail(u"cannot write "_s + options.output);
    out << u"\nJSON: "_s << QFileInfo(options.output).absoluteFilePath() << Qt::endl;
    return 0;
}
