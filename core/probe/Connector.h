// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ProbeOptions.h"
#include "model/ProbeOutcome.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTimer>

class QHostInfo;
class QSslSocket;

namespace mailscout {

// Opens one TCP connection to host:port: resolves A and AAAA, then races the addresses as RFC 8305
// (Happy Eyeballs) says: IPv6 first, interleaved, a new attempt every happyEyeballsDelayMs or as soon as
// one fails; the first to connect wins and the rest are dropped.
class Connector : public QObject {
    Q_OBJECT

public:
    Connector(const QString& host, quint16 port, const ProbeOptions& options, QObject* parent = nullptr);
    ~Connector() override;

    void start();
    // Stops everything; no signal follows.
    void abort();
    [[nodiscard]] qint64 dnsMs() const { return m_dnsMs; }
    [[nodiscard]] qint64 connectMs() const { return m_connectMs; }
    // How long the attempt that won took by itself: one round trip to that address, without the Happy
    // Eyeballs delays spent on addresses that did not answer.
    [[nodiscard]] qint64 winningAttemptMs() const { return m_winningAttemptMs; }

    // Sorts addresses as RFC 8305 §4 says: alternate families, starting with IPv6.
    [[nodiscard]] static QList<QHostAddress> interleave(const QList<QHostAddress>& addresses);

Q_SIGNALS:
    // The caller owns the socket (unparented, signals from this connector cut).
    void connected(QSslSocket* socket, const QHostAddress& address);
    // The addresses about to be tried; dnsMs is how long the resolver took, -1 when no lookup was needed
    // (--resolve, --connect-to to an address, an address literal).
    void resolved(const QList<QHostAddress>& addresses, qint64 dnsMs);
    void failed(mailscout::ProbeOutcome outcome, const QString& detail);

private:
    void onLookupFinished(const QHostInfo& info);
    void beginAttempts(const QList<QHostAddress>& addresses);
    void startNextAttempt();
    void onAttemptConnected(QSslSocket* socket);
    void onAttemptError(QSslSocket* socket, const QHostAddress& address);
    void onDeadline();
    void fail(ProbeOutcome outcome, const QString& detail);
    void dropAttempts();

    QString m_host; // after --connect-to
    quint16 m_port = 0;
    QList<QHostAddress> m_fixedAddresses; // --resolve or an address literal
    int m_connectTimeoutMs = 0;
    int m_attemptDelayMs = 0;
    QList<QHostAddress> m_addresses;
    qsizetype m_nextAddress = 0;
    QList<QSslSocket*> m_attempts;
    QHash<QSslSocket*, qint64> m_attemptStartedMs;
    QStringList m_errors;
    bool m_sawRefusal = false;
    bool m_sawUnreachable = false;
    int m_lookupId = -1;
    QTimer m_attemptTimer;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    qint64 m_dnsMs = -1;
    qint64 m_connectMs = -1;
    qint64 m_winningAttemptMs = -1;
    bool m_done = false;
};

} // namespace mailscout
