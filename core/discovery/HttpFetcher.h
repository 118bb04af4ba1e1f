// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DiscoveryOptions.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace mailscout {

// One HTTP(S) document for discovery, fetched the careful way: at most 1 MiB (the download is aborted as
// soon as it grows past that), redirects followed only within the registrable domain of the first URL
// and never from HTTPS to HTTP, the extra CAs trusted, and --connect-to/--resolve honoured while the
// certificate is still checked for the name in the URL.
class HttpFetcher : public QObject {
    Q_OBJECT

public:
    static constexpr qint64 kMaxBodySize = 1024 * 1024;
    static constexpr int kMaxRedirects = 5;

    struct Result {
        bool ok = false;
        QByteArray body;
        QUrl url; // the URL that answered, after redirects
        int httpStatus = 0;
        QString error; // translated; empty when ok
        // Not a plain absence (HTTP error status, no such host, nobody listening) but something wrong or
        // hostile: an oversized body, a refused redirect, a TLS failure.
        bool refused = false;
    };

    HttpFetcher(QNetworkAccessManager* manager, const DiscoveryOptions& options, QObject* parent = nullptr);
    ~HttpFetcher() override;

    void get(const QUrl& url);
    // Redirects (except 303) repeat the POST with the same body, as Autodiscover clients do.
    void post(const QUrl& url, const QByteArray& body, const QByteArray& contentType);
    void abort();

Q_SIGNALS:
    void finished(const mailscout::HttpFetcher::Result& result);

private:
    void send(const QUrl& url);
    void onReadyRead();
    void onFinished();
    void fail(const QString& error, bool refused = true);

    QNetworkAccessManager* m_manager;
    const DiscoveryOptions& m_options;
    QPointer<QNetworkReply> m_reply;
    QUrl m_firstUrl;
    QUrl m_url;
    QByteArray m_method;
    QByteArray m_requestBody;
    QByteArray m_contentType;
    QByteArray m_body;
    int m_redirects = 0;
};

} // namespace mailscout
