// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mailscout::bench {

struct BenchOptions {
    QString cli; // mailscout-cli
    QString self; // this program, re-run for each baseline so that every run starts with a cold DNS cache
    QString output; // the JSON file
    QStringList scenarios { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
        QStringLiteral("d"), QStringLiteral("e"), QStringLiteral("f") };
    QList<int> rtts; // empty: each scenario's own (20 and 100 ms; f: 2, 100 and 600 ms)
    double cliTimeoutSeconds = 0; // --timeout; 0: the CLI's default (15 s per source)
    double cliConnectTimeoutSeconds = 0; // --connect-timeout where the CLI has it; 0: its default (10 s)
    int baselineConnectTimeoutMs = 10'000; // Thunderbird's
    int baselineCapMs = 30'000; // a sequential prober facing filtered ports would take minutes
    int repeat = 1; // runs per figure; the median is reported
    int batchDomains = 200;
    int batchJobs = 0; // 0: the CLI's default
    bool baselines = true;
    // The lab's CA through --ca-file, as a private CA, instead of as a system root (SystemTrustOverride),
    // as the public CAs of real providers are.
    bool caFile = false;
    QString machine; // a note on the machine for the report ("2-core shared VM"); the core count and kernel
                     // are added
};

// One scenario of issue #10 (and #11's "993 + 465 filtered").
struct Scenario {
    QString id;
    QString title;
    QString domain;
    QList<quint16> filtered; // ports of the mail host a firewall drops
    QList<int> rtts;
    bool autoconfig = false; // the baselines fetch the autoconfig file first, as a client would
};

} // namespace mailscout::bench
