// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace mailscout::cli {

// mailscout-cli probe HOST --protocol P [...]: checks one endpoint and prints what it found.
class ProbeCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ProbeCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("probe"); }
    [[nodiscard]] QString summary() const override;
    int run(const QStringList& arguments) override;
};

} // namespace mailscout::cli
