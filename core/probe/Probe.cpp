// SPDX-License-Identifier: GPL-3.0-or-later
#include "Probe.h"

#include "Connector.h"
#include "ProbeLog.h"
#include "Redaction.h"
#include "TlsAssessment.h"
#include "TrustConfiguration.h"

#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>

namespace mailscout {

using namespace Qt::StringLiterals;

Probe::Probe(const Endpoint& endpoint, ProbeOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_result.endpoint = endpoint;
    m_readTimer.setSingleShot(true);
    m_overallTimer.setSingleShot(true);
    connect(&m_readTimer, &QTimer::timeout, this, &Probe::onReadTimeout);
    connect(&m_overallTimer, &QTimer::timeout, this, [this] {
        finish(ProbeOutcome::Timeout,
               tr("The check did not finish within %1 s.").arg(m_options.overallTimeoutMs / 1000.0));
    });
}

Probe::~Probe()
{
    // Destroyed mid-run: tear down quietly (no signal) so nothing outlives us.
    if (m_connector)
        m_connector->abort();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void Probe::start()
{
    if (m_started)
        return;
    m_started = true;
    m_clock.start();
    m_overallTimer.start(m_options.overallTimeoutMs);
    m_dialog = ProtocolDialog::create(*this, m_result, m_options);
    if (m_result.endpoint.security != Security::Plain && !QSslSocket::supportsSsl()) {
        finish(ProbeOutcome::TlsHandshakeFailed, tr("This system has no working TLS library."));
        return;
    }
    enterPhase(ProbePhase::Connecting);
    m_connector = new Connector(m_result.endpoint.host, m_result.endpoint.port, m_options, this);
    connect(m_connector, &Connector::connected, this, &Probe::onConnected);
    connect(m_connector, &Connector::resolved, this, &Probe::resolved);
    connect(m_connector, &Connector::failed, this, [this](ProbeOutcome outcome, const QString& detail) {
        finish(outcome, detail);
    });
    m_connector->start();
}

void Probe::cancel()
{
    finish(ProbeOutcome::Cancelled, tr("Cancelled."));
}

void Probe::onConnected(QSslSocket* socket, const QHostAddress& address)
{
    m_socket = socket;
    m_socket->setParent(this);
    m_result.connectedAddress = address.toString();
    m_result.timings.dns = m_connector->dnsMs();
    m_result.timings.connect = m_connector->connectMs();
    note(tr("Connected to %1 port %2.").arg(m_result.connectedAddress).arg(m_socket->peerPort()));
    Q_EMIT connectedTo(address, m_connector->winningAttemptMs());

    QSslConfiguration configuration = TrustConfiguration::verifying(m_options.extraCaCertificates);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_socket->setSslConfiguration(configuration);
    // SNI and the certificate check use the name asked for, wherever --connect-to sent the connection.
    m_socket->setPeerVerifyName(m_result.endpoint.host);

    connect(m_socket, &QSslSocket::readyRead, this, &Probe::onReadyRead);
    connect(m_socket, &QSslSocket::encrypted, this, &Probe::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &Probe::onSslErrors);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &Probe::onSocketError);

    if (m_result.endpoint.security == Security::ImplicitTls) {
        beginTls();
        return;
    }
    m_dialog->start();
    restartReadTimer();
}

void Probe::beginTls()
{
    m_viaStartTls = m_result.endpoint.security == Security::StartTls;
    m_result.tls.attempted = true;
    enterPhase(ProbePhase::TlsHandshake);
    note(tr("Starting TLS handshake."));
    restartReadTimer();
    m_socket->startClientEncryption();
}

void Probe::onEncrypted()
{
    recordSessionFacts();
    m_result.tls.established = true;
    note(tr("TLS established: %1, %2.").arg(m_result.tls.protocol, m_result.tls.cipher));
    if (m_result.tls.insecureProtocol)
        m_result.warnings.append(tr("%1 is deprecated and insecure (RFC 8996).").arg(m_result.tls.protocol));
    if (m_viaStartTls) {
        m_dialog->tlsEstablished();
    } else {
        m_dialog->start();
    }
    restartReadTimer();
    // Bytes that arrived together with the end of the handshake are already waiting.
    if (m_socket && m_socket->bytesAvailable() > 0)
        onReadyRead();
}

void Probe::onSslErrors(const QList<QSslError>& errors)
{
    m_sslErrors = errors;
    recordSessionFacts();
    const QSslCertificate leaf = m_socket->peerCertificate();
    // The user may have accepted this very certificate for this endpoint; never any other.
    if (!leaf.isNull() && m_options.acceptedCertificates.contains(leaf)) {
        m_result.tls.acceptedByUser = true;
        note(tr("Certificate problems accepted by the user for this server: %1")
                 .arg(m_result.tls.errors.join(u", "_s)));
        m_socket->ignoreSslErrors(errors);
    }
}

void Probe::recordSessionFacts()
{
    TlsInfo& tls = m_result.tls;
    tls.chain = m_socket->peerCertificateChain();
    tls.errors.clear();
    tls.errorMessages.clear();
    bool trustError = false;
    bool nameError = false;
    for (const QSslError& error : std::as_const(m_sslErrors)) {
        QStringList codes { TlsAssessment::errorCode(error.error()) };
        QString message = error.errorString();
        if (error.error() == QSslError::UnspecifiedError) {
            if (const QStringList weak = TlsAssessment::weaknesses(tls.chain); !weak.isEmpty()) {
                codes = weak;
                message = tr("The certificate uses a weak key or signature (RSA under 2048 bits, SHA-1 or MD5).");
            }
        }
        for (const QString& code : codes) {
            if (!tls.errors.contains(code)) {
                tls.errors.append(code);
                tls.errorMessages.append(message);
            }
        }
        if (TlsAssessment::isNameError(error.error()))
            nameError = true;
        else
            trustError = true;
    }
    tls.trusted = !trustError && !tls.chain.isEmpty();
    tls.nameMatches = !nameError && !tls.chain.isEmpty();
    const QSsl::SslProtocol protocol = m_socket->sessionProtocol();
    if (protocol != QSsl::UnknownProtocol) {
        tls.protocol = TlsAssessment::protocolName(protocol);
        tls.insecureProtocol = TlsAssessment::isInsecureProtocol(protocol);
        tls.cipher = m_socket->sessionCipher().name();
    }
}

void Probe::onReadyRead()
{
    if (m_finished || !m_socket)
        return;
    const QByteArray data = m_socket->readAll();
    if (!data.isEmpty() && m_dialog)
        m_dialog->receive(data);
}

void Probe::onSocketError()
{
    if (m_finished)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    const QString message = m_socket->errorString();
    if (m_phase == ProbePhase::TlsHandshake || error == QAbstractSocket::SslHandshakeFailedError) {
        if (!m_sslErrors.isEmpty()) {
            recordSessionFacts();
            finish(TlsAssessment::outcomeFor(m_sslErrors),
                   tr("Certificate problem: %1").arg(m_result.tls.errorMessages.join(u"; "_s)));
            return;
        }
        m_result.tls.handshakeError = message;
        if (TlsAssessment::looksLikeOldProtocolOnly(message)) {
            m_result.tls.insecureProtocol = true;
            finish(ProbeOutcome::TlsHandshakeFailed,
                   tr("The server offers only TLS 1.0 or 1.1, which are insecure (RFC 8996): %1").arg(message));
        } else if (m_viaStartTls && TlsAssessment::looksLikeNonTlsData(message)) {
            finish(ProbeOutcome::StartTlsInjection,
                   tr("Plaintext arrived after the STARTTLS go-ahead instead of TLS: someone may be injecting "
                      "data. The connection was dropped (%1).")
                       .arg(message));
        } else if (TlsAssessment::looksLikeNonTlsData(message)) {
            finish(ProbeOutcome::TlsHandshakeFailed,
                   tr("The server does not speak TLS on this port; it may expect STARTTLS (%1).").arg(message));
        } else {
            finish(ProbeOutcome::TlsHandshakeFailed, tr("TLS handshake failed: %1").arg(message));
        }
        return;
    }
    if (error == QAbstractSocket::RemoteHostClosedError) {
        finish(m_result.greeting.isEmpty() ? ProbeOutcome::WrongProtocol : ProbeOutcome::ServerError,
               m_result.greeting.isEmpty() ? tr("The server closed the connection without a greeting.")
                                           : tr("The server closed the connection unexpectedly."));
        return;
    }
    finish(ProbeOutcome::ServerError, tr("Connection error: %1").arg(message));
}

void Probe::send(const QByteArray& bytes, const QString& transcriptText)
{
    if (!m_socket)
        return;
    const QString shown = redactSecrets(transcriptText, m_options.credentials);
    m_result.transcript.append(Transcript::Direction::Client, shown);
    qCDebug(lcProbe).noquote() << m_result.endpoint.toString() << "C:" << shown;
    m_socket->write(bytes);
    restartReadTimer();
}

void Probe::recordServerLine(const QByteArray& line)
{
    const QString shown = redactSecrets(QString::fromUtf8(line), m_options.credentials);
    m_result.transcript.append(Transcript::Direction::Server, shown);
    qCDebug(lcProbe).noquote() << m_result.endpoint.toString() << "S:" << shown;
}

void Probe::note(const QString& text)
{
    m_result.transcript.append(Transcript::Direction::Note, text);
}

void Probe::enterPhase(ProbePhase phase)
{
    const qint64 now = m_clock.elapsed();
    const qint64 spent = now - m_phaseStartedMs;
    auto add = [spent](qint64& bucket) { bucket = std::max<qint64>(bucket, 0) + spent; };
    switch (m_phase) {
    case ProbePhase::Connecting:
        break; // the connector measures DNS and connect itself
    case ProbePhase::TlsHandshake:
    case ProbePhase::StartTls:
        add(m_result.timings.tls);
        break;
    case ProbePhase::Greeting:
        add(m_result.timings.greeting);
        break;
    case ProbePhase::Capabilities:
        add(m_result.timings.capabilities);
        break;
    case ProbePhase::Authentication:
        add(m_result.timings.auth);
        break;
    }
    m_phase = phase;
    m_phaseStartedMs = now;
    if (!m_finished)
        Q_EMIT phaseChanged(phase);
}

void Probe::restartReadTimer()
{
    m_readTimer.start(m_options.readTimeoutMs);
}

QString Probe::timeoutDetail() const
{
    const double seconds = m_options.readTimeoutMs / 1000.0;
    switch (m_phase) {
    case ProbePhase::Greeting:
        return m_result.endpoint.security == Security::ImplicitTls
            ? tr("The server sent no greeting within %1 s.").arg(seconds)
            : tr("The server accepted the connection but sent no greeting within %1 s; it may expect TLS from "
                 "the first byte (implicit TLS).")
                  .arg(seconds);
    case ProbePhase::TlsHandshake:
        return tr("The TLS handshake did not finish within %1 s.").arg(seconds);
    default:
        return tr("The server did not answer within %1 s.").arg(seconds);
    }
}

void Probe::onReadTimeout()
{
    finish(ProbeOutcome::Timeout, timeoutDetail());
}

void Probe::finish(ProbeOutcome outcome, const QString& detail)
{
    if (m_finished || !m_started)
        return;
    enterPhase(m_phase); // books the time of the phase that was running
    m_finished = true;
    m_readTimer.stop();
    m_overallTimer.stop();
    if (m_connector) {
        m_connector->abort();
        m_connector->deleteLater();
        m_connector = nullptr;
    }
    if (m_socket) {
        m_socket->disconnect(this);
        // A polite QUIT/LOGOUT was written by the dialog; flush it, then hang up.
        m_socket->flush();
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    m_result.outcome = outcome;
    m_result.detail = redactSecrets(detail, m_options.credentials);
    m_result.timings.total = m_clock.elapsed();
    if (outcome == ProbeOutcome::Ok || outcome == ProbeOutcome::AuthOk || outcome == ProbeOutcome::AuthFailed) {
        if (m_result.endpoint.security == Security::Plain)
            m_result.warnings.append(tr("This connection is not encrypted: anyone on the network can read it."));
    }
    note(outcomeCode(outcome) + (m_result.detail.isEmpty() ? QString() : u": "_s + m_result.detail));
    qCDebug(lcProbe).noquote() << m_result.endpoint.toString() << "finished:" << outcomeCode(outcome) << m_result.detail;
    // Queued: the dialog that called finish() is still on the stack, and a receiver may delete us.
    QMetaObject::invokeMethod(this, [this] { Q_EMIT finished(m_result); }, Qt::QueuedConnection);
}

} // namespace mailscout
