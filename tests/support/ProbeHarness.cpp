// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProbeHarness.h"

#include "Canary.h"
#include "report/ProbeJson.h"
#include "report/ProbeSummary.h"

#include <QJsonDocument>
#include <QSignalSpy>

namespace mailscout::test {

using namespace Qt::StringLiterals;

ProbeHarness::ProbeHarness()
    : m_pki(std::make_unique<TestPki>(m_dir.path()))
{
    if (!m_pki->isValid())
        return;
    CertificateSpec spec;
    spec.dnsNames = { QString::fromUtf16(kHost) };
    m_good = m_pki->issue(spec, u"good"_s);
}

ProbeOptions ProbeHarness::options(const QString& address) const
{
    ProbeOptions options;
    options.connectTimeoutMs = 3000;
    options.readTimeoutMs = 3000;
    options.overallTimeoutMs = 15000;
    options.extraCaCertificates = { m_pki->caCertificate() };
    const QString rule = QString::fromUtf16(kHost) + u":*:"_s + address;
    Q_UNUSED(options.overrides.addResolve(rule));
    return options;
}

Endpoint ProbeHarness::endpoint(Protocol protocol, Security security, quint16 port)
{
    return { protocol, QString::fromUtf16(kHost), port, security };
}

ProbeResult ProbeHarness::run(const Endpoint& endpoint, const ProbeOptions& options)
{
    Probe probe(endpoint, options);
    QSignalSpy finished(&probe, &Probe::finished);
    probe.start();
    if (!finished.wait(30'000))
        return {};
    return finished.first().first().value<ProbeResult>();
}

QString ProbeHarness::everythingShown(const ProbeResult& result)
{
    return QString::fromUtf8(QJsonDocument(ProbeJson::toJson(result)).toJson()) + ProbeSummary::toText(result, true)
        + result.detail + result.login.message + result.warnings.join(u'\n');
}

bool ProbeHarness::containsCanary(QByteArrayView data)
{
    const QByteArray password = canaryPassword().toUtf8();
    const QByteArray user = canaryUser().toUtf8();
    const QByteArray nul(1, '\0');
    const QByteArray forms[] = { password, password.toBase64(), QByteArray(nul + user + nul + password).toBase64() };
    for (const QByteArray& form : forms) {
        if (data.toByteArray().contains(form))
            return true;
    }
    return false;
}

} // namespace mailscout::test
