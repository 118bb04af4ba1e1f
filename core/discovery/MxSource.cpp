// SPDX-License-Identifier: GPL-3.0-or-later
#include "MxSource.h"

#include "BundledProviders.h"
#include "HostTrust.h"
#include "RegistrableDomain.h"

#include <algorithm>

namespace mailscout {

using namespace Qt::StringLiterals;

MxSource::MxSource(
    const EmailAddress& address, DnsResolver& resolver, const DiscoveryOptions& options, QObject* parent)
    : DiscoverySource(u"mx"_s, options.sourceTimeoutMs, parent),
      m_address(address),
      m_resolver(resolver),
      m_options(options)
{
}

void MxSource::run()
{
    m_query = m_resolver.lookup(DnsResolver::Type::Mx, m_address.domain(), this);
    connect(m_query, &DnsQuery::finished, this, &MxSource::onAnswer);
}

void MxSource::stop()
{
    if (m_query) {
        m_query->disconnect(this);
        m_query->deleteLater();
    }
    if (m_provider) {
        m_provider->disconnect(this);
        m_provider->cancel();
        m_provider->deleteLater();
    }
}

QList<Candidate> MxSource::derived(QList<Candidate> candidates, const QString& mxHost) const
{
    for (Candidate& candidate : candidates)
        candidate.source = CandidateSource::MxDerived;
    HostTrust::applyUnauthenticated(candidates, m_address.domain(),
        tr("the MX record %1 of %2 (plain DNS)").arg(mxHost, m_address.domain()));
    return candidates;
}

std::optional<DnsRecord> MxSource::bestExchange(const QList<DnsRecord>& records)
{
    if (records.isEmpty())
        return std::nullopt;
    return *std::ranges::min_element(records, {}, [](const DnsRecord& record) { return record.priority; });
}

void MxSource::onAnswer(const DnsAnswer& answer)
{
    if (answer.status != DnsAnswer::Status::Ok) {
        finish(answer.status == DnsAnswer::Status::NotFound ? State::Nothing : State::Failed, answer.error);
        return;
    }
    // The lowest preference is the one the domain wants mail delivered to; its provider is the one to ask.
    // An "Ok" answer without records (a resolver other than QtDnsResolver may give one) counts as a null MX
    // rather than dereferencing the end of an empty list.
    DnsRecord best;
    best.target = u"."_s;
    if (const std::optional<DnsRecord> exchange = bestExchange(answer.records))
        best = *exchange;
    if (best.target == "."_L1 || best.target.isEmpty()) {
        finish(State::Nothing, tr("%1 says it accepts no mail (a null MX record).").arg(m_address.domain()));
        return;
    }
    if (const auto provider = BundledProviders::instance().lookupByHost(best.target)) {
        report(derived(provider->withAddress(m_address).toCandidates(CandidateSource::MxDerived, false, {}),
            best.target));
        finish(State::Nothing,
            tr("The MX host %1 belongs to %2 (bundled provider data).")
                .arg(best.target, provider->displayName));
        return;
    }
    const QString providerDomain = RegistrableDomain::of(best.target);
    if (providerDomain.isEmpty() || HostTrust::isWithinDomain(best.target, m_address.domain())) {
        finish(State::Nothing,
            tr("The MX host %1 lies within %2 itself; the domain's own autoconfig covers it.")
                .arg(best.target, m_address.domain()));
        return;
    }
    m_provider = new AutoconfigSource(u"mx-autoconfig"_s, m_address,
        AutoconfigSource::providerRequests(providerDomain, m_address, m_options), m_options, this);
    connect(m_provider, &DiscoverySource::candidatesFound, this,
        [this, host = best.target](
            const QList<Candidate>& candidates) { report(derived(candidates, host)); });
    connect(m_provider, &DiscoverySource::finished, this,
        [this, providerDomain](State state, const QString& reason) {
            const QString intro = tr("Asked the MX host's domain %1.").arg(providerDomain);
            finish(state == State::Failed ? State::Failed : State::Nothing,
                reason.isEmpty() ? intro : intro + u'\n' + reason);
        });
    m_provider->start();
}

} // namespace mailscout
