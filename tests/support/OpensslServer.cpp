// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpensslServer.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace mailscout::test {

using namespace Qt::StringLiterals;

OpensslServer::~OpensslServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(2'000);
    }
}

bool OpensslServer::start(const IssuedCertificate& certificate, QString* error)
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        *error = u"no free port"_s;
        return false;
    }
    m_port = probe.serverPort();
    probe.close();
    m_process.start(u"openssl"_s, { u"s_server"_s, u"-accept"_s, u"127.0.0.1:%1"_s.arg(m_port), u"-cert"_s,
                                     certificate.chainPath, u"-key"_s, certificate.keyPath, u"-cipher"_s,
                                     u"DEFAULT:@SECLEVEL=0"_s, u"-quiet"_s });
    if (!m_process.waitForStarted(5'000)) {
        *error = u"openssl s_server did not start: "_s + m_process.errorString();
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 5'000) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(200))
            return true;
        if (m_process.state() == QProcess::NotRunning)
            break;
        QThread::msleep(50);
    }
    *error = u"openssl s_server is not listening: "_s + QString::fromUtf8(m_process.readAllStandardError());
    return false;
}

} // namespace mailscout::test
