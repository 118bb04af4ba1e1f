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

// Reads the system's CA store on a pool thread, for a program about to call verifying() with extra CAs on
// a thread that must not wait: the read takes about 100 ms, and the wizard froze for that long when
// discovery started. A verifying() call made while the read is under way waits for it.
void preloadSystemRoots();

} // namespace mailscout::TrustConfiguration
