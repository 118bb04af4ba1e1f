// SPDX-License-Identifier: GPL-3.0-or-later
#include "LabMailDomain.h"

#include "Canary.h"

namespace mailscout::test {

using namespace Qt::StringLiterals;

QString LabMailDomain::start(int rttMs)
{
    if (QString reason = NetLab::unavailableReason(); !reason.isEmpty())
        return reason;
    m_lab = std::make_unique<NetLab>();
    if (QString error = m_lab->start(rttMs); !error.isEmpty())
        return error;
    const QString server = NetLab::serverAddress();
    if (QString error = m_lab->startDns({ u"--host-record=imap.example.test,"_s + server,
            u"--host-record=smtp.example.test,"_s + server, u"--local=/test/"_s });
        !error.isEmpty())
        return error;
    if (!m_pkiDir.isValid())
        return u"no temporary directory for the test PKI"_s;
    m_pki = std::make_unique<TestPki>(m_pkiDir.path());
    if (!m_pki->isValid())
        return m_pki->errorString();
    CertificateSpec spec;
    spec.dnsNames = { u"imap.example.test"_s, u"smtp.example.test"_s };
    return m_lab->startMailServers(m_pki->issue(spec, u"servers"_s), canaryUser(), canaryPassword());
}

SetupOptions LabMailDomain::options(int connectTimeoutMs) const
{
    SetupOptions options;
    options.probe.extraCaCertificates = { m_pki->caCertificate() };
    options.probe.connectTimeoutMs = connectTimeoutMs;
    options.probe.overallTimeoutMs = connectTimeoutMs + 30'000;
    options.discovery.extraCaCertificates = options.probe.extraCaCertificates;
    options.discovery.ispdbBaseUrl = QUrl(u"http://"_s + NetLab::serverAddress() + u":81/v1.1/"_s);
    options.discovery.sourceTimeoutMs = 20'000;
    return options;
}

} // namespace mailscout::test
