// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BenchFigures.h"
#include "BenchOptions.h"

#include <QList>
#include <QStringList>

namespace mailscout::bench {

class BenchLab;

// Runs one scenario at one round-trip time: the product (mailscout-cli discover, a real process in the
// client namespace: what a user runs, start-up and all, timed by the session's own clock), the physical
// lower bound (the two winning endpoints alone, concurrently, with mailscout-cli probe), and the two
// baselines (each in a fresh process of this program, so every run starts with a cold DNS cache as the
// CLI does), then judges the figures against the targets.
class ScenarioRunner {
public:
    ScenarioRunner(BenchLab& lab, const BenchOptions& options);

    [[nodiscard]] static QList<Scenario> scenarios();
    [[nodiscard]] ScenarioRow run(const Scenario& scenario, int rttMs);

    // Round trips the endpoint needs at the least: DNS, TCP, TLS, greeting, capabilities; STARTTLS adds the
    // plaintext capabilities and the STARTTLS command.
    [[nodiscard]] static int roundTrips(const QString& security);
    // The connect timeout the CLI's probes use with these options.
    [[nodiscard]] int productConnectTimeoutMs() const;
    [[nodiscard]] QStringList discoverArguments(const QStringList& extra) const;
    // --ca-file and the lab's CA when the options say so; nothing when it is a system root.
    [[nodiscard]] QStringList trustArguments() const;

private:
    [[nodiscard]] ProductFigures runProduct(const QString& domain) const;
    [[nodiscard]] LowerBoundFigures runLowerBound(const ProductFigures& product) const;
    [[nodiscard]] BaselineFigures runBaseline(const Scenario& scenario, const QString& strategy) const;
    void judge(ScenarioRow& row) const;

    BenchLab& m_lab;
    const BenchOptions& m_options;
    bool m_hasConnectTimeout
        = false; // the CLI has --connect-timeout (issue 11); before it, --timeout set both
};

} // namespace mailscout::bench
