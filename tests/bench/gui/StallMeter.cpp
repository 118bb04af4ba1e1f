// SPDX-License-Identifier: GPL-3.0-or-later
#include "StallMeter.h"

#include <algorithm>

namespace mailscout::bench {

StallMeter::StallMeter(QObject* parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallMeter::tick);
}

void StallMeter::setPhase(const QString& name)
{
    if (!m_clock.isValid()) {
        m_clock.start();
        m_timer.start();
    } else {
        closePhase();
    }
    const qint64 now = m_clock.nsecsElapsed() / 1000;
    // A gap that began before the switch ends in the new phase, which is usually the work the switch
    // announced (a click, a page change) and so where it belongs.
    m_phaseStartUs = now;
    m_phases.append({ name, 0, 0, 0 });
    if (m_phases.size() == 1)
        m_lastTickUs = now;
}

void StallMeter::stop()
{
    if (!m_timer.isActive())
        return;
    tick(); // a gap still open counts
    closePhase();
    m_timer.stop();
}

void StallMeter::tick()
{
    const qint64 now = m_clock.nsecsElapsed() / 1000;
    const qint64 gap = now - m_lastTickUs;
    m_lastTickUs = now;
    Phase& phase = m_phases.last();
    phase.longestGapUs = std::max(phase.longestGapUs, gap);
    phase.gapsOverTarget += gap > qint64(kTargetMs) * 1000;
}

void StallMeter::closePhase()
{
    m_phases.last().durationUs = m_clock.nsecsElapsed() / 1000 - m_phaseStartUs;
}

} // namespace mailscout::bench
