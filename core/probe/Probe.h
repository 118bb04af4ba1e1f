// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProtocolDialog.h"
#include "model/ProbeOptions.h"
#include "model/ProbeResult.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>

#include <memory>

class QSslSocket;

namespace mailscout {

class Connector;

// Checks one endpoint over a real connection: TCP (Happy Eyeballs), TLS or STARTTLS, greeting,
// capabilities and, when asked and allowed, a login. Emits finished() exactly once, from the event loop,
// unless it is destroyed first; cancel() may be called at any moment and leaves nothing behind.
class Probe : public QObject, private DialogHost {
    Q_OBJECT

public:
    Probe(const Endpoint& endpoint, ProbeOptions options, QObject* parent = nullptr);
    ~Probe() override;

    void start();
    void cancel();
    [[nodiscard]] const ProbeResult& result() const { return m_result; }
    [[nodiscard]] bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void phaseChanged(mailscout::ProbePhase phase);
    // What the scheduler learns the round-trip time from: the addresses about to be tried (dnsMs -1
    // when no lookup was needed), then the one that answered and how long its connect took.
    void resolved(const QList<QHostAddress>& addresses, qint64 dnsMs);
    void connectedTo(const QHostAddress& address, qint64 connectMs);
    void finished(const mailscout::ProbeResult& result);

private:
    // DialogHost
    void send(const QByteArray& bytes, const QString& transcriptText) override;
    void recordServerLine(const QByteArray& line) override;
    void beginTls() override;
    void enterPhase(ProbePhase phase) override;
    void finish(ProbeOutcome outcome, const QString& detail) override;

    void onConnected(QSslSocket* socket, const QHostAddress& address);
    void onReadyRead();
    void onEncrypted();
    void onSslErrors(const QList<QSslError>& errors);
    void onSocketError();
    void onReadTimeout();
    void recordSessionFacts();
    void note(const QString& text);
    void restartReadTimer();
    [[nodiscard]] QString timeoutDetail() const;

    ProbeOptions m_options;
    ProbeResult m_result;
    std::unique_ptr<ProtocolDialog> m_dialog; // refers to m_options and m_result: declared after them
    Connector* m_connector = nullptr;
    QSslSocket* m_socket = nullptr;
    QTimer m_readTimer;
    QTimer m_overallTimer;
    QElapsedTimer m_clock;
    ProbePhase m_phase = ProbePhase::Connecting;
    qint64 m_phaseStartedMs = 0;
    QList<QSslError> m_sslErrors;
    bool m_viaStartTls = false;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace mailscout
