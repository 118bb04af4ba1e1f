// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Pop3ResponseParser.h"
#include "ProtocolDialog.h"

namespace mailscout {

// POP3 (RFC 1939) with CAPA (RFC 2449), STLS (RFC 2595) and AUTH (RFC 5034) or USER/PASS.
class Pop3Dialog final : public ProtocolDialog {
    Q_DECLARE_TR_FUNCTIONS(Pop3Dialog)

public:
    using ProtocolDialog::ProtocolDialog;

    void start() override;
    void receive(QByteArrayView data) override;
    void tlsEstablished() override;

private:
    enum class State { Greeting, Capa, Stls, Auth, User, Pass, Done };

    void handle(const Pop3Response& response);
    void sendCommand(const QByteArray& command, bool multiLine = false, const QString& transcriptText = {});
    void requestCapabilities();
    void afterCapabilities();
    void startLogin();
    void continueAuth(const Pop3Response& response);
    void quit();

    Pop3ResponseParser m_parser;
    State m_state = State::Greeting;
    bool m_apopTimestamp = false;
};

} // namespace mailscout
