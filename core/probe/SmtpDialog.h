// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProtocolDialog.h"
#include "SmtpReplyParser.h"

namespace mailscout {

// SMTP (RFC 5321) with STARTTLS (RFC 3207) and AUTH (RFC 4954). A login check ends before MAIL FROM:
// verifying a login never sends a message.
class SmtpDialog final : public ProtocolDialog {
    Q_DECLARE_TR_FUNCTIONS(SmtpDialog)

public:
    using ProtocolDialog::ProtocolDialog;

    void start() override;
    void receive(QByteArrayView data) override;
    void tlsEstablished() override;

private:
    enum class State { Greeting, Ehlo, Helo, StartTls, Auth, Done };

    void handle(const SmtpReply& reply);
    void sendCommand(const QByteArray& command, const QString& transcriptText = {});
    void sendEhlo();
    void afterCapabilities();
    void startAuth();
    void continueAuth(const SmtpReply& reply);
    void quit();

    SmtpReplyParser m_parser;
    State m_state = State::Greeting;
};

} // namespace mailscout
