// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BenchFigures.h"
#include "model/Endpoint.h"
#include "model/ProbeOptions.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>
#include <memory>

namespace mailscout {
class Probe;
struct ProbeResult;
} // namespace mailscout

namespace mailscout::bench {

// The strategies other clients use, run with Mailscout's own Probe class over the same candidates in
// preference order, incoming and outgoing side by side (as Thunderbird and Delta Chat do):
// - Sequential: one endpoint at a time until the first working secure one (openssl s_client by hand,
//   Delta Chat's configure).
// - Staggered: every try started 100 ms after the previous one; the winner is the best one that works
//   once every better one has failed (Thunderbird's account setup).
// "Settled" is when both sides have their winner (or have run out of candidates).
class BaselineProber : public QObject {
    Q_OBJECT

public:
    enum class Strategy { Sequential, Staggered };

    BaselineProber(Strategy strategy, const QList<Endpoint>& incoming, const QList<Endpoint>& outgoing,
        const ProbeOptions& options, int capMs, QObject* parent = nullptr);
    ~BaselineProber() override;

    // Runs to the end (or the cap) in a local event loop.
    BaselineFigures run();

    static constexpr int staggerMs = 100;

Q_SIGNALS:
    void settled();

private:
    struct Side;
    void startNext(Side& side);
    void onFinished(Side& side, qsizetype index, const ProbeResult& result);
    void decide(Side& side);
    void stop(Side& side);
    [[nodiscard]] bool allDecided() const;

    Strategy m_strategy;
    ProbeOptions m_options;
    int m_capMs;
    std::unique_ptr<Side> m_incoming;
    std::unique_ptr<Side> m_outgoing;
    QElapsedTimer m_clock;
    int m_probes = 0;
    bool m_capped = false;
    qint64 m_settledMs = -1;
};

} // namespace mailscout::bench
