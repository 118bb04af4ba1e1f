// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DiscoveryOptions.h"
#include "DiscoverySource.h"
#include "EmailAddress.h"
#include "HttpFetcher.h"

#include <QList>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;

namespace mailscout {

// clientConfig documents over HTTP(S): the domain's autoconfig files and the ISPDB, all fetched at once
// and read with ClientConfigParser. A document that came over verified HTTPS names trusted hosts; one
// that came over plain HTTP names untrusted ones, whatever they are.
class AutoconfigSource : public DiscoverySource {
    Q_OBJECT

public:
    struct Request {
        QUrl url;
        CandidateSource source = CandidateSource::AutoconfigHttps;
    };

    // The e-mail domain's own files (autoconfig.<domain> and /.well-known/ over HTTPS, the same over HTTP)
    // and the ISPDB entry; or only options.autoconfigUrlOverride when that is set.
    [[nodiscard]] static QList<Request> requestsFor(
        const EmailAddress& address, const DiscoveryOptions& options);
    // What a provider's domain (found through an MX host) publishes: its HTTPS autoconfig and ISPDB entry.
    [[nodiscard]] static QList<Request> providerRequests(
        const QString& providerDomain, const EmailAddress& address, const DiscoveryOptions& options);

    AutoconfigSource(const QString& id, const EmailAddress& address, const QList<Request>& requests,
        const DiscoveryOptions& options, QObject* parent = nullptr);

protected:
    void run() override;
    void stop() override;

private:
    void onFetched(const Request& request, const HttpFetcher::Result& result);

    EmailAddress m_address;
    QList<Request> m_requests;
    DiscoveryOptions m_options;
    QNetworkAccessManager* m_manager;
    QList<HttpFetcher*> m_fetchers;
    qsizetype m_pending = 0;
    QStringList m_problems;
    bool m_refused = false;
};

} // namespace mailscout
