// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Dnsmasq.h"
#include "NetNamespaceScope.h"
#include "RealMailServers.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace mailscout::test {

// A private two-host network with a real round-trip time on every packet (SYN and SYN-ACK, data, DNS), for
// tests and benchmarks that must see what a user on a slow or firewalled link sees. This kernel has no
// `tc netem`, so mailscout-netdelay (tests/support/netdelay) joins two TUN devices and holds each packet
// for RTT/2 in each direction.
//
// - The client is the calling thread: it moves into a network namespace of its own (and the process into
//   a private mount namespace whose /etc/resolv.conf names the lab's DNS server). Threads and processes
//   started afterwards (Qt's DNS threads, mailscout-cli) are clients too. 10.77.0.1 (fd77::1).
// - The server is a named namespace (`ip netns add mslab-<pid>-<n>`), 10.77.0.2 (fd77::2). Anything
//   created inside serverScope() lives there: listening sockets, dnsmasq, Dovecot and Postfix.
// - filterPort() drops a port's SYNs with iptables in the server namespace, as a firewall does.
//
// Root only; call start() from the main thread before it starts other threads that should be clients
// (Qt starts its DNS threads lazily, at the first lookup). The destructor stops what the lab started (by
// PID) and deletes the namespace, which takes its iptables rules with it.
class NetLab {
public:
    // Why the lab cannot run here (not root, no /dev/net/tun, a tool missing), or empty.
    [[nodiscard]] static QString unavailableReason();

    NetLab();
    ~NetLab();
    NetLab(const NetLab&) = delete;
    NetLab& operator=(const NetLab&) = delete;

    // Builds the network with this round-trip time (0 allowed). Returns an error message, or empty.
    [[nodiscard]] QString start(int rttMs);
    // Changes the round-trip time of the running link, for the packets already on the way too.
    [[nodiscard]] QString setRtt(int rttMs);
    [[nodiscard]] int rttMs() const { return m_rttMs; }

    [[nodiscard]] static QString clientAddress() { return QStringLiteral("10.77.0.1"); }
    [[nodiscard]] static QString serverAddress() { return QStringLiteral("10.77.0.2"); }
    // One more address of the server side (10.77.0.3 ... 10.77.0.254), behind the same link: a second
    // host, e.g. a web server that stays reachable while the mail host's ports are filtered.
    [[nodiscard]] QString addServerAddress(const QString& address);
    [[nodiscard]] QString namespaceName() const { return m_name; }
    // A directory that lives as long as the lab, for configuration files and logs.
    [[nodiscard]] QString directory() const { return m_dir.path(); }

    // The calling thread in the server namespace until the returned scope ends (see NetNamespaceScope).
    [[nodiscard]] std::unique_ptr<NetNamespaceScope> serverScope() const;
    template <typename Function> decltype(auto) runInServerNamespace(Function&& function) const
    {
        const auto scope = serverScope();
        return function();
    }

    // A real firewall drop: SYNs to this TCP port of the server (of one of its addresses, or of all when
    // address is empty) are silently discarded.
    [[nodiscard]] QString filterPort(quint16 port, const QString& address = {});
    // Removes every filter rule.
    [[nodiscard]] QString clearFilters();

    // dnsmasq in the server namespace on serverAddress():53; the client's resolv.conf points there, so
    // every lookup pays the round-trip time. records are dnsmasq options ("--host-record=...").
    [[nodiscard]] QString startDns(const QStringList& records);
    [[nodiscard]] QString dnsLog() { return m_dnsmasq.log(); }

    // The real Dovecot and Postfix on serverAddress() and the standard ports, inside the server namespace;
    // sniCertificates answer the names they list (RealMailServers::addSniCertificate).
    [[nodiscard]] QString startMailServers(const IssuedCertificate& certificate, const QString& username,
        const QString& password, const QList<RealMailServers::SniCertificate>& sniCertificates = {});
    void stopMailServers();
    [[nodiscard]] RealMailServers* mailServers() { return m_mailServers.get(); } // null until started

    // Runs a program in the server namespace (`ip netns exec`), waits for it; returns its error output
    // on failure, or empty.
    [[nodiscard]] QString execInServer(const QString& program, const QStringList& arguments);

private:
    void removeStaleNamespaces() const;
    [[nodiscard]] QString ip(const QStringList& arguments) const;

    QTemporaryDir m_dir;
    QString m_name;
    int m_originalNamespace = -1; // the thread's namespace before start(): it returns there at the end
    int m_clientNamespace = -1;
    int m_serverNamespace = -1;
    int m_rttMs = 0;
    QProcess m_delay;
    Dnsmasq m_dnsmasq;
    std::unique_ptr<RealMailServers> m_mailServers;
};

} // namespace mailscout::test
