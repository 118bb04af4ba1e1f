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

} // namespace mailscout::TrustConfiguration
