// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestHttpServer.h"

#include <QSslSocket>
#include <QTimer>

namespace mailscout::test {

using namespace Qt::StringLiterals;

// One connection: read one request (head and Content-Length body), answer it, close.
class HttpSession : public QObject {
public:
    HttpSession(TestHttpServer* server, QSslSocket* socket)
        : QObject(server), m_server(server), m_socket(socket)
    {
        m_socket->setParent(this);
        connect(m_socket, &QSslSocket::readyRead, this, &HttpSession::onReadyRead);
        connect(m_socket, &QAbstractSocket::disconnected, this, &QObject::deleteLater);
        connect(m_socket, &QAbstractSocket::errorOccurred, this, [this] {
            if (m_socket->state() != QAbstractSocket::ConnectedState)
                deleteLater();
        });
    }

private:
    void onReadyRead()
    {
        if (m_answered)
            return;
        m_buffer += m_socket->readAll();
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        TestHttpServer::Request request;
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        qsizetype contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "host")
                request.host = value;
            else if (name == "content-length")
                contentLength = value.toLongLong();
        }
        if (m_buffer.size() < headEnd + 4 + contentLength)
            return;
        request.body = m_buffer.mid(headEnd + 4, contentLength);
        request.overTls = m_socket->isEncrypted();
        m_answered = true;
        m_server->m_requests.append(request);
        const TestHttpServer::Response response = m_server->responseFor(request);
        if (response.never)
            return;
        QTimer::singleShot(response.delayMs, this, [this, response] { answer(response); });
    }

    void answer(const TestHttpServer::Response& response)
    {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " Whatever\r\n";
        for (const auto& [name, value] : response.headers)
            head += name + ": " + value + "\r\n";
        head += "Content-Length: " + QByteArray::number(response.body.size())
            + "\r\nConnection: close\r\n\r\n";
        m_socket->write(head);
        m_socket->write(response.body);
        m_socket->disconnectFromHost();
    }

    TestHttpServer* m_server;
    QSslSocket* m_socket;
    QByteArray m_buffer;
    bool m_answered = false;
};

TestHttpServer::TestHttpServer(QObject* parent) : QTcpServer(parent) { }

TestHttpServer::~TestHttpServer() = default;

bool TestHttpServer::start(const QHostAddress& address, quint16 port)
{
    return listen(address, port);
}

void TestHttpServer::route(const QString& path, const Response& response, const QString& host)
{
    m_routes.insert(host.toLower() + u' ' + path, response);
}

TestHttpServer::Response TestHttpServer::xml(const QByteArray& body)
{
    Response response;
    response.headers = { { "Content-Type", "text/xml" } };
    response.body = body;
    return response;
}

TestHttpServer::Response TestHttpServer::redirect(int status, const QString& location)
{
    Response response;
    response.status = status;
    response.headers = { { "Location", location.toUtf8() } };
    return response;
}

QStringList TestHttpServer::requestedUrls() const
{
    QStringList urls;
    for (const Request& request : m_requests)
        urls.append(QString::fromLatin1(request.host + request.target));
    return urls;
}

TestHttpServer::Response TestHttpServer::responseFor(const Request& request) const
{
    QByteArray path = request.target;
    if (const qsizetype query = path.indexOf('?'); query >= 0)
        path.truncate(query);
    QString host = QString::fromLatin1(request.host).toLower();
    if (const qsizetype colon = host.lastIndexOf(u':'); colon >= 0 && !host.endsWith(u']'))
        host.truncate(colon);
    const QString pathText = QString::fromLatin1(path);
    for (const QString& key : QStringList { host + u' ' + pathText, u' ' + pathText }) {
        if (const auto it = m_routes.constFind(key); it != m_routes.constEnd())
            return *it;
    }
    Response notFound;
    notFound.status = 404;
    notFound.body = "not found";
    return notFound;
}

void TestHttpServer::incomingConnection(qintptr descriptor)
{
    auto* socket = new QSslSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    new HttpSession(this, socket);
    if (m_certificate) {
        socket->setLocalCertificateChain(
            m_certificate->chain.isEmpty() ? QList { m_certificate->certificate } : m_certificate->chain);
        socket->setPrivateKey(m_certificate->key);
        socket->setPeerVerifyMode(QSslSocket::VerifyNone);
        socket->startServerEncryption();
    }
}

} // namespace mailscout::test
