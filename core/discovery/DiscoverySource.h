// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Candidate.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace mailscout {

// One way of finding candidates (bundled data, autoconfig, MX, SRV, Autodiscover, guessing, the user's
// host). Discovery runs them side by side, so each owns its own timeout and stops at cancel() without
// waiting for anything: none can hold back the others.
class DiscoverySource : public QObject {
    Q_OBJECT

public:
    enum class State { Found, Nothing, Failed };
    Q_ENUM(State)

    // id is stable ("autoconfig", "mx", ...): the CLI and the JSON report use it.
    DiscoverySource(const QString& id, int timeoutMs, QObject* parent = nullptr);

    [[nodiscard]] QString id() const { return m_id; }
    [[nodiscard]] bool isRunning() const { return m_running; }

    // Emits finished() exactly once, later, unless cancelled first.
    void start();
    // Stops every request and timer now and emits nothing more.
    void cancel();

    [[nodiscard]] static QString stateCode(State state); // "found", "nothing", "failed"

Q_SIGNALS:
    void candidatesFound(const QList<mailscout::Candidate>& candidates);
    void finished(mailscout::DiscoverySource::State state, const QString& reason);

protected:
    virtual void run() = 0;
    // Abort whatever run() started; called on cancel, on timeout and after finish().
    virtual void stop() = 0;

    void report(const QList<Candidate>& candidates);
    // Ends the source: Found if report() delivered anything, otherwise Nothing or Failed as given.
    void finish(State stateWithoutCandidates, const QString& reason);

private:
    QString m_id;
    int m_timeoutMs;
    QTimer m_timeout;
    bool m_running = false;
    bool m_reported = false;
};

} // namespace mailscout
