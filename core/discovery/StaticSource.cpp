// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaticSource.h"

namespace mailscout {

StaticSource::StaticSource(
    const QString& id, const QList<Candidate>& candidates, const QString& emptyReason, QObject* parent)
    : DiscoverySource(id, 1000, parent), m_candidates(candidates), m_emptyReason(emptyReason)
{
}

void StaticSource::run()
{
    report(m_candidates);
    finish(State::Nothing, m_candidates.isEmpty() ? m_emptyReason : QString());
}

} // namespace mailscout
