// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImapDialog.h"

#include "CapabilityParser.h"

namespace mailscout {

using namespace Qt::StringLiterals;

namespace {

// An IMAP quoted string (RFC 9051 §4.3), or nothing when the text needs a literal.
std::optional<QByteArray> quoted(const QString& text)
{
    QByteArray out = "\"";
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return std::nullopt;
        if (c == u'"' || c == u'\\')
            out += '\\';
        out += static_cast<char>(c.unicode());
    }
    return out + '"';
}

} // namespace

void ImapDialog::start()
{
    m_host.enterPhase(ProbePhase::Greeting);
}

void ImapDialog::receive(QByteArrayView data)
{
    noteFirstBytes(data);
    m_parser.feed(data);
    while (!isDone()) {
        const std::optional<ImapResponse> response = m_parser.next();
        if (!response)
            break;
        handle(*response);
    }
    if (!isDone() && m_parser.error() != ParseError::None)
        failParse(m_parser.error());
}

void ImapDialog::tlsEstablished()
{
    // Whatever the server said before TLS (capabilities, even in the STARTTLS reply) is not trusted.
    requestCapabilities();
}

Capabilities& ImapDialog::currentCapabilities()
{
    return tlsActive() ? m_result.capabilitiesAfterTls : m_result.capabilitiesBeforeTls;
}

void ImapDialog::sendCommand(const QByteArray& arguments, const QString& transcriptArguments)
{
    m_tag = 'a' + QByteArray::number(m_nextTag++);
    const QString shown = transcriptArguments.isEmpty() ? QString::fromUtf8(arguments) : transcriptArguments;
    m_host.send(m_tag + ' ' + arguments + "\r\n", QString::fromLatin1(m_tag) + u' ' + shown);
}

void ImapDialog::handle(const ImapResponse& response)
{
    QByteArray shown = response.kind == ImapResponse::Kind::Continuation ? QByteArray("+ ")
        : response.kind == ImapResponse::Kind::Tagged                    ? response.tag + ' '
                                                                         : QByteArray("* ");
    shown += response.keyword;
    if (!response.code.isEmpty())
        shown += " [" + response.code + ']';
    if (!response.text.isEmpty())
        shown += ' ' + response.text;
    m_host.recordServerLine(response.kind == ImapResponse::Kind::Continuation ? "+ " + response.text : shown);

    if (m_state == State::Greeting) {
        handleGreeting(response);
        return;
    }
    if (response.codeName() == "ALERT") {
        // RFC 9051 §7.1 wants alerts shown to the user, but never one that arrived before TLS when TLS is required.
        if (tlsActive() || m_result.endpoint.security == Security::Plain)
            m_result.warnings.append(tr("The server says: %1").arg(QString::fromUtf8(response.text)));
    }
    switch (response.kind) {
    case ImapResponse::Kind::Continuation:
        if (m_state == State::Authenticate)
            continueAuthenticate(response);
        else
            finish(ProbeOutcome::WrongProtocol, tr("The server asked for data nobody announced."));
        return;
    case ImapResponse::Kind::Untagged:
        if (response.keyword == "CAPABILITY")
            currentCapabilities() = CapabilityParser::fromImap(response.text);
        else if (response.keyword == "BYE" && m_state != State::Done)
            finish(ProbeOutcome::ServerError, tr("The server closed the session: %1").arg(QString::fromUtf8(response.text)));
        return;
    case ImapResponse::Kind::Tagged:
        if (response.tag != m_tag) {
            finish(ProbeOutcome::WrongProtocol, tr("The server answered a command that was never sent."));
            return;
        }
        handleTagged(response);
        return;
    }
}

void ImapDialog::handleGreeting(const ImapResponse& response)
{
    m_result.greeting = QString::fromUtf8(response.text);
    if (response.kind != ImapResponse::Kind::Untagged) {
        finish(ProbeOutcome::WrongProtocol, foreignGreetingDetail());
        return;
    }
    if (response.keyword == "BYE") {
        finish(ProbeOutcome::ServerError, tr("The server refuses connections: %1").arg(m_result.greeting));
        return;
    }
    if (response.keyword == "PREAUTH") {
        // PREAUTH skips the not-authenticated state, where STARTTLS lives (RFC 9051 §6.2.1):
        // acting on it without TLS is CVE-2020-12398.
        if (needsStartTls()) {
            finish(ProbeOutcome::StartTlsUnavailable,
                   tr("The server greeted with PREAUTH before TLS, which makes STARTTLS impossible; "
                      "nothing was sent."));
            return;
        }
        m_preauthenticated = true;
        m_result.warnings.append(tr("The server logs everyone in without a password (PREAUTH)."));
    } else if (response.keyword != "OK") {
        finish(ProbeOutcome::WrongProtocol, foreignGreetingDetail());
        return;
    }
    if (response.codeName() == "CAPABILITY") {
        currentCapabilities() = CapabilityParser::fromImap(response.codeArguments());
        afterCapabilities();
        return;
    }
    requestCapabilities();
}

void ImapDialog::requestCapabilities()
{
    m_state = State::Capability;
    m_host.enterPhase(ProbePhase::Capabilities);
    sendCommand("CAPABILITY");
}

void ImapDialog::handleTagged(const ImapResponse& response)
{
    const bool ok = response.keyword == "OK";
    switch (m_state) {
    case State::Capability:
        if (!ok) {
            finish(ProbeOutcome::ServerError, tr("The server refused CAPABILITY: %1").arg(QString::fromUtf8(response.text)));
            return;
        }
        if (response.codeName() == "CAPABILITY")
            currentCapabilities() = CapabilityParser::fromImap(response.codeArguments());
        if (!currentCapabilities().known) {
            finish(ProbeOutcome::WrongProtocol, tr("The server did not list its capabilities."));
            return;
        }
        afterCapabilities();
        return;
    case State::StartTls:
        if (!ok) {
            finish(ProbeOutcome::StartTlsUnavailable,
                   tr("The server advertised STARTTLS but refused it: %1").arg(QString::fromUtf8(response.text)));
            return;
        }
        startTlsAfterGoAhead(m_parser.pendingBytes());
        return;
    case State::Authenticate:
    case State::Login:
        recordLoginResult(ok, response.code.isEmpty() ? response.text : '[' + response.code + "] " + response.text);
        logout();
        return;
    case State::Greeting:
    case State::Done:
        return;
    }
}

void ImapDialog::afterCapabilities()
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
    startLogin();
}

void ImapDialog::startLogin()
{
    const Credentials* credentials = loginCredentials();
    const Capabilities& caps = m_result.effectiveCapabilities();
    if (!credentials) {
        logout();
        return;
    }
    if (m_preauthenticated) {
        m_result.login.message = tr("Not attempted: the server logged us in without a password (PREAUTH).");
        logout();
        return;
    }
    if (!caps.authMechanisms.isEmpty() && startSasl(caps, u"imap"_s)) {
        m_state = State::Authenticate;
        const QByteArray mechanism = sasl()->mechanism().toLatin1();
        if (sasl()->clientSpeaksFirst() && caps.has(u"SASL-IR")) {
            const std::optional<QByteArray> initial = sasl()->step({});
            if (initial) {
                const QByteArray encoded = initial->isEmpty() ? QByteArray("=") : initial->toBase64();
                sendCommand("AUTHENTICATE " + mechanism + ' ' + encoded,
                            u"AUTHENTICATE "_s + QString::fromLatin1(mechanism) + u" <redacted>"_s);
                return;
            }
        }
        sendCommand("AUTHENTICATE " + mechanism);
        return;
    }
    if (caps.loginDisabled) {
        if (m_result.login.message.isEmpty())
            m_result.login.message = tr("Not attempted: the server disabled LOGIN here.");
        logout();
        return;
    }
    const std::optional<QByteArray> user = quoted(credentials->username);
    const std::optional<QByteArray> password = quoted(credentials->password);
    if (!user || !password) {
        m_result.login.message = tr("Not attempted: this user name or password needs SASL, which the server does not offer.");
        logout();
        return;
    }
    m_result.login.attempted = true;
    m_result.login.mechanism = u"IMAP-LOGIN"_s;
    m_result.login.message.clear();
    m_state = State::Login;
    m_host.enterPhase(ProbePhase::Authentication);
    sendCommand("LOGIN " + *user + ' ' + *password, u"LOGIN <redacted>"_s);
}

void ImapDialog::continueAuthenticate(const ImapResponse& response)
{
    const auto decoded = QByteArray::fromBase64Encoding(response.text.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    const std::optional<QByteArray> answer = decoded ? sasl()->step(*decoded) : std::nullopt;
    if (!answer) {
        // "*" cancels an AUTHENTICATE exchange (RFC 9051 §6.2.2); the tagged BAD that follows ends the dialog.
        m_host.send("*\r\n", u"*"_s);
        return;
    }
    m_host.send(answer->toBase64() + "\r\n", u"<redacted>"_s);
}

void ImapDialog::logout()
{
    m_state = State::Done;
    sendCommand("LOGOUT");
    finishWorking();
}

} // namespace mailscout
