// SPDX-License-Identifier: GPL-3.0-or-later
#include "Pop3Dialog.h"

#include "CapabilityParser.h"

#include <QRegularExpression>

namespace mailscout {

using namespace Qt::StringLiterals;

void Pop3Dialog::start()
{
    m_host.enterPhase(ProbePhase::Greeting);
}

void Pop3Dialog::receive(QByteArrayView data)
{
    noteFirstBytes(data);
    m_parser.feed(data);
    while (!isDone()) {
        const std::optional<Pop3Response> response = m_parser.next();
        if (!response)
            break;
        const QByteArray status = response->status == Pop3Response::Status::Ok ? "+OK"
            : response->status == Pop3Response::Status::Err                    ? "-ERR"
                                                                                : "+";
        m_host.recordServerLine(response->text.isEmpty() ? status : status + ' ' + response->text);
        for (const QByteArray& line : response->lines)
            m_host.recordServerLine(line);
        handle(*response);
    }
    if (!isDone() && m_parser.error() != ParseError::None)
        failParse(m_parser.error());
}

void Pop3Dialog::tlsEstablished()
{
    requestCapabilities();
}

void Pop3Dialog::sendCommand(const QByteArray& command, bool multiLine, const QString& transcriptText)
{
    m_parser.expectMultiLine(multiLine);
    m_host.send(command + "\r\n", transcriptText.isEmpty() ? QString::fromUtf8(command) : transcriptText);
}

void Pop3Dialog::requestCapabilities()
{
    m_state = State::Capa;
    m_host.enterPhase(ProbePhase::Capabilities);
    sendCommand("CAPA", true);
}

void Pop3Dialog::handle(const Pop3Response& response)
{
    switch (m_state) {
    case State::Greeting: {
        m_result.greeting = QString::fromUtf8(response.text);
        if (response.status != Pop3Response::Status::Ok) {
            finish(ProbeOutcome::ServerError, tr("The server refuses to talk: %1").arg(m_result.greeting));
            return;
        }
        // An APOP timestamp looks like a message id: <process.clock@hostname> (RFC 1939 §7).
        static const QRegularExpression timestamp(u"<[^<>@\\s]+@[^<>@\\s]+>"_s);
        m_apopTimestamp = timestamp.match(m_result.greeting).hasMatch();
        requestCapabilities();
        return;
    }
    case State::Capa: {
        Capabilities& caps = tlsActive() ? m_result.capabilitiesAfterTls : m_result.capabilitiesBeforeTls;
        // A server from before RFC 2449 answers -ERR: it has no STLS and no SASL, only USER/PASS.
        if (response.isOk()) {
            caps = CapabilityParser::fromPop3(response.lines);
        } else {
            caps = Capabilities();
            caps.known = true;
            caps.userCommand = true;
        }
        if (m_apopTimestamp && !caps.has(u"APOP"))
            caps.tokens.append(u"APOP"_s);
        afterCapabilities();
        return;
    }
    case State::Stls:
        if (!response.isOk()) {
            finish(ProbeOutcome::StartTlsUnavailable,
                   tr("The server advertised STLS but refused it: %1").arg(QString::fromUtf8(response.text)));
            return;
        }
        startTlsAfterGoAhead(m_parser.pendingBytes());
        return;
    case State::Auth:
        continueAuth(response);
        return;
    case State::User:
        if (!response.isOk()) {
            recordLoginResult(false, response.text);
            quit();
            return;
        }
        m_state = State::Pass;
        sendCommand("PASS " + m_options.credentials->password.toUtf8(), false, u"PASS <redacted>"_s);
        return;
    case State::Pass:
        recordLoginResult(response.isOk(), response.text);
        quit();
        return;
    case State::Done:
        return;
    }
}

void Pop3Dialog::afterCapabilities()
{
    if (needsStartTls()) {
        if (!m_result.capabilitiesBeforeTls.startTls) {
            finish(ProbeOutcome::StartTlsUnavailable, tr("The server does not offer STLS."));
            return;
        }
        m_state = State::Stls;
        m_host.enterPhase(ProbePhase::StartTls);
        sendCommand("STLS");
        return;
    }
    startLogin();
}

void Pop3Dialog::startLogin()
{
    const Credentials* credentials = loginCredentials();
    if (!credentials) {
        quit();
        return;
    }
    const Capabilities& caps = m_result.effectiveCapabilities();
    if (!caps.authMechanisms.isEmpty() && startSasl(caps, u"pop"_s)) {
        m_state = State::Auth;
        const QByteArray mechanism = sasl()->mechanism().toLatin1();
        const std::optional<QByteArray> initial = sasl()->clientSpeaksFirst() ? sasl()->step({}) : std::nullopt;
        if (initial) {
            const QByteArray encoded = initial->isEmpty() ? QByteArray("=") : initial->toBase64();
            sendCommand("AUTH " + mechanism + ' ' + encoded, false,
                        u"AUTH "_s + QString::fromLatin1(mechanism) + u" <redacted>"_s);
        } else {
            sendCommand("AUTH " + mechanism);
        }
        return;
    }
    if (!caps.userCommand) {
        if (m_result.login.message.isEmpty())
            m_result.login.message = tr("Not attempted: the server offers no login method here.");
        quit();
        return;
    }
    m_result.login.attempted = true;
    m_result.login.mechanism = u"USER"_s;
    m_result.login.message.clear();
    m_state = State::User;
    m_host.enterPhase(ProbePhase::Authentication);
    sendCommand("USER " + credentials->username.toUtf8());
}

void Pop3Dialog::continueAuth(const Pop3Response& response)
{
    if (response.status == Pop3Response::Status::Continuation) {
        const auto decoded = QByteArray::fromBase64Encoding(response.text.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
        const std::optional<QByteArray> answer = decoded ? sasl()->step(*decoded) : std::nullopt;
        if (!answer) {
            sendCommand("*"); // cancels the exchange (RFC 5034 §4); the -ERR that follows ends it
            return;
        }
        sendCommand(answer->toBase64(), false, u"<redacted>"_s);
        return;
    }
    recordLoginResult(response.isOk(), response.text);
    quit();
}

void Pop3Dialog::quit()
{
    m_state = State::Done;
    sendCommand("QUIT");
    finishWorking();
}

} // namespace mailscout
