// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace mailscout::bench {

// What one run of mailscout-cli discover showed (its own clock: settled_ms and elapsed_ms start when the
// session starts, after the program has loaded).
struct ProductFigures {
    bool ran = false;
    int exitCode = -1;
    qint64 settledMs = -1;
    qint64 elapsedMs = -1;
    qint64 wallMs = -1; // the process from exec to exit, start-up included
    int probes = 0;
    qint64 peakKb = -1; // VmHWM of the process
    QString answer; // "imap 993 tls + smtp 465 tls", or "none"
    QString settledReason;
    QStringList diagnosis; // codes
    QJsonObject incoming; // the recommended servers as the JSON says them ({} when none)
    QJsonObject outgoing;
    QString error; // why there are no figures
};

// The physical lower bound: the winning incoming and outgoing endpoints alone, probed concurrently by
// mailscout-cli probe, each with a fresh DNS lookup; the slower of the two.
struct LowerBoundFigures {
    qint64 ms = -1;
    qint64 incomingMs = -1;
    qint64 outgoingMs = -1;
    int roundTrips
        = 0; // the fewest the winning pair needs: DNS + TCP + TLS + greeting + capabilities (+ STARTTLS)
    QString error;
};

// A baseline strategy over the same candidates with the project's Probe class.
struct BaselineFigures {
    bool ran = false;
    qint64 settledMs = -1; // both winners known (or both lists exhausted)
    int probes = 0;
    QString answer;
    bool capped = false; // stopped at the bench's cap before it finished
};

struct ScenarioRow {
    QString id; // "a", "b", ...
    QString title;
    int rttMs = 0;
    ProductFigures product;
    LowerBoundFigures bound;
    BaselineFigures sequential;
    BaselineFigures staggered;
    QString target; // the target for this scenario, in words
    QString verdict; // "met", "missed", "" (no target)
    QString note;
};

struct BatchFigures {
    bool ran = false;
    QString skipped; // why not
    int rttMs = 0;
    int domains = 0;
    int jobs = 0;
    qint64 oneWallMs = -1;
    qint64 allWallMs = -1;
    int lines = 0; // result lines printed for the whole batch
    int found = 0; // of them with a configuration
    qint64 rssEarlyKb = -1; // VmRSS after the first tenth of the results
    qint64 rssLateKb = -1; // after nine tenths
    qint64 peakKb = -1; // VmHWM at the end
    qint64 onePeakKb = -1;
    qint64 allCpuMs = -1; // CPU time of the batch's CLI process
    int machineBusyPercent = -1; // all CPUs during the batch of all domains: the lab's servers share them
    // CPU time everything but the CLI used during the batch: the lab's servers, its delayer and DNS. Spread
    // over all cores it is the least time the batch could take here with a client that cost nothing.
    qint64 labCpuMs = -1;
    int cores = 0;
    QString verdict;
    QString error;
};

} // namespace mailscout::bench
