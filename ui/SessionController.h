// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SetupRequest.h"
#include "session/SetupSession.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>

#include <functional>
#include <memory>

namespace mailscout {

class DnsResolver;

// Does the work the pages ask for: turns a SetupRequest into a SetupSession, runs, stops and re-runs
// it. Pages read the session it hands out and never start network work themselves.
class SessionController : public QObject {
    Q_OBJECT

public:
    using ResolverFactory = std::function<std::unique_ptr<DnsResolver>()>;

    // base: what the command line aimed everything at (overrides, CA files, ISPDB, DNS server).
    explicit SessionController(SetupOptions base, QObject* parent = nullptr);
    ~SessionController() override;

    // Tests replace the system resolver so no DNS query leaves the machine.
    void setResolverFactory(ResolverFactory factory) { m_resolverFactory = std::move(factory); }

    [[nodiscard]] SetupSession* session() const { return m_session; }
    [[nodiscard]] const SetupRequest& request() const { return m_request; }
    // The address or host the run is about, as a person reads it.
    [[nodiscard]] QString subject() const;

    // Starts a new run; a previous one is cancelled and goes. Returns false (and starts nothing) when
    // the request cannot be understood.
    bool start(const SetupRequest& request);
    void restart();
    void cancel();
    // The user compared the fingerprint and accepts this certificate despite its errors, for this endpoint
    // only: the run is done again with it accepted there, so the endpoint is judged with it.
    void acceptCertificate(const mailscout::Endpoint& endpoint, const QSslCertificate& certificate);

Q_SIGNALS:
    // A new session exists and is about to start; the previous one (if any) is about to be deleted.
    void sessionStarted(mailscout::SetupSession* session);

private:
    void dropSession();

    SetupOptions m_base;
    ResolverFactory m_resolverFactory;
    SetupRequest m_request;
    QHash<Endpoint, QList<QSslCertificate>> m_accepted;
    QPointer<SetupSession> m_session;
};

} // namespace mailscout
