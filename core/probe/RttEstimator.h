// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QtGlobal>

#include <optional>

namespace mailscout {

// What the network has shown so far about how far away each server is: the TCP connect times of the
// ports that answered, per address, and how long DNS took to answer. From that, how long a connect to
// another port of the same address may reasonably take before its silence means a firewall drops it.
// A fixed timeout (Thunderbird's 10 s, Delta Chat's 60 s) makes every user behind such a firewall wait
// for it; a deadline scaled to the measured round-trip time does not, and still never calls a slow
// link's port filtered.
class RttEstimator {
public:
    // A lost SYN is retransmitted after 1 s (Linux's initial RTO, RFC 6298 §2.1): a floor above that lets
    // one loss pass without a false verdict, however near the server.
    static constexpr qint64 kFloorMs = 1500;
    // A connect needs one round trip; several leave room for a queue, a slow server and jitter.
    static constexpr qint64 kRttMultiple = 4;

    enum class Basis {
        Connect, // connects to other ports of the same address
        Dns, // no port of the address has answered yet: how long the resolver took
    };
    struct Estimate {
        qint64 rttMs = 0;
        Basis basis = Basis::Connect;
    };

    void addConnectSample(const QHostAddress& address, qint64 ms);
    void addDnsSample(qint64 ms);

    // The round-trip time to expect for a connection to any of these addresses (Happy Eyeballs may try
    // several): the slowest answer seen from them, since an underestimate would call a working port
    // filtered. Without one, the slowest DNS answer seen, which crossed the same access link.
    [[nodiscard]] std::optional<Estimate> estimate(const QList<QHostAddress>& addresses) const;
    // max(floor, multiple × RTT), or nothing when nothing is known yet or when that would not come
    // before the full connect timeout anyway.
    [[nodiscard]] std::optional<qint64> softDeadlineMs(
        const QList<QHostAddress>& addresses, qint64 connectTimeoutMs) const;

    [[nodiscard]] static QString basisCode(Basis basis);

private:
    QHash<QHostAddress, qint64> m_slowestConnect;
    std::optional<qint64> m_slowestDns;
};

} // namespace mailscout
