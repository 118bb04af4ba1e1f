// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchScenario.h"

#include "BenchLab.h"
#include "CliRun.h"
#include "ScenarioRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QThread>

#include <algorithm>

namespace mailscout::bench {

using namespace Qt::StringLiterals;

namespace {

QString writeAddresses(const QString& path, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return u"cannot write "_s + path;
    for (int i = 1; i <= count; ++i)
        file.write((u"alice@"_s + BenchLab::batchDomain(i) + u'\n').toUtf8());
    return {};
}

} // namespace

BatchScenario::BatchScenario(BenchLab& lab, const BenchOptions& options, const ScenarioRunner& runner)
    : m_lab(lab), m_options(options), m_runner(runner)
{
}

BatchFigures BatchScenario::run(int rttMs)
{
    BatchFigures figures;
    figures.rttMs = rttMs;
    figures.domains = m_options.batchDomains;
    figures.jobs = m_options.batchJobs;

    CliRun help(m_options.cli, { u"discover"_s, u"--help"_s }, 30'000);
    CliRun::runAll({ &help });
    if (!help.result().standardOutput.contains("--batch")) {
        figures.skipped = u"--batch not available"_s;
        return figures;
    }
    for (const QString& error : { m_lab.setRtt(rttMs), m_lab.setFilteredPorts({}) }) {
        if (!error.isEmpty()) {
            figures.error = error;
            return figures;
        }
    }
    const QString one = QDir(m_lab.directory()).filePath(u"batch-1.txt"_s);
    const QString all = QDir(m_lab.directory()).filePath(u"batch-all.txt"_s);
    for (const QString& error : { writeAddresses(one, 1), writeAddresses(all, m_options.batchDomains) }) {
        if (!error.isEmpty()) {
            figures.error = error;
            return figures;
        }
    }
    const auto arguments = [this](const QString& file) {
        QStringList extra { u"--batch"_s, file, u"--batch-format"_s, u"jsonl"_s };
        if (m_options.batchJobs > 0)
            extra += { u"--jobs"_s, QString::number(m_options.batchJobs) };
        return m_runner.discoverArguments(extra);
    };

    QTextStream(stderr) << u"(e) RTT %1 ms: batch of 1"_s.arg(rttMs) << Qt::endl;
    CliRun single(m_options.cli, arguments(one), 300'000);
    CliRun::runAll({ &single });
    QTextStream(stderr) << u"(e) RTT %1 ms: batch of %2"_s.arg(rttMs).arg(m_options.batchDomains) << Qt::endl;
    CliRun batch(m_options.cli, arguments(all), 1'800'000);
    CliRun::runAll({ &batch });
    for (const CliRun* run : { &single, &batch }) {
        const CliRun::Result& result = run->result();
        if (!result.started || result.crashed || result.timedOut || result.standardOutput.isEmpty()) {
            figures.error = u"mailscout-cli discover --batch %1 (exit %2): %3"_s
                                .arg(result.timedOut ? u"timed out"_s : u"failed"_s)
                                .arg(result.exitCode)
                                .arg(QString::fromLocal8Bit(result.standardError.right(500)).trimmed());
            return figures;
        }
    }
    figures.ran = true;
    figures.oneWallMs = single.result().wallMs;
    figures.onePeakKb = single.result().peakKb;
    figures.allWallMs = batch.result().wallMs;
    figures.peakKb = batch.result().peakKb;
    figures.allCpuMs = batch.result().cpuMs;
    figures.machineBusyPercent = batch.result().machineBusyPercent;
    if (batch.result().machineBusyMs >= 0 && batch.result().cpuMs >= 0)
        figures.labCpuMs = std::max<qint64>(0, batch.result().machineBusyMs - batch.result().cpuMs);
    figures.cores = QThread::idealThreadCount();
    const QList<QByteArray> lines = batch.result().standardOutput.split('\n');
    for (const QByteArray& line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        ++figures.lines;
        if (QJsonDocument::fromJson(line).object().value(u"ok"_s).toBool())
            ++figures.found;
    }
    const QList<qint64>& rss = batch.result().rssAtLineKb;
    if (rss.size() >= 10) {
        figures.rssEarlyKb = rss.at(rss.size() / 10 - 1);
        figures.rssLateKb = rss.at(rss.size() * 9 / 10 - 1);
    }
    const bool fast = figures.allWallMs < 10 * figures.oneWallMs;
    const bool flat = figures.rssEarlyKb > 0 && figures.rssLateKb <= figures.rssEarlyKb * 5 / 4;
    figures.verdict = fast && flat && figures.found == figures.domains ? u"met"_s : u"missed"_s;
    return figures;
}

} // namespace mailscout::bench
