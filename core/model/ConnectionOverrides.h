// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>

namespace mailscout {

// curl's --connect-to and --resolve: aim a connection somewhere else while SNI and the certificate check
// still use the name the user asked for. Technicians use it to test one server behind a load balancer;
// the test suite uses it to send example.test to loopback.
class ConnectionOverrides {
    Q_DECLARE_TR_FUNCTIONS(ConnectionOverrides)

public:
    struct Target {
        QString host; // where the TCP connection goes (a name or an address literal)
        quint16 port = 0;
        QList<QHostAddress> addresses; // set when --resolve fixed the addresses, or host is an address literal
    };

    // "HOST1:PORT1:HOST2:PORT2"; an empty HOST1 or PORT1 matches any, an empty HOST2 or PORT2 keeps the original.
    // IPv6 literals go in brackets. Returns an error message, empty on success.
    [[nodiscard]] QString addConnectTo(QStringView spec);
    // "HOST:PORT:ADDRESS[,ADDRESS...]"; PORT may be "*". Returns an error message, empty on success.
    [[nodiscard]] QString addResolve(QStringView spec);

    // Where a connection to host:port really goes.
    [[nodiscard]] Target resolve(const QString& host, quint16 port) const;
    [[nodiscard]] bool isEmpty() const { return m_connectTo.isEmpty() && m_resolve.isEmpty(); }

private:
    struct ConnectTo {
        QString fromHost;
        quint16 fromPort = 0;
        QString toHost;
        quint16 toPort = 0;
    };
    struct Resolve {
        QString host;
        quint16 port = 0; // 0: any port
        QList<QHostAddress> addresses;
    };
    QList<ConnectTo> m_connectTo;
    QList<Resolve> m_resolve;
};

} // namespace mailscout
