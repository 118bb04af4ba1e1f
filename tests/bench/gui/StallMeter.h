// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace mailscout::bench {

// How long the event loop goes without turning. A precise timer asks to run every millisecond; when the
// loop is busy with something else (a slot, a layout, a nested synchronous call), the next run comes late,
// and the gap between two runs is how long nothing else could have been served either: a click, a repaint.
//
// On a shared machine a gap also holds time the thread was ready but another process had the CPU. Linux
// counts that per thread (/proc/thread-self/schedstat, "run delay"); it is taken off, so the stall is what
// this program did, not what its neighbours did. Elsewhere the whole gap counts.
//
// Figures are kept per phase, which the code driving the run names as it goes.
class StallMeter : public QObject {
    Q_OBJECT

public:
    static constexpr int kIntervalMs = 1;
    static constexpr int kTargetMs = 50; // issue #10: the loop never stalls longer than this

    struct Phase {
        QString name;
        qint64 longestStallUs = 0; // the longest gap between two turns of the loop, less waiting for a CPU
        qint64 longestGapUs = 0; // the longest gap as the clock saw it
        qint64 durationUs = 0; // how long the phase lasted
        int stallsOverTarget = 0;
    };

    explicit StallMeter(QObject* parent = nullptr);

    // Gaps from now on count towards this phase (the first call starts measuring).
    void setPhase(const QString& name);
    void stop();
    [[nodiscard]] const QList<Phase>& phases() const { return m_phases; }
    // Whether run delay could be read here, i.e. whether stalls exclude waiting for a CPU.
    [[nodiscard]] bool excludesCpuWait() const { return m_schedstat.isOpen(); }

private:
    void tick();
    void closePhase();
    [[nodiscard]] qint64 runDelayUs();

    QTimer m_timer;
    QElapsedTimer m_clock;
    QFile m_schedstat;
    qint64 m_lastTickUs = 0;
    qint64 m_lastRunDelayUs = 0;
    qint64 m_phaseStartUs = 0;
    QList<Phase> m_phases;
};

} // namespace mailscout::bench
