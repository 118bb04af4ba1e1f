// SPDX-License-Identifier: GPL-3.0-or-later
// Synthetic probe results and candidates for the assessor tests: no network, every fact set by hand.
#pragma once

#include "model/Candidate.h"
#include "model/ProbeResult.h"

#include <QMetaType>
#include <QSslCertificate>

namespace mailscout::test {

using namespace Qt::StringLiterals;

// The standard ports tell the security apart; anything else is taken for implicit TLS.
inline Endpoint endpoint(Protocol protocol, const QString& host, quint16 port)
{
    const bool upgraded = port == 143 || port == 110 || port == 587 || port == 25;
    return Endpoint { protocol, host, port, upgraded ? Security::StartTls : Security::ImplicitTls };
}

inline Endpoint imap(quint16 port = 993, const QString& host = u"mail.example.test"_s)
{
    return endpoint(Protocol::Imap, host, port);
}

inline Endpoint pop3(quint16 port = 995, const QString& host = u"mail.example.test"_s)
{
    return endpoint(Protocol::Pop3, host, port);
}

inline Endpoint smtp(quint16 port = 465, const QString& host = u"mail.example.test"_s)
{
    return endpoint(Protocol::Smtp, host, port);
}

inline Endpoint plain(Endpoint e)
{
    e.security = Security::Plain;
    return e;
}

// A certificate for mail.other.test and other.test, valid until 2036-11-19, self-signed.
inline QSslCertificate otherCertificate()
{
    static const QByteArray pem = "-----BEGIN CERTIFICATE-----\n"
                                  "MIIBsTCCAVegAwIBAgIUMetBj+rirhCLjfPojM6Y04ZJ4iYwCgYIKoZIzj0EAwIw\n"
                                  "GjEYMBYGA1UEAwwPbWFpbC5vdGhlci50ZXN0MB4XDTI2MTEyMjE3MDUxNFoXDTM2\n"
                                  "MTExOTE3MDUxNFowGjEYMBYGA1UEAwwPbWFpbC5vdGhlci50ZXN0MFkwEwYHKoZI\n"
                                  "zj0CAQYIKoZIzj0DAQcDQgAEasIKtBdYf/bIWF0GeASEclkqq7BR38iBABuZKK0d\n"
                                  "LGh8NWdBgGC47L/iRTFK0dDD21WRFuabTMKkEFBlVTnyt6N7MHkwHQYDVR0OBBYE\n"
                                  "FDYpTHjSM0UbHIbTR40OanAg8+WHMB8GA1UdIwQYMBaAFDYpTHjSM0UbHIbTR40O\n"
                                  "anAg8+WHMA8GA1UdEwEB/wQFMAMBAf8wJgYDVR0RBB8wHYIPbWFpbC5vdGhlci50\n"
                                  "ZXN0ggpvdGhlci50ZXN0MAoGCCqGSM49BAMCA0gAMEUCIQCotxr3FlPwj9UP04m0\n"
                                  "jhrPycwYYaQl5RvcbLl1jUjvrQIgQNGZQK7sO59AK0qEeQRtr1BECVRWjYBGf1yw\n"
                                  "h1WZr7I=\n"
                                  "-----END CERTIFICATE-----\n";
    return QSslCertificate(pem, QSsl::Pem);
}

// Starts from a working endpoint over verified TLS 1.3 with its capabilities seen; each call changes one
// fact.
class ResultBuilder {
public:
    explicit ResultBuilder(const Endpoint& e)
    {
        m_result.endpoint = e;
        m_result.outcome = ProbeOutcome::Ok;
        m_result.capabilitiesAfterTls.known = true;
        m_result.capabilitiesBeforeTls.known = e.security != Security::ImplicitTls;
        if (e.security == Security::Plain)
            return;
        m_result.tls.attempted = true;
        m_result.tls.established = true;
        m_result.tls.protocol = u"TLSv1.3"_s;
        m_result.tls.trusted = true;
        m_result.tls.nameMatches = true;
    }

    ResultBuilder& outcome(ProbeOutcome outcome)
    {
        m_result.outcome = outcome;
        return *this;
    }
    // The probe never got as far as TLS: refused, timed out, no STARTTLS, ...
    ResultBuilder& failed(ProbeOutcome outcome)
    {
        m_result.outcome = outcome;
        m_result.tls = TlsInfo {};
        m_result.capabilitiesAfterTls = Capabilities {};
        m_result.capabilitiesBeforeTls.known = outcome == ProbeOutcome::StartTlsUnavailable;
        return *this;
    }
    ResultBuilder& tlsVersion(const QString& version, bool insecure = false)
    {
        m_result.tls.protocol = version;
        m_result.tls.insecureProtocol = insecure;
        return *this;
    }
    // A certificate that does not verify; the probe stops there unless the user accepted it.
    ResultBuilder& certificateErrors(ProbeOutcome outcome, const QStringList& errors)
    {
        const bool nameError = errors.contains(u"name-mismatch"_s);
        m_result.outcome = outcome;
        m_result.tls.errors = errors;
        m_result.tls.errorMessages = errors;
        m_result.tls.trusted = errors.size() == (nameError ? 1 : 0);
        m_result.tls.nameMatches = !nameError;
        m_result.tls.established = false;
        m_result.tls.chain = { otherCertificate() };
        m_result.capabilitiesAfterTls = Capabilities {};
        return *this;
    }
    ResultBuilder& acceptedByUser(const QStringList& errors)
    {
        m_result.tls.errors = errors;
        m_result.tls.errorMessages = errors;
        m_result.tls.trusted = false;
        m_result.tls.acceptedByUser = true;
        m_result.tls.chain = { otherCertificate() };
        return *this;
    }

    [[nodiscard]] ProbeResult build() const { return m_result; }

private:
    ProbeResult m_result;
};

inline ProbeResult working(const Endpoint& e)
{
    return ResultBuilder(e).build();
}

inline ProbeResult failing(const Endpoint& e, ProbeOutcome outcome)
{
    return ResultBuilder(e).failed(outcome).build();
}

inline Candidate candidate(const Endpoint& e, CandidateSource source, bool trusted,
    const QString& usernameTemplate = {}, const QStringList& authMethods = {})
{
    Candidate c;
    c.endpoint = e;
    c.source = source;
    c.trusted = trusted;
    c.trustReason = trusted ? u"trusted for the test"_s : u"not trusted for the test"_s;
    c.usernameTemplate = usernameTemplate;
    c.authMethods = authMethods;
    return c;
}

inline Candidate trustedCandidate(const Endpoint& e)
{
    return candidate(
        e, CandidateSource::ProviderDatabase, true, u"%EMAILADDRESS%"_s, { u"password-cleartext"_s });
}

inline Candidate guessCandidate(const Endpoint& e)
{
    return candidate(e, CandidateSource::Guess, false);
}

} // namespace mailscout::test

Q_DECLARE_METATYPE(mailscout::ProbeResult)
Q_DECLARE_METATYPE(mailscout::Candidate)
Q_DECLARE_METATYPE(mailscout::Endpoint)
