// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace mailscout::test {

// A loopback port that behaves like one behind a firewall that drops packets: connects hang, unanswered,
// until the client gives up. A listener with a backlog of 0 whose one queue slot is taken by a connection
// nobody accepts: the kernel silently drops every further SYN. Needs no root and no iptables.
class FilteredPort {
public:
    // On an IPv4 loopback address (127.0.0.0/8), on `port` or on a free one when port is 0.
    explicit FilteredPort(const char* address = "127.0.0.1", quint16 port = 0);
    ~FilteredPort();
    FilteredPort(const FilteredPort&) = delete;
    FilteredPort& operator=(const FilteredPort&) = delete;

    [[nodiscard]] bool isValid() const { return m_port != 0; }
    [[nodiscard]] quint16 port() const { return m_port; }

private:
    int m_listener = -1;
    QList<int> m_fillers;
    quint16 m_port = 0;
};

} // namespace mailscout::test
