// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BenchFigures.h"
#include "BenchOptions.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace mailscout::bench {

// The benchmark's output: Markdown tables for stdout (and the README) and one JSON document.
class BenchReport {
public:
    BenchReport(
        const BenchOptions& options, const QList<ScenarioRow>& rows, const QList<BatchFigures>& batches);

    [[nodiscard]] QString table() const;
    [[nodiscard]] QJsonObject json() const;
    [[nodiscard]] QString machineNote() const;

private:
    const BenchOptions& m_options;
    const QList<ScenarioRow>& m_rows;
    const QList<BatchFigures>& m_batches;
};

} // namespace mailscout::bench
