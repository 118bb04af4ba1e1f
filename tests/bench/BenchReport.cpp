// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchReport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSysInfo>
#include <QThread>

namespace mailscout::bench {

using namespace Qt::StringLiterals;

namespace {

QString ms(qint64 value)
{
    return value < 0 ? u"—"_s : u"%1 ms"_s.arg(value);
}

QString ratio(qint64 value, qint64 bound)
{
    return value < 0 || bound <= 0
        ? u"—"_s
        : QString::number(static_cast<double>(value) / static_cast<double>(bound), 'f', 2);
}

QString megabytes(qint64 kilobytes)
{
    return kilobytes < 0 ? u"—"_s : u"%1 MB"_s.arg(static_cast<double>(kilobytes) / 1024.0, 0, 'f', 1);
}

QString baseline(const BaselineFigures& figures)
{
    if (!figures.ran)
        return u"—"_s;
    if (figures.capped)
        return u"> %1 s (stopped)"_s.arg(figures.settledMs / 1000.0);
    return ms(figures.settledMs);
}

QJsonValue number(qint64 value)
{
    return value < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue ratioJson(qint64 value, qint64 bound)
{
    return value < 0 || bound <= 0 ? QJsonValue(QJsonValue::Null)
                                   : QJsonValue(static_cast<double>(value) / static_cast<double>(bound));
}

QJsonObject baselineJson(const BaselineFigures& figures)
{
    if (!figures.ran)
        return {};
    return { { u"settled_ms"_s, number(figures.settledMs) }, { u"probes"_s, figures.probes },
        { u"answer"_s, figures.answer }, { u"capped"_s, figures.capped } };
}

} // namespace

BenchReport::BenchReport(
    const BenchOptions& options, const QList<ScenarioRow>& rows, const QList<BatchFigures>& batches)
    : m_options(options), m_rows(rows), m_batches(batches)
{
}

QString BenchReport::machineNote() const
{
    QString note = u"%1 cores, %2 %3"_s.arg(QThread::idealThreadCount())
                       .arg(QSysInfo::kernelType(), QSysInfo::kernelVersion());
    if (!m_options.machine.isEmpty())
        note += u", "_s + m_options.machine;
    return note;
}

QString BenchReport::table() const
{
    QString text;
    if (!m_rows.isEmpty()) {
        text += u"| scenario | RTT | settled | finished | lower bound (round trips × RTT) | settled / bound "
                u"| finished / bound "
                "| probes | peak RSS | sequential | staggered (Thunderbird) | answer | target |\n"_s;
        text += u"|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n"_s;
        for (const ScenarioRow& row : m_rows) {
            const QString bound = row.bound.ms < 0 ? u"—"_s
                                                   : u"%1 (%2 × %3 = %4 ms)"_s.arg(ms(row.bound.ms))
                                                         .arg(row.bound.roundTrips)
                                                         .arg(row.rttMs)
                                                         .arg(row.bound.roundTrips * row.rttMs);
            text += u"| (%1) %2 | %3 ms | %4 | %5 | %6 | %7 | %8 | %9 | %10 | %11 | %12 | %13 | %14 |\n"_s
                        .arg(row.id, row.title)
                        .arg(row.rttMs)
                        .arg(ms(row.product.settledMs), ms(row.product.elapsedMs), bound,
                            ratio(row.product.settledMs, row.bound.ms),
                            ratio(row.product.elapsedMs, row.bound.ms))
                        .arg(row.product.probes)
                        .arg(megabytes(row.product.peakKb), baseline(row.sequential), baseline(row.staggered),
                            row.product.answer.isEmpty() ? u"—"_s : row.product.answer,
                            row.verdict.isEmpty() ? u"—"_s : row.verdict + u": "_s + row.target);
        }
    }
    bool batchHeader = false;
    for (const BatchFigures& batch : m_batches) {
        if (!batch.ran) {
            text += u"\n(e) batch at RTT %1 ms: %2\n"_s.arg(batch.rttMs)
                        .arg(batch.skipped.isEmpty() ? u"failed: "_s + batch.error
                                                     : u"skipped: "_s + batch.skipped);
            continue;
        }
        if (!batchHeader) {
            text
                += u"\n| (e) batch | RTT | 1 domain | %1 domains | ratio | RSS after 1/10 → 9/10 of the "
                   u"results "
                   "| peak RSS (1 → %1) | secure configuration found | CPU time: CLI; the lab (servers, delayer, DNS); "
                   "all CPUs busy | target |\n"_s
                       .arg(batch.domains);
            text += u"|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n"_s;
            batchHeader = true;
        }
        const QString busy = batch.machineBusyPercent < 0 ? u"—"_s : u"%1 %"_s.arg(batch.machineBusyPercent);
        // What the lab alone costs here, spread over every core: no client could finish sooner.
        const QString labFloor = batch.labCpuMs < 0 || batch.cores < 1
            ? QString()
            : u"; the lab alone needs %1 of %2 cores, %3 × one"_s.arg(ms(batch.labCpuMs / batch.cores))
                  .arg(batch.cores)
                  .arg(ratio(batch.labCpuMs / batch.cores, batch.oneWallMs));
        text += u"| `discover --batch`%1 | %2 ms | %3 | %4 | %5 | %6 → %7 | %8 → %9 | %10 of %11 | %12; %13; %14 "
                u"| %15: < 10 × one, "
                "memory flat%16 |\n"_s.arg(batch.jobs > 0 ? u" --jobs %1"_s.arg(batch.jobs) : QString())
                    .arg(batch.rttMs)
                    .arg(ms(batch.oneWallMs), ms(batch.allWallMs), ratio(batch.allWallMs, batch.oneWallMs),
                        megabytes(batch.rssEarlyKb), megabytes(batch.rssLateKb), megabytes(batch.onePeakKb),
                        megabytes(batch.peakKb))
                    .arg(batch.found)
                    .arg(batch.lines)
                    .arg(ms(batch.allCpuMs), ms(batch.labCpuMs), busy, batch.verdict, labFloor);
    }
    return text;
}

QJsonObject BenchReport::json() const
{
    QJsonArray rows;
    for (const ScenarioRow& row : m_rows) {
        const ProductFigures& p = row.product;
        rows.append(QJsonObject {
            { u"scenario"_s, row.id },
            { u"title"_s, row.title },
            { u"rtt_ms"_s, row.rttMs },
            { u"mailscout"_s,
                QJsonObject { { u"ran"_s, p.ran }, { u"exit_code"_s, p.exitCode },
                    { u"settled_ms"_s, number(p.settledMs) }, { u"elapsed_ms"_s, number(p.elapsedMs) },
                    { u"wall_ms"_s, number(p.wallMs) }, { u"probes"_s, p.probes },
                    { u"peak_rss_kb"_s, number(p.peakKb) }, { u"answer"_s, p.answer },
                    { u"settled_reason"_s, p.settledReason },
                    { u"diagnosis"_s, QJsonArray::fromStringList(p.diagnosis) },
                    { u"incoming"_s, p.incoming }, { u"outgoing"_s, p.outgoing }, { u"error"_s, p.error } } },
            { u"lower_bound"_s,
                QJsonObject { { u"ms"_s, number(row.bound.ms) },
                    { u"incoming_ms"_s, number(row.bound.incomingMs) },
                    { u"outgoing_ms"_s, number(row.bound.outgoingMs) },
                    { u"round_trips"_s, row.bound.roundTrips },
                    { u"round_trips_ms"_s, row.bound.roundTrips * row.rttMs },
                    { u"error"_s, row.bound.error } } },
            { u"settled_over_bound"_s, ratioJson(p.settledMs, row.bound.ms) },
            { u"finished_over_bound"_s, ratioJson(p.elapsedMs, row.bound.ms) },
            { u"sequential"_s, baselineJson(row.sequential) },
            { u"staggered"_s, baselineJson(row.staggered) },
            { u"target"_s, row.target },
            { u"verdict"_s, row.verdict },
            { u"note"_s, row.note },
        });
    }
    QJsonArray batches;
    for (const BatchFigures& b : m_batches) {
        batches.append(QJsonObject { { u"ran"_s, b.ran }, { u"skipped"_s, b.skipped },
            { u"error"_s, b.error }, { u"rtt_ms"_s, b.rttMs }, { u"domains"_s, b.domains },
            { u"jobs"_s, b.jobs }, { u"one_wall_ms"_s, number(b.oneWallMs) },
            { u"all_wall_ms"_s, number(b.allWallMs) }, { u"ratio"_s, ratioJson(b.allWallMs, b.oneWallMs) },
            { u"lines"_s, b.lines }, { u"found"_s, b.found }, { u"rss_early_kb"_s, number(b.rssEarlyKb) },
            { u"rss_late_kb"_s, number(b.rssLateKb) }, { u"peak_rss_kb"_s, number(b.peakKb) },
            { u"one_peak_rss_kb"_s, number(b.onePeakKb) }, { u"cpu_ms"_s, number(b.allCpuMs) },
            { u"machine_busy_percent"_s, b.machineBusyPercent }, { u"lab_cpu_ms"_s, number(b.labCpuMs) },
            { u"cores"_s, b.cores }, { u"verdict"_s, b.verdict } });
    }
    return {
        { u"schema"_s, u"mailscout.bench/1"_s },
        { u"date"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
        { u"machine"_s, machineNote() },
        { u"cli"_s, m_options.cli },
        { u"options"_s,
            QJsonObject { { u"cli_timeout_s"_s, m_options.cliTimeoutSeconds },
                { u"cli_connect_timeout_s"_s, m_options.cliConnectTimeoutSeconds },
                { u"baseline_connect_timeout_ms"_s, m_options.baselineConnectTimeoutMs },
                { u"baseline_cap_ms"_s, m_options.baselineCapMs }, { u"repeat"_s, m_options.repeat },
                { u"stagger_ms"_s, 100 },
                { u"lab_ca"_s, m_options.caFile ? u"--ca-file"_s : u"system root"_s } } },
        { u"scenarios"_s, rows },
        { u"batch"_s, batches },
    };
}

} // namespace mailscout::bench
