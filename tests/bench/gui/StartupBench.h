// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace mailscout::bench {

// Start-up to the first page shown, of the real mailscout program: spawned offscreen with the mailscout.ui
// log on, timed from just before the spawn to the moment its "first page shown after N ms" line arrives
// (N is the same span seen from inside, from the top of main(): the rest is exec, loading the libraries and
// static initialisation). The process is killed once it has said so.
class StartupBench {
public:
    static constexpr int kTargetMs = 500; // issue #10

    struct Run {
        qint64 sinceSpawnMs = -1;
        qint64 sinceMainMs = -1;
    };
    struct Result {
        QList<Run> runs;
        QString error; // empty when every run reached the first page
    };

    [[nodiscard]] static Result run(const QString& program, int runs);

private:
    [[nodiscard]] static Run once(const QString& program, const QString& configDir, QString* error);
};

} // namespace mailscout::bench
