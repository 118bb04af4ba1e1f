// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ParseError.h"
#include "SaslClient.h"
#include "model/ProbeOptions.h"
#include "model/ProbeResult.h"

#include <QCoreApplication>

#include <memory>

namespace mailscout {

enum class ProbePhase { Connecting, TlsHandshake, Greeting, Capabilities, StartTls, Authentication };

// What a dialog needs from the probe that runs it: the socket, the transcript and the clock.
class DialogHost {
public:
    // bytes go on the wire; transcriptText is what the transcript shows (credentials already redacted).
    virtual void send(const QByteArray& bytes, const QString& transcriptText) = 0;
    virtual void recordServerLine(const QByteArray& line) = 0;
    // The server said go ahead and nothing else is buffered: start the TLS handshake now.
    virtual void beginTls() = 0;
    virtual void enterPhase(ProbePhase phase) = 0;
    // The dialog is over. The dialog must not touch the host afterwards.
    virtual void finish(ProbeOutcome outcome, const QString& detail) = 0;

protected:
    ~DialogHost() = default;
};

// The protocol side of a probe, one subclass per protocol: a state machine fed with the server's bytes.
// It never touches a socket, so it is tested without one.
class ProtocolDialog {
    Q_DECLARE_TR_FUNCTIONS(ProtocolDialog)

public:
    ProtocolDialog(DialogHost& host, ProbeResult& result, const ProbeOptions& options);
    virtual ~ProtocolDialog();
    ProtocolDialog(const ProtocolDialog&) = delete;
    ProtocolDialog& operator=(const ProtocolDialog&) = delete;

    [[nodiscard]] static std::unique_ptr<ProtocolDialog> create(DialogHost& host, ProbeResult& result,
                                                                const ProbeOptions& options);

    // Connected (and, for implicit TLS, encrypted): wait for the greeting.
    virtual void start() = 0;
    virtual void receive(QByteArrayView data) = 0;
    // The STARTTLS handshake is done: everything learned before it is discarded and asked again.
    virtual void tlsEstablished() = 0;
    [[nodiscard]] bool isDone() const { return m_done; }

protected:
    [[nodiscard]] bool needsStartTls() const;
    [[nodiscard]] bool tlsActive() const { return m_result.tls.established; }
    // The credentials to log in with, or null when no login is wanted or allowed (then says why in the result).
    [[nodiscard]] const Credentials* loginCredentials();
    // Starts a SASL exchange with the best mechanism the server offers; false (and a reason) when none fits.
    bool startSasl(const Capabilities& caps, const QString& service);
    [[nodiscard]] SaslClient* sasl() const { return m_sasl.get(); }
    void noteFirstBytes(QByteArrayView data);
    // A sentence for a greeting that is not this protocol: TLS, HTTP, SSH or another mail protocol.
    [[nodiscard]] QString foreignGreetingDetail() const;
    // The go-ahead for STARTTLS arrived; anything already buffered behind it was injected (CVE-2011-0411 class).
    void startTlsAfterGoAhead(qsizetype bufferedBytes);
    void failParse(ParseError error);
    void finish(ProbeOutcome outcome, const QString& detail = {});
    // Ends a dialog that worked: Ok, or the login's outcome when one ran.
    void finishWorking();
    void recordLoginResult(bool ok, const QByteArray& serverText);

    DialogHost& m_host;
    ProbeResult& m_result;
    const ProbeOptions& m_options;

private:
    std::unique_ptr<SaslClient> m_sasl;
    QByteArray m_firstBytes;
    bool m_done = false;
};

} // namespace mailscout
