// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrustConfiguration.h"

#include <QSet>
#include <QSslSocket>
#include <QThreadPool>

namespace mailscout::TrustConfiguration {

namespace {

// Read once: the store does not change while Mailscout runs. Each root once: Qt 6.4 reads every root on
// Debian twice (the hashed .pem files and the ca-certificates.crt bundle), and every TLS connection adds
// the whole list to a fresh OpenSSL store, which re-sorts itself after each addition, so its cost grows
// faster than the list: with the duplicates, a batch spent more CPU there than on its handshakes.
const QList<QSslCertificate>& systemRoots()
{
    static const QList<QSslCertificate> roots = [] {
        QList<QSslCertificate> unique;
        QSet<QByteArray> seen;
        for (const QSslCertificate& root : QSslConfiguration::systemCaCertificates()) {
            const QByteArray der = root.toDer();
            if (!seen.contains(der)) {
                seen.insert(der);
                unique.append(root);
            }
        }
        return unique;
    }();
    return roots;
}

} // namespace

QSslConfiguration verifying(const QList<QSslCertificate>& extraCas)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (extraCas.isEmpty())
        return configuration;
    configuration.setCaCertificates(systemRoots() + extraCas);
    return configuration;
}

void preload(const QList<QSslCertificate>& extraCas)
{
    QThreadPool::globalInstance()->start([withSystemRoots = !extraCas.isEmpty()] {
        (void)QSslSocket::supportsSsl();
        (void)QSslConfiguration::defaultConfiguration();
        if (withSystemRoots)
            (void)systemRoots();
    });
}

} // namespace mailscout::TrustConfiguration
