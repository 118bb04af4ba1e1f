// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace mailscout::bench {

// How long the event loop goes without turning. A precise timer asks to run every millisecond; when the
// loop is busy with something else (a slot, a layout, a nested synchronous call), the next run comes late,
// and the gap between two runs is how long nothing else could have been served either: a click, a repaint.
// Gaps are kept per phase, which the code driving the run names as it goes.
class StallMeter : public QObject {
    Q_OBJECT

public:
    static constexpr int kIntervalMs = 1;
    static constexpr int kTargetMs = 50; // issue #10: the loop never stalls longer than this

    struct Phase {
        QString name;
        qint64 longestGapUs = 0; // the longest gap between two turns of the loop
        qint64 durationUs = 0; // how long the phase lasted
        int gapsOverTarget = 0;
    };

    explicit StallMeter(QObject* parent = nullptr);

    // Gaps from now on count towards this phase (the first call starts measuring).
    void setPhase(const QString& name);
    void stop();
    [[nodiscard]] const QList<Phase>& phases() const { return m_phases; }

private:
    void tick();
    void closePhase();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTickUs = 0;
    qint64 m_phaseStartUs = 0;
    QList<Phase> m_phases;
};

} // namespace mailscout::bench
