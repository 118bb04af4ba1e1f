// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace mailscout::TrustConfiguration {

// Qt's default TLS configuration, trusting the system's CA store plus `extraCas` (--ca-file: a corporate
// or test CA). Qt (6.4 at least) stops loading the system's roots on demand as soon as any CA is added to a
// configuration, even an empty list, and then trusts only what was added: every certificate from a public
// CA would fail as "self-signed in chain". So extra CAs are added to the whole system store explicitly, and
// with none the default configuration stays as it is.
[[nodiscard]] QSslConfiguration verifying(const QList<QSslCertificate>& extraCas);

// Loads Qt's TLS backend (its plugin, OpenSSL, the ciphers) on a pool thread, and with extra CAs also the
// system's CA store that verifying() adds them to, for a program whose first TLS connection is made on a
// thread that must not wait: both load on first use, about 50 ms and 100 ms here, and the wizard froze for
// that long when discovery started. A connection or verifying() call made meanwhile waits for the load.
void preload(const QList<QSslCertificate>& extraCas);

} // namespace mailscout::TrustConfiguration
