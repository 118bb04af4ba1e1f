// SPDX-License-Identifier: GPL-3.0-or-later
// mailscout-bench-gui: the wizard's side of issue #10. (a) Start-up to the first page shown, of the real
// mailscout program, several times: median and max against 0.5 s. (b) The longest stall of the event loop
// during a whole wizard run offscreen (address, discovery, results, every export format including the PDF,
// Finish) against 50 ms, with the phase it happened in; against the scripted loopback servers, and also
// against real Dovecot and Postfix where they can run. A table on standard output; --json FILE writes the
// same figures for scripts/bench.
#include "../../ui/LoopbackNetwork.h"
#include "Canary.h"
#include "RealMailServers.h"
#include "StartupBench.h"
#include "TestPaths.h"
#include "WizardRun.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <functional>
#include <memory>

using namespace mailscout;
using namespace mailscout::bench;
using namespace mailscout::test;
using namespace Qt::StringLiterals;

namespace {

enum ExitStatus { Measured = 0, NotMeasured = 1, UsageError = 2 };

struct StallRun {
    QString servers;
    WizardRun::Result result;
};

double median(QList<qint64> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? double(values.at(middle)) : (values.at(middle - 1) + values.at(middle)) / 2.0;
}

double ms(qint64 us)
{
    return us / 1000.0;
}

QString verdict(bool ok)
{
    return ok ? u"ok"_s : u"MISSED"_s;
}

// The real servers answer on every standard port; the run is aimed at them as the wizard test does it.
// The scripted servers on a thread of their own, as the real ones are in processes of their own: on the
// wizard's thread their side of every TLS handshake would count as a stall of the wizard.
class ServerThread {
public:
    ServerThread()
    {
        m_thread.setObjectName(u"scripted servers"_s);
        m_context->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
        m_thread.start();
        // Made there, so that their sockets are served by that thread's event loop.
        run([this] { m_network = std::make_unique<LoopbackNetwork>(); });
    }
    ~ServerThread()
    {
        run([this] { m_network.reset(); });
        m_thread.quit();
        m_thread.wait();
    }
    ServerThread(const ServerThread&) = delete;
    ServerThread& operator=(const ServerThread&) = delete;

    [[nodiscard]] const LoopbackNetwork& network() const { return *m_network; }
    SetupOptions options(LoopbackNetwork::Scenario scenario)
    {
        SetupOptions options;
        run([this, scenario, &options] { options = m_network->options(scenario); });
        return options;
    }

private:
    void run(const std::function<void()>& work)
    {
        QMetaObject::invokeMethod(m_context, work, Qt::BlockingQueuedConnection);
    }

    QThread m_thread;
    QObject* m_context = new QObject; // deleted by the thread as it finishes
    std::unique_ptr<LoopbackNetwork> m_network;
};

SetupOptions realServerOptions(const LoopbackNetwork& network, const RealMailServers& servers)
{
    SetupOptions options = network.base();
    const RealMailServers::Ports p = servers.ports();
    const std::pair<quint16, quint16> routes[] = { { 993, p.imaps }, { 143, p.imap }, { 995, p.pop3s },
        { 110, p.pop3 }, { 465, p.submissions }, { 587, p.submission }, { 25, p.smtp } };
    for (const auto& [from, to] : routes)
        LoopbackNetwork::route(options, from, to, servers.address());
    return options;
}

QJsonObject startupJson(const StartupBench::Result& startup)
{
    QList<qint64> spawn;
    QList<qint64> main;
    for (const StartupBench::Run& run : startup.runs) {
        spawn.append(run.sinceSpawnMs);
        main.append(run.sinceMainMs);
    }
    const double medianMs = median(spawn);
    const qint64 maxMs = spawn.isEmpty() ? 0 : *std::max_element(spawn.cbegin(), spawn.cend());
    QJsonArray runs;
    for (const StartupBench::Run& run : startup.runs)
        runs.append(QJsonObject {
            { u"since_spawn_ms"_s, run.sinceSpawnMs }, { u"since_main_ms"_s, run.sinceMainMs } });
    return {
        { u"target_ms"_s, StartupBench::kTargetMs },
        { u"runs"_s, runs },
        { u"median_ms"_s, medianMs },
        { u"max_ms"_s, maxMs },
        { u"median_since_main_ms"_s, median(main) },
        { u"meets_target"_s,
            startup.error.isEmpty() && medianMs < StartupBench::kTargetMs
                && maxMs < StartupBench::kTargetMs },
        { u"error"_s, startup.error },
    };
}

QJsonObject stallJson(const StallRun& run)
{
    QJsonArray phases;
    for (const StallMeter::Phase& phase : run.result.phases) {
        phases.append(
            QJsonObject { { u"name"_s, phase.name }, { u"longest_stall_ms"_s, ms(phase.longestStallUs) },
                { u"longest_gap_ms"_s, ms(phase.longestGapUs) }, { u"duration_ms"_s, ms(phase.durationUs) },
                { u"stalls_over_target"_s, phase.stallsOverTarget } });
    }
    StallMeter::Phase worst;
    qint64 longestGapUs = 0;
    for (const StallMeter::Phase& phase : run.result.phases) {
        worst = phase.longestStallUs > worst.longestStallUs ? phase : worst;
        longestGapUs = std::max(longestGapUs, phase.longestGapUs);
    }
    return {
        { u"servers"_s, run.servers },
        { u"target_ms"_s, StallMeter::kTargetMs },
        { u"timer_interval_ms"_s, StallMeter::kIntervalMs },
        { u"excludes_cpu_wait"_s, run.result.excludesCpuWait },
        { u"longest_stall_ms"_s, ms(worst.longestStallUs) },
        { u"longest_stall_phase"_s, worst.name },
        { u"longest_gap_ms"_s, ms(longestGapUs) },
        { u"meets_target"_s,
            run.result.error.isEmpty() && worst.longestStallUs <= StallMeter::kTargetMs * 1000 },
        { u"run_ms"_s, run.result.totalMs },
        { u"formats_saved"_s, run.result.formatsSaved },
        { u"formats_refused"_s, QJsonArray::fromStringList(run.result.formatsRefused) },
        { u"phases"_s, phases },
        { u"error"_s, run.result.error },
    };
}

void printStartup(QTextStream& out, const QJsonObject& startup)
{
    out << u"Start-up to the first page shown (mailscout spawned offscreen, %1 runs), target < %2 ms\n"_s
               .arg(startup.value("runs"_L1).toArray().size())
               .arg(StartupBench::kTargetMs);
    if (!startup.value("error"_L1).toString().isEmpty())
        out << u"  not measured: "_s << startup.value("error"_L1).toString() << u'\n';
    out << u"  from spawn:   median %1 ms, max %2 ms   %3\n"_s
               .arg(startup.value("median_ms"_L1).toDouble(), 0, 'f', 0)
               .arg(startup.value("max_ms"_L1).toInteger())
               .arg(verdict(startup.value("meets_target"_L1).toBool()));
    out << u"  inside main(): median %1 ms (the rest is exec, loading libraries, static initialisation)\n"_s
               .arg(startup.value("median_since_main_ms"_L1).toDouble(), 0, 'f', 0);
    QStringList runs;
    for (const QJsonValue& run : startup.value("runs"_L1).toArray())
        runs.append(QString::number(run.toObject().value("since_spawn_ms"_L1).toInteger()));
    out << u"  each run (ms): "_s << runs.join(u' ') << u"\n\n"_s;
}

void printStall(QTextStream& out, const QJsonObject& stall)
{
    out << u"Longest event-loop stall, whole wizard run offscreen, %1 servers, target <= %2 ms\n"_s
               .arg(stall.value("servers"_L1).toString())
               .arg(StallMeter::kTargetMs);
    out << u"  (gap between turns of the loop, %1 ms probe timer%2)\n"_s.arg(StallMeter::kIntervalMs)
               .arg(stall.value("excludes_cpu_wait"_L1).toBool()
                       ? u", less the time other processes had the CPU; \"gap\": as the clock saw it"_s
                       : QString());
    if (!stall.value("error"_L1).toString().isEmpty())
        out << u"  run failed: "_s << stall.value("error"_L1).toString() << u'\n';
    const QString refused = stall.value("formats_refused"_L1).toVariant().toStringList().join(u", "_s);
    out << u"  longest: %1 ms in \"%2\"   %3   (longest gap %4 ms; run %5 s, %6 formats saved, refused: %7)\n"_s
               .arg(stall.value("longest_stall_ms"_L1).toDouble(), 0, 'f', 1)
               .arg(stall.value("longest_stall_phase"_L1).toString(),
                   verdict(stall.value("meets_target"_L1).toBool()))
               .arg(stall.value("longest_gap_ms"_L1).toDouble(), 0, 'f', 1)
               .arg(stall.value("run_ms"_L1).toInteger() / 1000.0, 0, 'f', 1)
               .arg(stall.value("formats_saved"_L1).toInt())
               .arg(refused.isEmpty() ? u"none"_s : refused);
    out << u"  %1 %2 %3 %4\n"_s.arg(u"phase"_s, -48).arg(u"stall"_s, 9).arg(u"gap"_s, 9).arg(u"time"_s, 9);
    for (const QJsonValue& value : stall.value("phases"_L1).toArray()) {
        const QJsonObject phase = value.toObject();
        out << u"  %1 %2 %3 %4\n"_s.arg(phase.value("name"_L1).toString(), -48)
                   .arg(u"%1 ms"_s.arg(phase.value("longest_stall_ms"_L1).toDouble(), 0, 'f', 1), 9)
                   .arg(u"%1 ms"_s.arg(phase.value("longest_gap_ms"_L1).toDouble(), 0, 'f', 1), 9)
                   .arg(u"%1 s"_s.arg(phase.value("duration_ms"_L1).toDouble() / 1000.0, 0, 'f', 2), 9);
    }
    out << u'\n';
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"mailscout-bench-gui"_s);
    QApplication::setOrganizationName(u"MailscoutBench"_s);
    // The in-process wizard keeps its settings (window geometry) out of the user's.
    QStandardPaths::setTestModeEnabled(true);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Measures the wizard against issue #10: start-up to the first page shown "
        "(< 0.5 s) and the longest event-loop stall during a whole run (< 50 ms)."_s);
    parser.addHelpOption();
    const QCommandLineOption jsonOption(
        u"json"_s, u"Also write the figures as JSON to this file."_s, u"file"_s);
    const QCommandLineOption runsOption(
        u"runs"_s, u"How many times to start mailscout (default 7)."_s, u"n"_s, u"7"_s);
    const QCommandLineOption programOption(
        u"mailscout"_s, u"The mailscout program to start."_s, u"path"_s, guiPath());
    const QCommandLineOption serversOption(u"servers"_s,
        u"scripted, real (Dovecot and Postfix; needs root) or auto: scripted, and real too where they can run."_s,
        u"which"_s, u"auto"_s);
    parser.addOptions({ jsonOption, runsOption, programOption, serversOption });
    parser.process(app);
    QTextStream err(stderr);
    bool runsOk = false;
    const int runs = parser.value(runsOption).toInt(&runsOk);
    const QString servers = parser.value(serversOption);
    if (!runsOk || runs < 1 || (servers != "auto"_L1 && servers != "scripted"_L1 && servers != "real"_L1)) {
        err << u"mailscout-bench-gui: --runs takes a positive number, --servers auto, scripted or real\n"_s;
        return UsageError;
    }
    const QString program = parser.value(programOption);
    // The wizard runs mailscout-render from its own directory; in this process that is the program's.
    const QString renderer = QFileInfo(program).dir().filePath(u"mailscout-render"_s);

    QTextStream out(stdout);
    out << u"mailscout-bench-gui: the wizard's responsiveness (issue #10), offscreen\n\n"_s;
    out.flush();
    const QJsonObject startup = startupJson(StartupBench::run(program, runs));
    printStartup(out, startup);
    out.flush();

    QList<StallRun> stallRuns;
    ServerThread serverThread;
    const LoopbackNetwork& network = serverThread.network();
    QTemporaryDir files;
    if (!network.isValid() || !files.isValid()) {
        err << u"mailscout-bench-gui: cannot set up the loopback servers\n"_s;
        return NotMeasured;
    }
    // A folder each: a run that finds its files already there would stop at "replace it?".
    const auto runWizard = [&](const QString& name, const SetupOptions& options) {
        QDir(files.path()).mkdir(name);
        stallRuns.append({ name, WizardRun(options, renderer, QDir(files.path()).filePath(name)).run() });
    };
    if (servers != "real"_L1)
        runWizard(u"scripted"_s, serverThread.options(LoopbackNetwork::Scenario::Happy));
    if (servers != "scripted"_L1) {
        const QString unavailable = RealMailServers::unavailableReason();
        RealMailServers real;
        QString error;
        if (unavailable.isEmpty()
            && real.start(network.goodCertificate(), canaryUser(), canaryPassword(), &error)) {
            runWizard(u"real"_s, realServerOptions(network, real));
        } else if (servers == "real"_L1) {
            stallRuns.append({ u"real"_s, {} });
            stallRuns.last().result.error = unavailable.isEmpty() ? error : unavailable;
        } else {
            out << u"(real Dovecot/Postfix not measured: %1)\n\n"_s.arg(
                unavailable.isEmpty() ? error : unavailable);
        }
    }
    QJsonArray stalls;
    for (const StallRun& run : stallRuns) {
        stalls.append(stallJson(run));
        printStall(out, stalls.last().toObject());
    }
    out.flush();

    if (parser.isSet(jsonOption)) {
        const QJsonObject root { { u"benchmark"_s, u"mailscout-bench-gui"_s },
            { u"version"_s, QStringLiteral(MAILSCOUT_VERSION) }, { u"startup"_s, startup },
            { u"stall"_s, stalls } };
        QFile json(parser.value(jsonOption));
        if (!json.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || json.write(QJsonDocument(root).toJson()) < 0) {
            err << u"mailscout-bench-gui: cannot write %1: %2\n"_s.arg(json.fileName(), json.errorString());
            return NotMeasured;
        }
    }
    bool measured = startup.value("error"_L1).toString().isEmpty();
    for (const QJsonValue& stall : stalls)
        measured = measured && stall.toObject().value("error"_L1).toString().isEmpty();
    return measured ? Measured : NotMeasured;
}
