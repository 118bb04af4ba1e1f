// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Dnsmasq.h"

#include <QHostAddress>
#include <QStringList>
#include <QTemporaryDir>

namespace mailscout::test {

// A real DNS server where port 53 is free: the calling thread (the test's main thread, before it starts
// any other) moves into a fresh network namespace of its own (unshare(2), root only) with nothing but
// loopback, and dnsmasq answers on 127.0.0.1:53 there. Threads and processes started afterwards (Qt's DNS
// and HTTP threads, the CLI under test) inherit the namespace, so no query can leave the machine: there
// is no route out. The namespace has no name and vanishes with the process; the destructor stops dnsmasq
// and returns the thread to the original namespace.
class DnsNamespace {
public:
    DnsNamespace() = default;
    ~DnsNamespace();
    DnsNamespace(const DnsNamespace&) = delete;
    DnsNamespace& operator=(const DnsNamespace&) = delete;

    // Why a test cannot run here (not root), or empty.
    [[nodiscard]] static QString unavailableReason();
    // records are dnsmasq options ("--mx-host=...", "--srv-host=..."). Returns an error message, or empty.
    [[nodiscard]] QString start(const QStringList& records);
    [[nodiscard]] static QHostAddress address() { return QHostAddress(QHostAddress::LocalHost); }
    // What dnsmasq said so far (it logs every query): for failure messages.
    [[nodiscard]] QString log() { return m_dnsmasq.log(); }

private:
    int m_originalNamespace = -1;
    QTemporaryDir m_dir;
    Dnsmasq m_dnsmasq;
};

} // namespace mailscout::test
