// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BenchFigures.h"
#include "BenchOptions.h"

namespace mailscout::bench {

class BenchLab;
class ScenarioRunner;

// Scenario (e): a helpdesk's batch. The same mailscout-cli discover --batch run once with one address and
// once with all the batch's domains (shaped like guess.test, every port open), in the same lab: the time of
// each, start-up included, and the resident memory after the first and the last tenth of the results, to
// show it stays flat. Skipped when the CLI has no --batch.
class BatchScenario {
public:
    BatchScenario(BenchLab& lab, const BenchOptions& options, const ScenarioRunner& runner);
    [[nodiscard]] BatchFigures run(int rttMs);

private:
    BenchLab& m_lab;
    const BenchOptions& m_options;
    const ScenarioRunner& m_runner;
};

} // namespace mailscout::bench
