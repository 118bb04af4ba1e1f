// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilteredPort.h"

#include <QThread>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace mailscout::test {

FilteredPort::FilteredPort(const char* ipv4Address, quint16 port)
{
    m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
    if (m_listener < 0)
        return;
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    if (::inet_pton(AF_INET, ipv4Address, &address.sin_addr) != 1)
        return;
    socklen_t length = sizeof(address);
    if (::bind(m_listener, reinterpret_cast<sockaddr*>(&address), length) != 0 || ::listen(m_listener, 0) != 0
        || ::getsockname(m_listener, reinterpret_cast<sockaddr*>(&address), &length) != 0)
        return;
    // Two fillers: one fills the accept queue, the other's SYN is already being dropped.
    for (int i = 0; i < 2; ++i) {
        const int filler = ::socket(AF_INET, SOCK_STREAM, 0);
        ::fcntl(filler, F_SETFL, O_NONBLOCK);
        ::connect(filler, reinterpret_cast<sockaddr*>(&address), sizeof(address));
        m_fillers.append(filler);
    }
    QThread::msleep(50); // let the first handshake complete and take the slot
    m_port = ntohs(address.sin_port);
}

FilteredPort::~FilteredPort()
{
    for (const int filler : std::as_const(m_fillers))
        ::close(filler);
    if (m_listener >= 0)
        ::close(m_listener);
}

} // namespace mailscout::test
