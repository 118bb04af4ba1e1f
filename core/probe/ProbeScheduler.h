// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ProbeOptions.h"
#include "model/ProbeResult.h"

#include <QList>
#include <QObject>

namespace mailscout {

class Probe;

// Runs probes in parallel within two limits: a global one (sockets, the user's router) and one per
// server (mail servers rate-limit and ban clients that open many connections at once). Higher priority
// starts first, so the endpoints that could win are answered first.
class ProbeScheduler : public QObject {
    Q_OBJECT

public:
    struct Limits {
        int global = 12;
        int perHost = 4;
    };

    explicit ProbeScheduler(Limits limits, QObject* parent = nullptr);
    ~ProbeScheduler() override;

    void enqueue(const Endpoint& endpoint, const ProbeOptions& options, int priority = 0);
    // Cancels running probes (their results arrive as "cancelled") and drops the queue.
    void cancel();
    [[nodiscard]] int runningCount() const { return static_cast<int>(m_running.size()); }
    [[nodiscard]] int queuedCount() const { return static_cast<int>(m_queue.size()); }
    [[nodiscard]] bool isIdle() const { return m_running.isEmpty() && m_queue.isEmpty(); }

Q_SIGNALS:
    void probeStarted(const mailscout::Endpoint& endpoint);
    void probeFinished(const mailscout::ProbeResult& result);
    void idle();

private:
    struct Queued {
        Endpoint endpoint;
        ProbeOptions options;
        int priority = 0;
        quint64 order = 0;
    };
    struct Running {
        Probe* probe = nullptr;
        QString hostKey;
    };

    void startWhatFits();
    void onProbeFinished(Probe* probe, const ProbeResult& result);
    // The server a connection really reaches: after --connect-to, not the name in the endpoint.
    [[nodiscard]] static QString hostKey(const Endpoint& endpoint, const ProbeOptions& options);
    [[nodiscard]] int runningOn(const QString& hostKey) const;

    Limits m_limits;
    QList<Queued> m_queue;
    QList<Running> m_running;
    quint64 m_nextOrder = 0;
};

} // namespace mailscout
