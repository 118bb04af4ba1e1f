// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProtocolDialog.h"

#include "ImapDialog.h"
#include "Redaction.h"
#include "Pop3Dialog.h"
#include "SmtpDialog.h"

namespace mailscout {

using namespace Qt::StringLiterals;

ProtocolDialog::ProtocolDialog(DialogHost& host, ProbeResult& result, const ProbeOptions& options)
    : m_host(host)
    , m_result(result)
    , m_options(options)
{
}

ProtocolDialog::~ProtocolDialog() = default;

std::unique_ptr<ProtocolDialog> ProtocolDialog::create(DialogHost& host, ProbeResult& result,
                                                       const ProbeOptions& options)
{
    switch (result.endpoint.protocol) {
    case Protocol::Smtp:
        return std::make_unique<SmtpDialog>(host, result, options);
    case Protocol::Imap:
        return std::make_unique<ImapDialog>(host, result, options);
    case Protocol::Pop3:
        return std::make_unique<Pop3Dialog>(host, result, options);
    }
    return nullptr;
}

bool ProtocolDialog::needsStartTls() const
{
    return m_result.endpoint.security == Security::StartTls && !tlsActive();
}

const Credentials* ProtocolDialog::loginCredentials()
{
    if (!m_options.credentials)
        return nullptr;
    if (!tlsActive() && !m_options.allowInsecureLogin) {
        m_result.login.message = tr("Not attempted: the connection is not encrypted, and the password is only "
                                    "sent over verified TLS unless you allow it for this server.");
        return nullptr;
    }
    return &*m_options.credentials;
}

bool ProtocolDialog::startSasl(const Capabilities& caps, const QString& service)
{
    const QString mechanism = SaslClient::choose(caps.authMechanisms, m_options.preferredMechanism);
    if (mechanism.isEmpty()) {
        m_result.login.message = caps.authMechanisms.isEmpty()
            ? tr("Not attempted: the server offers no login mechanism here.")
            : tr("Not attempted: none of the server's login mechanisms (%1) is usable.")
                  .arg(caps.authMechanisms.join(u", "_s));
        return false;
    }
    m_sasl = std::make_unique<SaslClient>(mechanism, *m_options.credentials, service, m_result.endpoint.host);
    if (!m_sasl->isValid()) {
        m_result.login.message = tr("Not attempted: the %1 mechanism could not be started.").arg(mechanism);
        m_sasl.reset();
        return false;
    }
    m_result.login.attempted = true;
    m_result.login.mechanism = mechanism;
    m_host.enterPhase(ProbePhase::Authentication);
    return true;
}

void ProtocolDialog::noteFirstBytes(QByteArrayView data)
{
    if (m_firstBytes.size() < 16)
        m_firstBytes.append(data.first(std::min<qsizetype>(data.size(), 16 - m_firstBytes.size())));
}

QString ProtocolDialog::foreignGreetingDetail() const
{
    const QByteArray& b = m_firstBytes;
    if (b.size() >= 2 && (b[0] == '\x15' || b[0] == '\x16') && b[1] == '\x03')
        return tr("The server answered with TLS: this port expects TLS from the first byte (implicit TLS).");
    if (b.startsWith("HTTP/"))
        return tr("A web server (HTTP) answers on this port, not a mail server.");
    if (b.startsWith("SSH-"))
        return tr("An SSH server answers on this port, not a mail server.");
    const Protocol protocol = m_result.endpoint.protocol;
    if (protocol != Protocol::Smtp && (b.startsWith("220 ") || b.startsWith("220-")))
        return tr("An SMTP server answers on this port, not %1.").arg(protocolName(protocol).toUpper());
    if (protocol != Protocol::Imap && b.startsWith("* "))
        return tr("An IMAP server answers on this port, not %1.").arg(protocolName(protocol).toUpper());
    if (protocol != Protocol::Pop3 && b.startsWith("+OK"))
        return tr("A POP3 server answers on this port, not %1.").arg(protocolName(protocol).toUpper());
    return tr("The server's answer is not %1.").arg(protocolName(protocol).toUpper());
}

void ProtocolDialog::startTlsAfterGoAhead(qsizetype bufferedBytes)
{
    if (bufferedBytes > 0) {
        finish(ProbeOutcome::StartTlsInjection,
               tr("%n byte(s) arrived after the server's STARTTLS go-ahead and before encryption: "
                  "someone may be injecting data. The connection was dropped.",
                  nullptr, static_cast<int>(bufferedBytes)));
        return;
    }
    m_host.beginTls();
}

void ProtocolDialog::failParse(ParseError error)
{
    if (error == ParseError::Malformed && m_result.greeting.isEmpty())
        finish(ProbeOutcome::WrongProtocol, foreignGreetingDetail());
    else
        finish(error == ParseError::Malformed ? ProbeOutcome::WrongProtocol : ProbeOutcome::ServerError,
               parseErrorDescription(error));
}

void ProtocolDialog::finish(ProbeOutcome outcome, const QString& detail)
{
    if (m_done)
        return;
    m_done = true;
    m_host.finish(outcome, detail);
}

void ProtocolDialog::finishWorking()
{
    if (!m_result.login.attempted)
        finish(ProbeOutcome::Ok);
    else
        finish(m_result.login.ok ? ProbeOutcome::AuthOk : ProbeOutcome::AuthFailed, m_result.login.message);
}

void ProtocolDialog::recordLoginResult(bool ok, const QByteArray& serverText)
{
    m_result.login.ok = ok;
    m_result.login.message = redactSecrets(QString::fromUtf8(serverText).left(300), m_options.credentials);
}

} // namespace mailscout
