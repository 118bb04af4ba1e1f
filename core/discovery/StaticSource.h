// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DiscoverySource.h"

namespace mailscout {

// A source whose answer is known without the network (bundled data, guesses, the user's own server):
// it still reports through the event loop, like every other source, so the orchestrator treats all alike.
class StaticSource : public DiscoverySource {
    Q_OBJECT

public:
    // emptyReason explains an empty list ("no bundled data for example.com").
    StaticSource(const QString& id, const QList<Candidate>& candidates, const QString& emptyReason,
        QObject* parent = nullptr);

protected:
    void run() override;
    void stop() override { }

private:
    QList<Candidate> m_candidates;
    QString m_emptyReason;
};

} // namespace mailscout
