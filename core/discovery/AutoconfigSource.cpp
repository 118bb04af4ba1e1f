// SPDX-License-Identifier: GPL-3.0-or-later
#include "AutoconfigSource.h"

#include "ClientConfigParser.h"

#include <QNetworkAccessManager>
#include <QUrlQuery>

namespace mailscout {

using namespace Qt::StringLiterals;

namespace {

QUrl autoconfigUrl(
    const QString& scheme, const QString& host, const QString& path, const EmailAddress& address)
{
    QUrl url;
    url.setScheme(scheme);
    url.setHost(host);
    url.setPath(path);
    if (address.kind() == EmailAddress::Kind::Address) {
        QUrlQuery query;
        query.addQueryItem(
            u"emailaddress"_s, QString::fromLatin1(QUrl::toPercentEncoding(address.address())));
        url.setQuery(query);
    }
    return url;
}

QUrl ispdbUrl(const QUrl& base, const QString& domain)
{
    QUrl url = base;
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    url.setPath(path + domain);
    return url;
}

} // namespace

QList<AutoconfigSource::Request> AutoconfigSource::requestsFor(
    const EmailAddress& address, const DiscoveryOptions& options)
{
    if (options.autoconfigUrlOverride.isValid()) {
        const bool https = options.autoconfigUrlOverride.scheme() == "https"_L1;
        return { { options.autoconfigUrlOverride,
            https ? CandidateSource::AutoconfigHttps : CandidateSource::AutoconfigHttp } };
    }
    const QString domain = address.domain();
    const QString mailPath = u"/mail/config-v1.1.xml"_s;
    const QString wellKnownPath = u"/.well-known/autoconfig/mail/config-v1.1.xml"_s;
    QList<Request> requests;
    for (const QString& scheme : { u"https"_s, u"http"_s }) {
        const CandidateSource source
            = scheme == "https"_L1 ? CandidateSource::AutoconfigHttps : CandidateSource::AutoconfigHttp;
        requests.append({ autoconfigUrl(scheme, u"autoconfig."_s + domain, mailPath, address), source });
        requests.append({ autoconfigUrl(scheme, domain, wellKnownPath, address), source });
    }
    requests.append({ ispdbUrl(options.ispdbBaseUrl, domain), CandidateSource::Ispdb });
    return requests;
}

QList<AutoconfigSource::Request> AutoconfigSource::providerRequests(
    const QString& providerDomain, const EmailAddress& address, const DiscoveryOptions& options)
{
    return {
        { autoconfigUrl(u"https"_s, u"autoconfig."_s + providerDomain, u"/mail/config-v1.1.xml"_s, address),
            CandidateSource::AutoconfigHttps },
        { ispdbUrl(options.ispdbBaseUrl, providerDomain), CandidateSource::Ispdb },
    };
}

AutoconfigSource::AutoconfigSource(const QString& id, const EmailAddress& address,
    const QList<Request>& requests, const DiscoveryOptions& options, QObject* parent)
    : DiscoverySource(id, options.sourceTimeoutMs, parent),
      m_address(address),
      m_requests(requests),
      m_options(options),
      m_manager(new QNetworkAccessManager(this))
{
}

void AutoconfigSource::run()
{
    m_problems.clear();
    m_refused = false;
    m_pending = m_requests.size();
    if (m_pending == 0) {
        finish(State::Nothing, tr("There is no URL to ask."));
        return;
    }
    for (const Request& request : std::as_const(m_requests)) {
        auto* fetcher = new HttpFetcher(m_manager, m_options, this);
        m_fetchers.append(fetcher);
        connect(fetcher, &HttpFetcher::finished, this,
            [this, request](const HttpFetcher::Result& result) { onFetched(request, result); });
        fetcher->get(request.url);
    }
}

void AutoconfigSource::stop()
{
    for (HttpFetcher* fetcher : std::as_const(m_fetchers)) {
        fetcher->abort();
        fetcher->deleteLater();
    }
    m_fetchers.clear();
    m_manager->clearConnectionCache();
}

void AutoconfigSource::onFetched(const Request& request, const HttpFetcher::Result& result)
{
    --m_pending;
    if (!result.ok) {
        m_problems.append(result.error);
        m_refused = m_refused || result.refused;
    } else if (const ClientConfigParser::Result parsed = ClientConfigParser::parse(result.body); !parsed) {
        m_problems.append(tr("%1 is not a usable clientConfig document: %2")
                              .arg(result.url.toDisplayString(), parsed.error));
        m_refused = true;
    } else {
        // Redirects never go from HTTPS to HTTP, so the scheme that answered is the one that counts.
        const bool https = result.url.scheme() == "https"_L1;
        const CandidateSource source = request.source == CandidateSource::AutoconfigHttps && !https
            ? CandidateSource::AutoconfigHttp
            : request.source;
        const QString reason = https
            ? tr("Named by %1 over HTTPS with a verified certificate.").arg(result.url.host())
            : tr("Named by %1 over unencrypted HTTP, which anybody on the path can alter: confirm the "
                 "server before trusting its certificate.")
                  .arg(result.url.host());
        report(parsed.config->withAddress(m_address).toCandidates(source, https, reason));
    }
    if (m_pending == 0)
        finish(m_refused ? State::Failed : State::Nothing, m_problems.join(u'\n'));
}

} // namespace mailscout
