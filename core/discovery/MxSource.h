// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AutoconfigSource.h"
#include "DiscoveryOptions.h"
#include "DiscoverySource.h"
#include "DnsResolver.h"
#include "EmailAddress.h"

#include <QPointer>

#include <optional>

namespace mailscout {

// Custom domains hosted by a provider: the best MX host's provider, found in the bundled data by host,
// or else through the autoconfig and ISPDB entries of the MX host's registrable domain. The MX record
// comes over plain DNS, so hosts outside the e-mail domain are flagged untrusted.
class MxSource : public DiscoverySource {
    Q_OBJECT

public:
    MxSource(const EmailAddress& address, DnsResolver& resolver, const DiscoveryOptions& options,
        QObject* parent = nullptr);

    // The exchange the domain wants its mail delivered to (the lowest preference), or nothing for an answer
    // without records. Pure, so the fuzz target (tests/fuzz/FuzzDnsAnswers.cpp) can feed it anything.
    [[nodiscard]] static std::optional<DnsRecord> bestExchange(const QList<DnsRecord>& records);

protected:
    void run() override;
    void stop() override;

private:
    void onAnswer(const DnsAnswer& answer);
    [[nodiscard]] QList<Candidate> derived(QList<Candidate> candidates, const QString& mxHost) const;

    EmailAddress m_address;
    DnsResolver& m_resolver;
    DiscoveryOptions m_options;
    QPointer<DnsQuery> m_query;
    QPointer<AutoconfigSource> m_provider;
};

} // namespace mailscout
