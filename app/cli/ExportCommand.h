// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace mailscout {
class Exporter;
struct ExportInput;
} // namespace mailscout

namespace mailscout::cli {

// mailscout-cli export --format FMT --from RESULT.json [...]: turns a configuration of a discovery run
// (mailscout.discovery/1) into a file for a mail client.
class ExportCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("export"); }
    [[nodiscard]] QString summary() const override;
    int run(const QStringList& arguments) override;

    // Runs one exporter and writes its output to path (with its permissions) or, for an empty path, to
    // standard output. Errors go to standard error. Returns an ExitStatus; shared with `discover --export`.
    static int writeExport(const Exporter& exporter, const ExportInput& input, const QString& path);
};

} // namespace mailscout::cli
