// SPDX-License-Identifier: GPL-3.0-or-later
#include "Connector.h"

#include "ProbeLog.h"

#include <QHostInfo>
#include <QNetworkProxy>
#include <QSslSocket>

namespace mailscout {

using namespace Qt::StringLiterals;

Connector::Connector(const QString& host, quint16 port, const ProbeOptions& options, QObject* parent)
    : QObject(parent)
    , m_connectTimeoutMs(options.connectTimeoutMs)
    , m_attemptDelayMs(options.happyEyeballsDelayMs)
{
    const ConnectionOverrides::Target target = options.overrides.resolve(host, port);
    m_host = target.host;
    m_port = target.port;
    m_fixedAddresses = target.addresses;
    m_attemptTimer.setSingleShot(true);
    m_deadline.setSingleShot(true);
    connect(&m_attemptTimer, &QTimer::timeout, this, &Connector::startNextAttempt);
    connect(&m_deadline, &QTimer::timeout, this, &Connector::onDeadline);
}

Connector::~Connector()
{
    abort();
}

void Connector::start()
{
    m_clock.start();
    if (!m_fixedAddresses.isEmpty()) {
        m_dnsMs = 0;
        Q_EMIT resolved(m_fixedAddresses, -1);
        beginAttempts(interleave(m_fixedAddresses));
        return;
    }
    if (m_host.isEmpty()) {
        fail(ProbeOutcome::DnsFailure, tr("No server name was given."));
        return;
    }
    // QHostInfo has no timeout of its own; a resolver that never answers must not hold the probe.
    m_deadline.start(m_connectTimeoutMs);
    m_lookupId = QHostInfo::lookupHost(m_host, this, &Connector::onLookupFinished);
}

void Connector::abort()
{
    m_done = true;
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    m_attemptTimer.stop();
    m_deadline.stop();
    dropAttempts();
}

QList<QHostAddress> Connector::interleave(const QList<QHostAddress>& addresses)
{
    QList<QHostAddress> v6;
    QList<QHostAddress> v4;
    for (const QHostAddress& address : addresses)
        (address.protocol() == QAbstractSocket::IPv6Protocol ? v6 : v4).append(address);
    QList<QHostAddress> ordered;
    for (qsizetype i = 0; i < std::max(v6.size(), v4.size()); ++i) {
        if (i < v6.size())
            ordered.append(v6[i]);
        if (i < v4.size())
            ordered.append(v4[i]);
    }
    return ordered;
}

void Connector::onLookupFinished(const QHostInfo& info)
{
    m_lookupId = -1;
    m_deadline.stop();
    m_dnsMs = m_clock.elapsed();
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        fail(ProbeOutcome::DnsFailure, tr("The name %1 could not be resolved: %2").arg(m_host, info.errorString()));
        return;
    }
    Q_EMIT resolved(info.addresses(), m_dnsMs);
    beginAttempts(interleave(info.addresses()));
}

void Connector::beginAttempts(const QList<QHostAddress>& addresses)
{
    m_addresses = addresses;
    m_clock.restart();
    m_deadline.start(m_connectTimeoutMs);
    startNextAttempt();
}

void Connector::startNextAttempt()
{
    if (m_done || m_nextAddress >= m_addresses.size())
        return;
    const QHostAddress address = m_addresses[m_nextAddress++];
    auto* socket = new QSslSocket(this);
    // A mail probe never goes through an HTTP proxy, whatever the environment says.
    socket->setProxy(QNetworkProxy::NoProxy);
    m_attempts.append(socket);
    m_attemptStartedMs.insert(socket, m_clock.elapsed());
    connect(socket, &QAbstractSocket::connected, this, [this, socket] { onAttemptConnected(socket); });
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket, address] { onAttemptError(socket, address); });
    qCDebug(lcProbe) << "connecting to" << address.toString() << m_port;
    socket->connectToHost(address, m_port);
    if (m_nextAddress < m_addresses.size())
        m_attemptTimer.start(m_attemptDelayMs);
}

void Connector::onAttemptConnected(QSslSocket* socket)
{
    m_connectMs = m_clock.elapsed();
    m_winningAttemptMs = m_connectMs - m_attemptStartedMs.value(socket);
    m_attempts.removeOne(socket);
    socket->disconnect(this);
    socket->setParent(nullptr);
    const QHostAddress address = socket->peerAddress();
    abort();
    Q_EMIT connected(socket, address);
}

void Connector::onAttemptError(QSslSocket* socket, const QHostAddress& address)
{
    if (m_done)
        return;
    const QAbstractSocket::SocketError error = socket->error();
    m_sawRefusal = m_sawRefusal || error == QAbstractSocket::ConnectionRefusedError;
    m_sawUnreachable = m_sawUnreachable || error == QAbstractSocket::NetworkError;
    m_errors.append(address.toString() + u": "_s + socket->errorString());
    m_attempts.removeOne(socket);
    m_attemptStartedMs.remove(socket);
    socket->disconnect(this);
    socket->deleteLater();
    if (m_nextAddress < m_addresses.size()) {
        // RFC 8305 §5: a failed attempt lets the next one start at once.
        m_attemptTimer.stop();
        startNextAttempt();
        return;
    }
    if (!m_attempts.isEmpty())
        return;
    if (m_sawRefusal)
        fail(ProbeOutcome::Refused, tr("Connection refused by %1 port %2.").arg(m_host).arg(m_port));
    else if (m_sawUnreachable)
        fail(ProbeOutcome::Unreachable, tr("%1 port %2 is unreachable: %3").arg(m_host).arg(m_port).arg(m_errors.join(u"; "_s)));
    else
        fail(ProbeOutcome::Unreachable, tr("Could not connect to %1 port %2: %3").arg(m_host).arg(m_port).arg(m_errors.join(u"; "_s)));
}

void Connector::onDeadline()
{
    if (m_lookupId >= 0) {
        fail(ProbeOutcome::DnsFailure, tr("The DNS lookup of %1 did not finish within %2 s.")
                                           .arg(m_host)
                                           .arg(m_connectTimeoutMs / 1000.0));
        return;
    }
    fail(ProbeOutcome::Timeout, tr("No answer from %1 port %2 within %3 s: the port is probably filtered by a firewall.")
                                    .arg(m_host)
                                    .arg(m_port)
                                    .arg(m_connectTimeoutMs / 1000.0));
}

void Connector::fail(ProbeOutcome outcome, const QString& detail)
{
    if (m_done)
        return;
    abort();
    Q_EMIT failed(outcome, detail);
}

void Connector::dropAttempts()
{
    for (QSslSocket* socket : std::as_const(m_attempts)) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_attempts.clear();
    m_attemptStartedMs.clear();
}

} // namespace mailscout
