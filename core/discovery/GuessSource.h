// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StaticSource.h"

namespace mailscout {

// imap., pop3., pop., mail., smtp. and the bare domain on the standard ports, each with the security
// its port implies. Candidates only: the prober finds out which exist. Trusted as reference identities,
// because every guess lies within the e-mail domain.
class GuessSource : public StaticSource {
    Q_OBJECT

public:
    explicit GuessSource(const QString& domain, QObject* parent = nullptr);
    [[nodiscard]] static QList<Candidate> candidates(const QString& domain);
    // The standard ports (993/143, 995/110, 465/587/25) of a protocol with the security each implies.
    [[nodiscard]] static QList<Endpoint> standardEndpoints(Protocol protocol, const QString& host);
};

} // namespace mailscout
