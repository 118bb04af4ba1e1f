// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostTrust.h"

#include "RegistrableDomain.h"

namespace mailscout {

bool HostTrust::isWithinDomain(const QString& host, const QString& emailDomain)
{
    return RegistrableDomain::isWithin(host, emailDomain)
        || RegistrableDomain::isWithinRegistrableDomain(host, emailDomain);
}

void HostTrust::applyUnauthenticated(Candidate& candidate, const QString& emailDomain, const QString& via)
{
    const QString& host = candidate.endpoint.host;
    candidate.trusted = isWithinDomain(host, emailDomain);
    candidate.trustReason = candidate.trusted
        ? tr("%1 came from %2, which is not authenticated, but lies within the e-mail domain %3.")
              .arg(host, via, emailDomain)
        : tr("%1 came from %2, which is not authenticated, and lies outside the e-mail domain %3: "
             "confirm the server before trusting its certificate.")
              .arg(host, via, emailDomain);
}

void HostTrust::applyUnauthenticated(
    QList<Candidate>& candidates, const QString& emailDomain, const QString& via)
{
    for (Candidate& candidate : candidates)
        applyUnauthenticated(candidate, emailDomain, via);
}

} // namespace mailscout
