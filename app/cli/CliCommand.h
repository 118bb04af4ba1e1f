// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace mailscout::cli {

// Exit statuses every command shares (see README and docs/json.md).
enum ExitStatus { Success = 0, NotWorking = 1, UsageError = 2 };

// One sub-command of mailscout-cli ("probe", "discover", ...). run() gets the command's own arguments,
// with argv[0] replaced by "mailscout-cli COMMAND", and returns an ExitStatus.
class CliCommand {
public:
    virtual ~CliCommand() = default;
    [[nodiscard]] virtual QString name() const = 0;
    [[nodiscard]] virtual QString summary() const = 0;
    virtual int run(const QStringList& arguments) = 0;
};

} // namespace mailscout::cli
