// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmtpDialog.h"

#include "CapabilityParser.h"

namespace mailscout {

using namespace Qt::StringLiterals;

void SmtpDialog::start()
{
    m_host.enterPhase(ProbePhase::Greeting);
}

void SmtpDialog::receive(QByteArrayView data)
{
    noteFirstBytes(data);
    m_parser.feed(data);
    while (!isDone()) {
        const std::optional<SmtpReply> reply = m_parser.next();
        if (!reply)
            break;
        for (const QByteArray& line : reply->lines)
            m_host.recordServerLine(QByteArray::number(reply->code) + ' ' + line);
        handle(*reply);
    }
    if (!isDone() && m_parser.error() != ParseError::None)
        failParse(m_parser.error());
}

void SmtpDialog::tlsEstablished()
{
    // RFC 3207 §4.2: forget everything learned before TLS and start over with EHLO.
    sendEhlo();
}

void SmtpDialog::sendCommand(const QByteArray& command, const QString& transcriptText)
{
    m_host.send(command + "\r\n", transcriptText.isEmpty() ? QString::fromUtf8(command) : transcriptText);
}

void SmtpDialog::sendEhlo()
{
    m_state = State::Ehlo;
    m_host.enterPhase(ProbePhase::Capabilities);
    sendCommand("EHLO " + m_options.heloName.toUtf8());
}

void SmtpDialog::handle(const SmtpReply& reply)
{
    // 421 answers any command when the server is closing the session (RFC 5321 §3.8): SMTP's BYE. Read as
    // an ordinary refusal it turned into a HELO to a server that had left, "STARTTLS refused" or, during
    // AUTH, "wrong password" (auth-failed), none of which is true.
    if (reply.code == 421 && m_state != State::Greeting && m_state != State::Done) {
        finish(ProbeOutcome::ServerError,
               tr("The server closed the session: %1 %2").arg(reply.code).arg(QString::fromUtf8(reply.text())));
        return;
    }
    switch (m_state) {
    case State::Greeting:
        m_result.greeting = QString::fromUtf8(reply.text());
        if (reply.code != 220) {
            // 554 greets clients the server will not talk to (RFC 5321 §3.1); 421, for now.
            m_result.serverBusy = reply.code == 421;
            finish(ProbeOutcome::ServerError, tr("The server refuses to talk: %1").arg(m_result.greeting));
            return;
        }
        sendEhlo();
        return;
    case State::Ehlo:
        if (reply.code != 250) {
            // An old server without ESMTP: HELO works, but it has no STARTTLS and no AUTH.
            m_state = State::Helo;
            sendCommand("HELO " + m_options.heloName.toUtf8());
            return;
        }
        (tlsActive() ? m_result.capabilitiesAfterTls : m_result.capabilitiesBeforeTls)
            = CapabilityParser::fromEhlo(reply.lines);
        afterCapabilities();
        return;
    case State::Helo:
        if (reply.code != 250) {
            finish(ProbeOutcome::ServerError, tr("The server rejected EHLO and HELO: %1").arg(QString::fromUtf8(reply.text())));
            return;
        }
        (tlsActive() ? m_result.capabilitiesAfterTls : m_result.capabilitiesBeforeTls).known = true;
        afterCapabilities();
        return;
    case State::StartTls:
        if (reply.code != 220) {
            finish(ProbeOutcome::StartTlsUnavailable,
                   tr("The server advertised STARTTLS but refused it: %1 %2")
                       .arg(reply.code)
                       .arg(QString::fromUtf8(reply.text())));
            return;
        }
        startTlsAfterGoAhead(m_parser.pendingBytes());
        return;
    case State::Auth:
        continueAuth(reply);
        return;
    case State::Done:
        return;
    }
}

void SmtpDialog::afterCapabilities()
{
    if (needsStartTls()) {
        if (!m_result.capabilitiesBeforeTls.startTls) {
            finish(ProbeOutcome::StartTlsUnavailable, tr("The server does not offer STARTTLS."));
            return;
        }
        m_state = State::StartTls;
        m_host.enterPhase(ProbePhase::StartTls);
        sendCommand("STARTTLS");
        return;
    }
    if (loginCredentials() && startSasl(m_result.effectiveCapabilities(), u"smtp"_s)) {
        startAuth();
        return;
    }
    quit();
}

void SmtpDialog::startAuth()
{
    m_state = State::Auth;
    const QByteArray mechanism = sasl()->mechanism().toLatin1();
    if (!sasl()->clientSpeaksFirst()) {
        sendCommand("AUTH " + mechanism);
        return;
    }
    const std::optional<QByteArray> initial = sasl()->step({});
    if (!initial) {
        recordLoginResult(false, tr("The %1 mechanism failed on our side.").arg(sasl()->mechanism()).toUtf8());
        quit();
        return;
    }
    // RFC 4954 §4: "=" stands for an empty initial response.
    const QByteArray encoded = initial->isEmpty() ? QByteArray("=") : initial->toBase64();
    sendCommand("AUTH " + mechanism + ' ' + encoded, u"AUTH "_s + QString::fromLatin1(mechanism) + u" <redacted>"_s);
}

void SmtpDialog::continueAuth(const SmtpReply& reply)
{
    if (reply.code == 334) {
        const auto decoded = QByteArray::fromBase64Encoding(reply.text().trimmed(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        const std::optional<QByteArray> response = decoded ? sasl()->step(*decoded) : std::nullopt;
        if (!response) {
            // "*" cancels the exchange (RFC 4954 §4); the server answers 501 and the dialog ends.
            sendCommand("*");
            recordLoginResult(false, tr("The server's login challenge could not be answered.").toUtf8());
            return;
        }
        sendCommand(response->toBase64(), u"<redacted>"_s);
        return;
    }
    if (reply.code == 235) {
        recordLoginResult(true, reply.text());
    } else if (!m_result.login.message.isEmpty() && reply.code == 501) {
        // The answer to our "*": the reason is already recorded.
    } else {
        recordLoginResult(false, QByteArray::number(reply.code) + ' ' + reply.text());
    }
    quit();
}

void SmtpDialog::quit()
{
    m_state = State::Done;
    sendCommand("QUIT");
    finishWorking();
}

} // namespace mailscout
