// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrustConfiguration.h"

namespace mailscout::TrustConfiguration {

QSslConfiguration verifying(const QList<QSslCertificate>& extraCas)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (extraCas.isEmpty())
        return configuration;
    // Read once: hundreds of certificates, and the store does not change while Mailscout runs.
    static const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    configuration.setCaCertificates(system + extraCas);
    return configuration;
}

} // namespace mailscout::TrustConfiguration
