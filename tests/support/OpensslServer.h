// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestPki.h"

#include <QProcess>

namespace mailscout::test {

// `openssl s_server` on 127.0.0.1 with OpenSSL's security level lowered to 0: a real TLS server that
// serves what Debian's OpenSSL (and so Qt as a server) refuses to load — RSA-1024 keys, SHA-1
// signatures. The client side in the test keeps its normal level, as a user's would.
class OpensslServer {
public:
    OpensslServer() = default;
    ~OpensslServer();
    OpensslServer(const OpensslServer&) = delete;
    OpensslServer& operator=(const OpensslServer&) = delete;

    bool start(const IssuedCertificate& certificate, QString* error);
    [[nodiscard]] quint16 port() const { return m_port; }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace mailscout::test
