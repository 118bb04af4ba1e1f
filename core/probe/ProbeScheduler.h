// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RttEstimator.h"
#include "model/ProbeOptions.h"
#include "model/ProbeResult.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTimer>

#include <optional>

namespace mailscout {

class Probe;

// Runs probes in parallel within two limits: a global one (sockets, the user's router) and one per
// server (mail servers rate-limit and ban clients that open many connections at once). Higher priority
// starts first, so the endpoints that could win are answered first.
//
// It also learns each server address's round-trip time from the probes' connects (RttEstimator). A
// connect still unanswered at max(1.5 s, 4 × RTT), while other ports of the address answered long ago,
// is most likely dropped by a firewall: probeProvisional() reports it so at once, and the probe stops
// counting against the limits but goes on in the background up to the full connect timeout. Its final
// result arrives through probeFinished() like any other, marked late when it answered after all.
//
// A server that turns a connection away as busy (ProbeResult::serverBusy) gets up to kBusyRetries more
// tries, the first after ProbeOptions::busyRetryDelayMs, the next after twice that: many sessions at once
// (a batch of domains at one provider) meet the server's limit on connections from one client, and that
// says nothing about its settings. Only the last try's result is reported.
class ProbeScheduler : public QObject {
    Q_OBJECT

public:
    struct Limits {
        // Every guess for a domain at once (23 endpoints for its six standard names), and the seven standard
        // ports of a server at once: no filtered port then keeps a better candidate waiting for a slot.
        // Thunderbird starts them all within a few seconds too; a few dozen connections are nothing to a
        // router, and Postfix's own per-client limit is 50.
        int global = 24;
        int perHost = 8;
    };

    static constexpr int kBusyRetries = 2;

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
    // An early "filtered (likely)" verdict for a probe that is still running; probeFinished() follows.
    void probeProvisional(const mailscout::ProbeResult& result);
    void probeFinished(const mailscout::ProbeResult& result);
    void idle();

private:
    struct Queued {
        Endpoint endpoint;
        ProbeOptions options;
        int priority = 0;
        quint64 order = 0;
        int attempt = 1;
        qint64 notBeforeMs = 0; // on m_clock: a retry waits until then
        std::optional<ProbeResult> busy; // what the last try said, for a retry still waiting
    };
    struct Running {
        Queued job; // what was started: its options, and all a retry needs
        Probe* probe = nullptr;
        QString hostKey;
        QList<QHostAddress> addresses; // known once resolved
        qint64 connectStartedMs = -1; // on m_clock
        bool connected = false;
        // Silent past the floor: no longer counts against the limits. A dropped SYN costs the server
        // nothing, and the ports behind it may answer and teach us the round-trip time.
        bool released = false;
        EarlyVerdict verdict; // given: reported filtered (likely)
    };

    void insert(Queued queued);
    void startWhatFits();
    // Runs startWhatFits() when the first waiting retry is due.
    void armRetryTimer();
    void onProbeFinished(Probe* probe, const ProbeResult& result);
    void onResolved(Probe* probe, const QList<QHostAddress>& addresses, qint64 dnsMs);
    void onConnected(Probe* probe, const QHostAddress& address, qint64 connectMs);
    // Gives the verdict to every connect past its deadline and arms the timer for the next one due.
    void applySoftDeadlines();
    [[nodiscard]] ProbeResult giveEarlyVerdict(Running& running, qint64 deadlineMs);
    [[nodiscard]] Running* find(Probe* probe);
    [[nodiscard]] qsizetype activeCount() const;
    // The server a connection really reaches: after --connect-to, not the name in the endpoint.
    [[nodiscard]] static QString hostKey(const Endpoint& endpoint, const ProbeOptions& options);
    [[nodiscard]] int runningOn(const QString& hostKey) const;

    Limits m_limits;
    QList<Queued> m_queue;
    QList<Running> m_running;
    quint64 m_nextOrder = 0;
    RttEstimator m_rtt;
    QElapsedTimer m_clock;
    QTimer m_softDeadlineTimer;
    QTimer m_retryTimer;
};

} // namespace mailscout
