// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaslClient.h"

#include "model/ProbeOptions.h"

#include <gsasl.h>

#include <array>

namespace mailscout {

using namespace Qt::StringLiterals;

namespace {

// One library context for the process; GNU SASL's context is read-only after gsasl_init.
Gsasl* context()
{
    struct Holder {
        Gsasl* ctx = nullptr;
        Holder() { gsasl_init(&ctx); }
        ~Holder() { gsasl_done(ctx); }
    };
    static Holder holder;
    return holder.ctx;
}

// PLAIN first: over verified TLS it is what every client sends, and it works whatever the server stores;
// a server may advertise SCRAM yet hold only bcrypt hashes, so SCRAM would fail a correct password.
// The challenge-response mechanisms follow for servers that offer nothing else (or on the user's request).
constexpr std::array kPreference { u"PLAIN", u"LOGIN", u"SCRAM-SHA-256", u"SCRAM-SHA-1", u"CRAM-MD5" };

} // namespace

bool SaslClient::isSupported(const QString& mechanism)
{
    Gsasl* ctx = context();
    return ctx && gsasl_client_support_p(ctx, mechanism.toLatin1().constData());
}

QString SaslClient::choose(const QStringList& offered, const QString& preferred)
{
    if (!preferred.isEmpty())
        return offered.contains(preferred, Qt::CaseInsensitive) && isSupported(preferred) ? preferred.toUpper()
                                                                                          : QString();
    for (const char16_t* candidate : kPreference) {
        const QString name = QString::fromUtf16(candidate);
        if (offered.contains(name, Qt::CaseInsensitive) && isSupported(name))
            return name;
    }
    return {};
}

SaslClient::SaslClient(const QString& mechanism, const Credentials& credentials, const QString& service,
                       const QString& host)
    : m_mechanism(mechanism.toUpper())
{
    Gsasl* ctx = context();
    if (!ctx || gsasl_client_start(ctx, m_mechanism.toLatin1().constData(), &m_session) != GSASL_OK) {
        m_session = nullptr;
        return;
    }
    gsasl_property_set(m_session, GSASL_AUTHID, credentials.username.toUtf8().constData());
    gsasl_property_set(m_session, GSASL_PASSWORD, credentials.password.toUtf8().constData());
    gsasl_property_set(m_session, GSASL_SERVICE, service.toLatin1().constData());
    gsasl_property_set(m_session, GSASL_HOSTNAME, host.toLatin1().constData());
}

SaslClient::~SaslClient()
{
    if (m_session)
        gsasl_finish(m_session);
}

bool SaslClient::clientSpeaksFirst() const
{
    return m_mechanism == u"PLAIN"_s || m_mechanism.startsWith(u"SCRAM-"_s);
}

std::optional<QByteArray> SaslClient::step(const QByteArray& challenge)
{
    if (!m_session)
        return std::nullopt;
    char* output = nullptr;
    size_t outputLength = 0;
    const int rc = gsasl_step(m_session, challenge.constData(), static_cast<size_t>(challenge.size()), &output,
                              &outputLength);
    if (rc != GSASL_OK && rc != GSASL_NEEDS_MORE) {
        gsasl_free(output);
        return std::nullopt;
    }
    m_complete = rc == GSASL_OK;
    QByteArray response(output, static_cast<qsizetype>(outputLength));
    gsasl_free(output);
    return response;
}

} // namespace mailscout
