// SPDX-License-Identifier: GPL-3.0-or-later
#include "Discovery.h"

#include "AutoconfigSource.h"
#include "AutodiscoverSource.h"
#include "BundledProviders.h"
#include "GuessSource.h"
#include "MxSource.h"
#include "QtDnsResolver.h"
#ifdef Q_OS_LINUX
#include "SystemDnsResolver.h"
#endif
#include "SrvSource.h"
#include "StaticSource.h"
#include "UserSource.h"

namespace mailscout {

using namespace Qt::StringLiterals;

namespace {

StaticSource* bundledSource(const EmailAddress& address, QObject* parent)
{
    QList<Candidate> candidates;
    if (const auto provider = BundledProviders::instance().lookup(address.domain())) {
        candidates = provider->withAddress(address).toCandidates(CandidateSource::ProviderDatabase, true,
            Discovery::tr("From the provider data bundled with Mailscout for %1.")
                .arg(provider->displayName));
    }
    return new StaticSource(u"bundled"_s, candidates,
        Discovery::tr("The bundled provider data does not know %1.").arg(address.domain()), parent);
}

std::unique_ptr<DnsResolver> systemResolver(const QHostAddress& server)
{
#ifdef Q_OS_LINUX
    if (SystemDnsResolver::canAsk(server))
        return std::make_unique<SystemDnsResolver>(server);
#endif
    return std::make_unique<QtDnsResolver>(server);
}

} // namespace

Discovery::Discovery(const EmailAddress& input, const DiscoveryOptions& options, QObject* parent)
    : QObject(parent),
      m_input(input),
      m_options(options),
      m_resolver(systemResolver(options.dnsServer))
{
}

Discovery::~Discovery()
{
    // The sources hold a reference to the resolver, which goes before QObject deletes the children.
    dropSources();
}

void Discovery::setDnsResolver(std::unique_ptr<DnsResolver> resolver)
{
    if (!m_running)
        m_resolver = std::move(resolver);
}

QList<DiscoverySource*> Discovery::makeSources()
{
    QList<DiscoverySource*> sources;
    const bool hasDomain
        = m_input.kind() == EmailAddress::Kind::Address || m_input.kind() == EmailAddress::Kind::Domain;
    if (hasDomain)
        sources.append(bundledSource(m_input, this));
    if (m_input.kind() == EmailAddress::Kind::Host) {
        // Diagnosing a host (the wizard's "Diagnose a server"): its standard ports plus any custom ones.
        QList<quint16> ports { m_input.port().value_or(0) };
        if (!m_input.port())
            ports += m_options.extraPorts;
        sources.append(new UserSource(m_input.host(), ports, this));
    } else if (!m_options.userHost.isEmpty()) {
        sources.append(new UserSource(m_options.userHost, { m_options.userPort }, this));
    }
    if (!hasDomain || m_options.offline)
        return sources;
    sources.append(new AutoconfigSource(
        u"autoconfig"_s, m_input, AutoconfigSource::requestsFor(m_input, m_options), m_options, this));
    sources.append(new MxSource(m_input, *m_resolver, m_options, this));
    sources.append(new SrvSource(m_input, *m_resolver, m_options.sourceTimeoutMs, this));
    if (m_input.kind() == EmailAddress::Kind::Address)
        sources.append(new AutodiscoverSource(m_input, m_options, this));
    if (!m_options.noGuess)
        sources.append(new GuessSource(m_input.domain(), this));
    return sources;
}

void Discovery::start()
{
    if (m_running)
        return;
    dropSources();
    m_seen.clear();
    m_candidates.clear();
    m_sources = makeSources();
    m_pending = m_sources.size();
    m_running = true;
    if (m_sources.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_running) {
                    m_running = false;
                    Q_EMIT finished();
                }
            },
            Qt::QueuedConnection);
        return;
    }
    for (DiscoverySource* source : std::as_const(m_sources)) {
        connect(source, &DiscoverySource::candidatesFound, this,
            [this, source](const QList<Candidate>& candidates) { onCandidates(source, candidates); });
        connect(source, &DiscoverySource::finished, this,
            [this, source](DiscoverySource::State state, const QString& reason) {
                onSourceFinished(source, state, reason);
            });
        source->start();
        Q_EMIT sourceStarted(source->id());
    }
}

void Discovery::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    dropSources();
}

void Discovery::dropSources()
{
    for (DiscoverySource* source : std::as_const(m_sources)) {
        source->disconnect(this);
        source->cancel();
        source->deleteLater();
    }
    m_sources.clear();
}

void Discovery::onCandidates(DiscoverySource* source, const QList<Candidate>& candidates)
{
    QList<Candidate>& seen = m_seen[source->id()];
    for (const Candidate& candidate : candidates) {
        // Two URLs of one source often serve the same document; only the sentence naming the URL differs.
        Candidate key = candidate;
        key.trustReason.clear();
        if (seen.contains(key))
            continue;
        seen.append(key);
        m_candidates.append(candidate);
        Q_EMIT candidateFound(candidate);
        if (!m_running)
            return; // a receiver cancelled
    }
}

void Discovery::onSourceFinished(DiscoverySource* source, DiscoverySource::State state, const QString& reason)
{
    Q_EMIT sourceFinished(source->id(), static_cast<int>(state), reason);
    if (m_running && --m_pending == 0) {
        m_running = false;
        Q_EMIT finished();
    }
}

} // namespace mailscout
