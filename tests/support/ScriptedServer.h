// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestPki.h"

#include <QByteArray>
#include <QList>
#include <QSsl>
#include <QTcpServer>

#include <optional>

class QSslSocket;

namespace mailscout::test {

// A mail server that follows a script, for exact and hostile behaviour. Listens on 127.0.0.1, port 0.
// One step a line:
//   S: text        send "text\r\n"
//   S~ text        send text as is, C escapes allowed (\r \n \t \\ \xHH): several lines in one segment,
//                  or a line without its end
//   C: text        wait for one line from the client and record it; "text" may end in * (prefix match).
//                  A mismatch is recorded (mismatches()) and the connection closed.
//   TLS            start server-side TLS with the certificate given (implicit TLS: make it the first step)
//   WAIT ms        pause
//   DRIP ms text   send text ("\r\n" appended) one byte every ms milliseconds (slow-loris)
//   FLOOD n        send n bytes of 'A' without a line end (endless line)
//   CLOSE          hang up
//   SILENT         say nothing more; keep the connection open until the client leaves
// Every connection runs the whole script; everything received is kept, split at the TLS start.
class ScriptedServer : public QTcpServer {
    Q_OBJECT

public:
    explicit ScriptedServer(QObject* parent = nullptr);
    ~ScriptedServer() override;

    // Returns false when the script has a line it does not understand.
    bool setScript(const QString& script);
    void setCertificate(const IssuedCertificate& certificate) { m_certificate = certificate; }
    // Restricts the server's TLS versions.
    void setProtocol(QSsl::SslProtocol protocol) { m_protocol = protocol; }
    bool start(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);

    [[nodiscard]] int connectionCount() const { return m_connections; }
    [[nodiscard]] QByteArray receivedBeforeTls() const { return m_beforeTls; }
    [[nodiscard]] QByteArray receivedAfterTls() const { return m_afterTls; }
    [[nodiscard]] QStringList mismatches() const { return m_mismatches; }
    // Every script step ran to the end, on at least one connection.
    [[nodiscard]] bool completed() const { return m_completed; }

    struct Step {
        enum class Kind { Send, Expect, Tls, Wait, Drip, Flood, Close, Silent };
        Kind kind = Kind::Send;
        QByteArray data;
        int number = 0;
    };

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    friend class ScriptedSession;
    QList<Step> m_steps;
    std::optional<IssuedCertificate> m_certificate;
    std::optional<QSsl::SslProtocol> m_protocol;
    int m_connections = 0;
    QByteArray m_beforeTls;
    QByteArray m_afterTls;
    QStringList m_mismatches;
    bool m_completed = false;
};

} // namespace mailscout::test
