// SPDX-License-Identifier: GPL-3.0-or-later
#include "AutodiscoverSource.h"

#include "AutodiscoverParser.h"
#include "HostTrust.h"
#include "RegistrableDomain.h"

#include <QNetworkAccessManager>

namespace mailscout {

using namespace Qt::StringLiterals;

AutodiscoverSource::AutodiscoverSource(
    const EmailAddress& address, const DiscoveryOptions& options, QObject* parent)
    : DiscoverySource(u"autodiscover"_s, options.sourceTimeoutMs, parent),
      m_address(address),
      m_options(options),
      m_manager(new QNetworkAccessManager(this))
{
}

QList<QUrl> AutodiscoverSource::urlsFor(const QString& domain)
{
    const QString path = u"/autodiscover/autodiscover.xml"_s;
    QUrl first;
    first.setScheme(u"https"_s);
    first.setHost(u"autodiscover."_s + domain);
    first.setPath(path);
    QUrl second = first;
    second.setHost(domain);
    return { first, second };
}

void AutodiscoverSource::run()
{
    m_hops = 0;
    m_problems.clear();
    m_refused = false;
    if (m_address.kind() != EmailAddress::Kind::Address) {
        finish(State::Nothing, tr("Autodiscover needs a whole e-mail address."));
        return;
    }
    ask(m_address.address(), urlsFor(m_address.domain()));
}

void AutodiscoverSource::stop()
{
    abortAll();
    m_manager->clearConnectionCache();
}

void AutodiscoverSource::abortAll()
{
    for (HttpFetcher* fetcher : std::as_const(m_fetchers)) {
        fetcher->disconnect(this);
        fetcher->abort();
        fetcher->deleteLater();
    }
    m_fetchers.clear();
    m_pending = 0;
}

void AutodiscoverSource::ask(const QString& address, const QList<QUrl>& urls)
{
    abortAll();
    m_currentAddress = address;
    m_pending = urls.size();
    const QByteArray body = AutodiscoverParser::request(address);
    for (const QUrl& url : urls) {
        auto* fetcher = new HttpFetcher(m_manager, m_options, this);
        m_fetchers.append(fetcher);
        connect(fetcher, &HttpFetcher::finished, this, &AutodiscoverSource::onFetched);
        fetcher->post(url, body, "text/xml; charset=utf-8");
    }
}

void AutodiscoverSource::onFetched(const HttpFetcher::Result& result)
{
    --m_pending;
    const auto giveUpIfDone = [this] {
        if (m_pending == 0)
            finish(m_refused ? State::Failed : State::Nothing, m_problems.join(u'\n'));
    };
    if (!result.ok) {
        m_problems.append(result.error);
        m_refused = m_refused || result.refused;
        giveUpIfDone();
        return;
    }
    const AutodiscoverParser::Result parsed = AutodiscoverParser::parse(result.body);
    if (parsed.config) {
        QList<Candidate> candidates = parsed.config->toCandidates(CandidateSource::Autodiscover, true,
            tr("Named by %1 over HTTPS with a verified certificate.").arg(result.url.host()));
        if (!HostTrust::isWithinDomain(result.url.host(), m_address.domain())) {
            HostTrust::applyUnauthenticated(candidates, m_address.domain(),
                tr("Autodiscover at %1, reached through a redirect").arg(result.url.host()));
        }
        report(candidates);
        finish(State::Nothing, {});
        return;
    }
    if (!parsed.error.isEmpty()) {
        m_problems.append(tr("%1: %2").arg(result.url.toDisplayString(), parsed.error));
        m_refused = true;
        giveUpIfDone();
        return;
    }
    if (++m_hops > kMaxHops) {
        finish(State::Failed,
            tr("Autodiscover redirected more than %1 times; stopped at %2.")
                .arg(kMaxHops)
                .arg(result.url.toDisplayString()));
        return;
    }
    if (!parsed.redirectAddress.isEmpty()) {
        const EmailAddress next = EmailAddress::parseAddress(parsed.redirectAddress);
        if (!next.isValid() || RegistrableDomain::of(next.domain()).isEmpty()) {
            finish(State::Failed,
                tr("Autodiscover redirected to the unusable address “%1”.").arg(parsed.redirectAddress));
            return;
        }
        ask(next.address(), urlsFor(next.domain()));
        return;
    }
    const QUrl& next = parsed.redirectUrl;
    const QString home = RegistrableDomain::of(result.url.host());
    if (next.scheme() != "https"_L1 || home.isEmpty() || RegistrableDomain::of(next.host()) != home) {
        finish(State::Failed,
            tr("Autodiscover's redirect from %1 to %2 was refused: only HTTPS within %3 is followed.")
                .arg(result.url.host(), next.toDisplayString(), home));
        return;
    }
    ask(m_currentAddress, { next });
}

} // namespace mailscout
