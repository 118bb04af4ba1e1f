// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScriptedServer.h"

#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace mailscout::test {

using namespace Qt::StringLiterals;

namespace {

QByteArray unescape(const QByteArray& text)
{
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c != '\\' || i + 1 >= text.size()) {
            out += c;
            continue;
        }
        const char next = text[++i];
        switch (next) {
        case 'r':
            out += '\r';
            break;
        case 'n':
            out += '\n';
            break;
        case 't':
            out += '\t';
            break;
        case 'x':
            out += static_cast<char>(text.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
            break;
        default:
            out += next;
        }
    }
    return out;
}

} // namespace

// Runs the script on one connection.
class ScriptedSession : public QObject {
public:
    ScriptedSession(ScriptedServer* server, QSslSocket* socket)
        : QObject(server)
        , m_server(server)
        , m_socket(socket)
    {
        m_socket->setParent(this);
        connect(m_socket, &QSslSocket::readyRead, this, &ScriptedSession::onReadyRead);
        connect(m_socket, &QSslSocket::encrypted, this, [this] {
            m_tls = true;
            m_waitingForTls = false;
            advance();
        });
        connect(m_socket, &QAbstractSocket::disconnected, this, &QObject::deleteLater);
        connect(m_socket, &QAbstractSocket::errorOccurred, this, [this] {
            if (m_waitingForTls)
                deleteLater();
        });
    }

    void advance()
    {
        while (m_index < m_server->m_steps.size()) {
            const ScriptedServer::Step& step = m_server->m_steps[m_index];
            switch (step.kind) {
            case ScriptedServer::Step::Kind::Send:
                m_socket->write(step.data);
                m_socket->flush();
                break;
            case ScriptedServer::Step::Kind::Expect:
                if (!takeExpectedLine(step))
                    return;
                break;
            case ScriptedServer::Step::Kind::Tls:
                ++m_index;
                startTls();
                return;
            case ScriptedServer::Step::Kind::Wait:
                ++m_index;
                QTimer::singleShot(step.number, this, &ScriptedSession::advance);
                return;
            case ScriptedServer::Step::Kind::Drip:
                ++m_index;
                drip(step.data, step.number);
                return;
            case ScriptedServer::Step::Kind::Flood:
                m_socket->write(QByteArray(step.number, 'A'));
                m_socket->flush();
                break;
            case ScriptedServer::Step::Kind::Close:
                m_server->m_completed = true;
                m_socket->disconnectFromHost();
                return;
            case ScriptedServer::Step::Kind::Silent:
                m_server->m_completed = true;
                return;
            }
            ++m_index;
        }
        m_server->m_completed = true;
    }

private:
    void onReadyRead()
    {
        const QByteArray data = m_socket->readAll();
        (m_tls ? m_server->m_afterTls : m_server->m_beforeTls) += data;
        m_pending += data;
        advance();
    }

    bool takeExpectedLine(const ScriptedServer::Step& step)
    {
        const qsizetype newline = m_pending.indexOf('\n');
        if (newline < 0)
            return false;
        QByteArray line = m_pending.left(newline);
        m_pending.remove(0, newline + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        const bool prefix = step.data.endsWith('*');
        const QByteArray wanted = prefix ? step.data.chopped(1) : step.data;
        if (prefix ? !line.startsWith(wanted) : line != wanted) {
            m_server->m_mismatches.append(u"expected \"%1\", got \"%2\""_s.arg(QString::fromLatin1(step.data), QString::fromLatin1(line)));
            m_index = m_server->m_steps.size();
            m_socket->disconnectFromHost();
            return false;
        }
        return true;
    }

    void startTls()
    {
        const auto& certificate = m_server->m_certificate;
        if (!certificate) {
            m_server->m_mismatches.append(u"TLS step without a certificate"_s);
            m_socket->disconnectFromHost();
            return;
        }
        m_socket->setLocalCertificateChain(certificate->chain.isEmpty() ? QList { certificate->certificate }
                                                                        : certificate->chain);
        m_socket->setPrivateKey(certificate->key);
        m_socket->setPeerVerifyMode(QSslSocket::VerifyNone);
        if (m_server->m_protocol) {
            QSslConfiguration configuration = m_socket->sslConfiguration();
            configuration.setProtocol(*m_server->m_protocol);
            m_socket->setSslConfiguration(configuration);
        }
        m_waitingForTls = true;
        m_socket->startServerEncryption();
    }

    void drip(const QByteArray& data, int intervalMs)
    {
        if (data.isEmpty()) {
            advance();
            return;
        }
        m_socket->write(data.left(1));
        m_socket->flush();
        QTimer::singleShot(intervalMs, this, [this, rest = data.mid(1), intervalMs] { drip(rest, intervalMs); });
    }

    ScriptedServer* m_server;
    QSslSocket* m_socket;
    QByteArray m_pending;
    qsizetype m_index = 0;
    bool m_tls = false;
    bool m_waitingForTls = false;
};

ScriptedServer::ScriptedServer(QObject* parent)
    : QTcpServer(parent)
{
}

ScriptedServer::~ScriptedServer() = default;

bool ScriptedServer::setScript(const QString& script)
{
    m_steps.clear();
    for (const QString& rawLine : script.split(u'\n')) {
        const QByteArray line = rawLine.toUtf8();
        if (line.trimmed().isEmpty())
            continue;
        Step step;
        if (line.startsWith("S: ")) {
            step.data = line.mid(3) + "\r\n";
        } else if (line.startsWith("S~ ")) {
            step.data = unescape(line.mid(3));
        } else if (line.startsWith("C: ")) {
            step.kind = Step::Kind::Expect;
            step.data = line.mid(3);
        } else if (line == "TLS") {
            step.kind = Step::Kind::Tls;
        } else if (line.startsWith("WAIT ")) {
            step.kind = Step::Kind::Wait;
            step.number = line.mid(5).toInt();
        } else if (line.startsWith("DRIP ")) {
            step.kind = Step::Kind::Drip;
            const QByteArray rest = line.mid(5);
            const qsizetype space = rest.indexOf(' ');
            step.number = rest.left(space).toInt();
            step.data = rest.mid(space + 1) + "\r\n";
        } else if (line.startsWith("FLOOD ")) {
            step.kind = Step::Kind::Flood;
            step.number = line.mid(6).toInt();
        } else if (line == "CLOSE") {
            step.kind = Step::Kind::Close;
        } else if (line == "SILENT") {
            step.kind = Step::Kind::Silent;
        } else {
            return false;
        }
        m_steps.append(step);
    }
    return true;
}

bool ScriptedServer::start(const QHostAddress& address, quint16 port)
{
    return listen(address, port);
}

void ScriptedServer::incomingConnection(qintptr descriptor)
{
    auto* socket = new QSslSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    ++m_connections;
    auto* session = new ScriptedSession(this, socket);
    session->advance();
}

} // namespace mailscout::test
