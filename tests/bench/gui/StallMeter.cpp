// SPDX-License-Identifier: GPL-3.0-or-later
#include "StallMeter.h"

#include <algorithm>

namespace mailscout::bench {

using namespace Qt::StringLiterals;

StallMeter::StallMeter(QObject* parent)
    : QObject(parent)
    , m_schedstat(u"/proc/thread-self/schedstat"_s)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallMeter::tick);
    // Opened here, on the thread whose loop is measured: thread-self is resolved when the file is opened.
    // Unbuffered, so every read after seek(0) is a fresh one.
    if (!m_schedstat.open(QIODevice::ReadOnly | QIODevice::Unbuffered) || runDelayUs() < 0)
        m_schedstat.close();
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
    m_phases.append({ name, 0, 0, 0, 0 });
    if (m_phases.size() == 1) {
        m_lastTickUs = now;
        m_lastRunDelayUs = runDelayUs();
    }
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
    const qint64 runDelay = runDelayUs();
    const qint64 gap = now - m_lastTickUs;
    const qint64 stall = gap - std::clamp(runDelay - m_lastRunDelayUs, qint64(0), gap);
    m_lastTickUs = now;
    m_lastRunDelayUs = runDelay;
    Phase& phase = m_phases.last();
    phase.longestGapUs = std::max(phase.longestGapUs, gap);
    phase.longestStallUs = std::max(phase.longestStallUs, stall);
    phase.stallsOverTarget += stall > qint64(kTargetMs) * 1000;
}

void StallMeter::closePhase()
{
    m_phases.last().durationUs = m_clock.nsecsElapsed() / 1000 - m_phaseStartUs;
}

qint64 StallMeter::runDelayUs()
{
    // "cpu time, run delay, time slices", in nanoseconds.
    if (!m_schedstat.isOpen() || !m_schedstat.seek(0))
        return 0;
    const QList<QByteArray> fields = m_schedstat.readAll().split(' ');
    bool ok = false;
    const qint64 delayNs = fields.value(1).toLongLong(&ok);
    return ok ? delayNs / 1000 : -1;
}

} // namespace mailscout::bench
