// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "discovery/DiscoverySource.h"

#include <QSignalSpy>

namespace mailscout::test {

// Runs one source to its end and keeps what it said.
struct SourceRun {
    QList<Candidate> candidates;
    DiscoverySource::State state = DiscoverySource::State::Failed;
    QString reason;
    bool finished = false;

    static SourceRun of(DiscoverySource& source, int timeoutMs = 20'000)
    {
        SourceRun run;
        QObject::connect(&source, &DiscoverySource::candidatesFound, &source,
            [&run](const QList<Candidate>& candidates) { run.candidates += candidates; });
        QSignalSpy done(&source, &DiscoverySource::finished);
        source.start();
        if (!done.wait(timeoutMs))
            return run;
        run.finished = true;
        run.state = done.first().at(0).value<DiscoverySource::State>();
        run.reason = done.first().at(1).toString();
        return run;
    }

    [[nodiscard]] QStringList endpoints() const
    {
        QStringList result;
        for (const Candidate& candidate : candidates)
            result.append(candidate.endpoint.toString());
        return result;
    }
};

} // namespace mailscout::test
