// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestPki.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpServer>
#include <optional>

namespace mailscout::test {

// A tiny HTTP/1.1 server for discovery tests: answers each request from a route table (host + path ->
// status, headers, body), one request per connection, and records what it was asked. With a certificate
// it speaks HTTPS only. Listens on 127.0.0.1, port 0.
class TestHttpServer : public QTcpServer {
    Q_OBJECT

public:
    struct Response {
        int status = 200;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int delayMs = 0; // wait before answering
        bool never = false; // accept the request and never answer
    };
    struct Request {
        QByteArray method;
        QByteArray target; // path and query as sent
        QByteArray host; // the Host header
        QByteArray body;
        bool overTls = false;
    };

    explicit TestHttpServer(QObject* parent = nullptr);
    ~TestHttpServer() override;

    void setCertificate(const IssuedCertificate& certificate) { m_certificate = certificate; }
    bool start(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);

    // host empty: any host. path without the query. Unrouted requests get 404.
    void route(const QString& path, const Response& response, const QString& host = {});
    static Response xml(const QByteArray& body);
    static Response redirect(int status, const QString& location);

    [[nodiscard]] const QList<Request>& requests() const { return m_requests; }
    [[nodiscard]] QStringList requestedUrls() const; // "host/target" for each request, in order

private:
    friend class HttpSession;
    [[nodiscard]] Response responseFor(const Request& request) const;
    void incomingConnection(qintptr descriptor) override;

    std::optional<IssuedCertificate> m_certificate;
    QHash<QString, Response> m_routes; // "host path" -> response
    QList<Request> m_requests;
};

} // namespace mailscout::test
