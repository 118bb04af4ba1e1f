// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DnsResolver.h"

#include <QHostAddress>

namespace mailscout {

// DnsResolver on the system's resolver library (res_nquery), each lookup blocking one thread of a pool of
// its own. Why not QDnsLookup: Qt runs every QDnsLookup of the process in one pool of five threads, and
// each blocks its thread for a round trip. A session asks seven names (MX and six SRV), so a batch of
// domains could never finish faster than domains × 7 × RTT / 5, whatever --jobs says: at 100 ms, 200
// domains took 29 s, one core idle. This pool runs kMaxParallel at once.
//
// Linux only: written and tested against glibc's resolver. Windows has no res_nquery, and the resolvers of
// macOS and the BSDs are untested here, so those keep QtDnsResolver. The server is the system's
// configuration, or the IPv4 address given, on `port` (53 but in tests, whose scripted servers run
// unprivileged on loopback).
class SystemDnsResolver final : public DnsResolver {
public:
    static constexpr int kMaxParallel = 64;

    explicit SystemDnsResolver(const QHostAddress& nameserver = {}, quint16 port = 53);
    [[nodiscard]] DnsQuery* lookup(Type type, const QString& name, QObject* parent) override;
    // Whether this resolver can ask `nameserver`; an IPv6 server it cannot (glibc keeps those in private
    // state), QtDnsResolver can.
    [[nodiscard]] static bool canAsk(const QHostAddress& nameserver);

private:
    QHostAddress m_nameserver;
    quint16 m_port;
};

} // namespace mailscout
