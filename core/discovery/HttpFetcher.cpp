// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpFetcher.h"

#include "RegistrableDomain.h"
#include "probe/TrustConfiguration.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace mailscout {

using namespace Qt::StringLiterals;

namespace {

int defaultPort(const QUrl& url)
{
    return url.scheme() == "https"_L1 ? 443 : 80;
}

QString sameSiteProblem(const QUrl& from, const QUrl& to, const QUrl& first)
{
    if (to.scheme() != "https"_L1 && to.scheme() != "http"_L1)
        return HttpFetcher::tr("A redirect to %1 was refused: only HTTP and HTTPS are followed.")
            .arg(to.toDisplayString());
    if (from.scheme() == "https"_L1 && to.scheme() != "https"_L1)
        return HttpFetcher::tr("A redirect from HTTPS to unencrypted %1 was refused.")
            .arg(to.toDisplayString());
    const QString home = RegistrableDomain::of(first.host());
    if (home.isEmpty() || RegistrableDomain::of(to.host()) != home)
        return HttpFetcher::tr("A redirect from %1 to %2 was refused: it leaves the domain %3.")
            .arg(from.host(), to.host(), home.isEmpty() ? first.host() : home);
    return {};
}

} // namespace

HttpFetcher::HttpFetcher(QNetworkAccessManager* manager, const DiscoveryOptions& options, QObject* parent)
    : QObject(parent), m_manager(manager), m_options(options)
{
}

HttpFetcher::~HttpFetcher()
{
    abort();
}

void HttpFetcher::get(const QUrl& url)
{
    m_method = "GET";
    m_firstUrl = url;
    m_redirects = 0;
    send(url);
}

void HttpFetcher::post(const QUrl& url, const QByteArray& body, const QByteArray& contentType)
{
    m_method = "POST";
    m_requestBody = body;
    m_contentType = contentType;
    m_firstUrl = url;
    m_redirects = 0;
    send(url);
}

void HttpFetcher::abort()
{
    if (!m_reply)
        return;
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    // A reply that finished but whose signal is still queued must not be aborted again.
    if (!reply->isFinished())
        reply->abort();
    reply->deleteLater();
}

void HttpFetcher::send(const QUrl& url)
{
    m_url = url;
    m_body.clear();
    const int logicalPort = url.port(defaultPort(url));
    const ConnectionOverrides::Target target
        = m_options.overrides.resolve(url.host(), static_cast<quint16>(logicalPort));

    // QNetworkAccessManager has no connect-to hook, so the request goes to the target's URL while the Host
    // header and the certificate check keep the name the document was asked from (SNI follows the
    // verification name in Qt's TLS backends).
    QUrl physical = url;
    physical.setHost(target.addresses.isEmpty() ? target.host : target.addresses.first().toString());
    physical.setPort(target.port == defaultPort(url) ? -1 : target.port);
    QNetworkRequest request(physical);
    if (physical.host() != url.host() || physical.port(defaultPort(url)) != logicalPort) {
        const QString host
            = logicalPort == defaultPort(url) ? url.host() : url.host() + u':' + QString::number(logicalPort);
        request.setRawHeader("Host", host.toLatin1());
        request.setPeerVerifyName(url.host());
    }
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // HTTP/2 would send the target address as :authority; discovery documents are small anyway.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setTransferTimeout(m_options.sourceTimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Mailscout/" MAILSCOUT_VERSION));
    if (url.scheme() == "https"_L1) {
        request.setSslConfiguration(TrustConfiguration::verifying(m_options.extraCaCertificates));
    }
    if (m_method == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_contentType);
        m_reply = m_manager->post(request, m_requestBody);
    } else {
        m_reply = m_manager->get(request);
    }
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpFetcher::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpFetcher::onFinished);
}

void HttpFetcher::onReadyRead()
{
    const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    m_body += m_reply->read(kMaxBodySize + 1 - m_body.size());
    if (announced > kMaxBodySize || m_body.size() > kMaxBodySize) {
        fail(tr("%1 sent more than %2 bytes; the download was stopped.")
                 .arg(m_url.toDisplayString())
                 .arg(kMaxBodySize));
    }
}

void HttpFetcher::onFinished()
{
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    reply->disconnect(this);
    m_body += reply->read(kMaxBodySize + 1 - m_body.size());
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_body.size() > kMaxBodySize) {
        fail(tr("%1 sent more than %2 bytes.").arg(m_url.toDisplayString()).arg(kMaxBodySize));
        return;
    }
    if (status >= 300 && status < 400 && reply->hasRawHeader("Location")) {
        const QUrl next = m_url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        if (const QString problem = sameSiteProblem(m_url, next, m_firstUrl); !problem.isEmpty()) {
            fail(problem);
            return;
        }
        if (++m_redirects > kMaxRedirects) {
            fail(tr("More than %1 redirects, starting at %2.")
                     .arg(kMaxRedirects)
                     .arg(m_firstUrl.toDisplayString()));
            return;
        }
        if (status == 303)
            m_method = "GET";
        send(next);
        return;
    }
    if (reply->error() != QNetworkReply::NoError && status == 0) {
        fail(tr("%1: %2").arg(m_url.toDisplayString(), reply->errorString()),
            reply->error() == QNetworkReply::SslHandshakeFailedError);
        return;
    }
    Result result;
    result.url = m_url;
    result.httpStatus = status;
    if (status < 200 || status >= 300) {
        result.error = tr("%1 answered with HTTP status %2.").arg(m_url.toDisplayString()).arg(status);
    } else {
        result.ok = true;
        result.body = m_body;
    }
    Q_EMIT finished(result);
}

void HttpFetcher::fail(const QString& error, bool refused)
{
    abort();
    Result result;
    result.url = m_url;
    result.error = error;
    result.refused = refused;
    Q_EMIT finished(result);
}

} // namespace mailscout
