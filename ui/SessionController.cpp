// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionController.h"

#include "discovery/DnsResolver.h"
#include "probe/TrustConfiguration.h"

namespace mailscout {

SessionController::SessionController(SetupOptions base, QObject* parent)
    : QObject(parent)
    , m_base(std::move(base))
{
    // Whatever the command line said, a password never comes from there.
    m_base.password.reset();
    // TLS is loaded while the user types, not when discovery starts on this thread.
    TrustConfiguration::preload(m_base.probe.extraCaCertificates + m_base.discovery.extraCaCertificates);
}

SessionController::~SessionController()
{
    dropSession();
}

QString SessionController::subject() const
{
    return m_request.mode == SetupRequest::Mode::Diagnose ? m_request.host : m_request.address.trimmed();
}

bool SessionController::start(const SetupRequest& request)
{
    const bool diagnose = request.mode == SetupRequest::Mode::Diagnose;
    const EmailAddress input = diagnose ? EmailAddress::parseHost(request.host) : EmailAddress::parseAddress(request.address);
    if (!input.isValid())
        return false;
    if (request.address != m_request.address || request.host != m_request.host || request.mode != m_request.mode)
        m_accepted.clear(); // an acceptance belongs to the run it was given in
    m_request = request;

    SetupOptions options = m_base;
    options.acceptedCertificates = m_accepted;
    if (diagnose) {
        options.discovery.extraPorts = request.extraPorts;
    } else if (!request.host.isEmpty()) {
        const EmailAddress server = EmailAddress::parseHost(request.host);
        if (!server.isValid())
            return false;
        options.discovery.userHost = server.host();
        options.discovery.userPort = request.port ? request.port : server.port().value_or(0);
    }
    if (!diagnose && request.verifyLogin && !request.password.isEmpty())
        options.password = request.password;

    dropSession();
    m_session = new SetupSession(input, std::move(options), this);
    if (m_resolverFactory)
        m_session->setDnsResolver(m_resolverFactory());
    // Announced before it starts, so every view sees the sources and probes in the order they come.
    Q_EMIT sessionStarted(m_session);
    m_session->start();
    return true;
}

void SessionController::restart()
{
    start(SetupRequest(m_request));
}

void SessionController::cancel()
{
    if (m_session)
        m_session->cancel();
}

void SessionController::acceptCertificate(const Endpoint& endpoint, const QSslCertificate& certificate)
{
    if (certificate.isNull() || m_accepted.value(endpoint).contains(certificate))
        return;
    m_accepted[endpoint].append(certificate);
    restart();
}

void SessionController::dropSession()
{
    if (!m_session)
        return;
    // Cancel first: every socket closes now, not whenever the event loop gets to deleteLater.
    m_session->cancel();
    m_session->disconnect(this);
    m_session->deleteLater();
    m_session = nullptr;
}

} // namespace mailscout
