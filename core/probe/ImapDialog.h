// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImapResponseParser.h"
#include "ProtocolDialog.h"

namespace mailscout {

// IMAP (RFC 9051 / RFC 3501) with STARTTLS and AUTHENTICATE (SASL-IR, RFC 4959) or LOGIN.
class ImapDialog final : public ProtocolDialog {
    Q_DECLARE_TR_FUNCTIONS(ImapDialog)

public:
    using ProtocolDialog::ProtocolDialog;

    void start() override;
    void receive(QByteArrayView data) override;
    void tlsEstablished() override;

private:
    enum class State { Greeting, Capability, StartTls, Authenticate, Login, Done };

    void handle(const ImapResponse& response);
    void handleGreeting(const ImapResponse& response);
    void handleTagged(const ImapResponse& response);
    void sendCommand(const QByteArray& arguments, const QString& transcriptArguments = {});
    void requestCapabilities();
    void afterCapabilities();
    void startLogin();
    void continueAuthenticate(const ImapResponse& response);
    void logout();
    Capabilities& currentCapabilities();

    ImapResponseParser m_parser;
    State m_state = State::Greeting;
    QByteArray m_tag;
    int m_nextTag = 1;
    bool m_preauthenticated = false;
};

} // namespace mailscout
