// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DiscoveryOptions.h"
#include "DiscoverySource.h"
#include "EmailAddress.h"
#include "HttpFetcher.h"

#include <QList>
#include <QStringList>

class QNetworkAccessManager;

namespace mailscout {

// Outlook Autodiscover (POX): the address is POSTed to https://autodiscover.<domain>/ and
// https://<domain>/autodiscover/autodiscover.xml, never to a parent domain ("failing up" once sent
// Outlook's requests to autodiscover.com), never with credentials, and only over HTTPS. redirectAddr and
// redirectUrl answers are followed up to kMaxHops; a redirectUrl must stay HTTPS within the registrable
// domain of the server that sent it. Hosts outside the e-mail domain reached after a redirect to another
// domain are flagged untrusted.
class AutodiscoverSource : public DiscoverySource {
    Q_OBJECT

public:
    static constexpr int kMaxHops = 10;

    AutodiscoverSource(
        const EmailAddress& address, const DiscoveryOptions& options, QObject* parent = nullptr);

    [[nodiscard]] static QList<QUrl> urlsFor(const QString& domain);

protected:
    void run() override;
    void stop() override;

private:
    void ask(const QString& address, const QList<QUrl>& urls);
    void onFetched(const HttpFetcher::Result& result);
    void abortAll();

    EmailAddress m_address;
    DiscoveryOptions m_options;
    QNetworkAccessManager* m_manager;
    QList<HttpFetcher*> m_fetchers;
    QString m_currentAddress;
    qsizetype m_pending = 0;
    int m_hops = 0;
    QStringList m_problems;
    bool m_refused = false;
};

} // namespace mailscout
