// SPDX-License-Identifier: GPL-3.0-or-later
#include "SystemDnsResolver.h"

#include "DnsMessage.h"

#include <QMutex>
#include <QThreadPool>
#include <QUrl>

#include <arpa/inet.h>
#include <arpa/nameser.h>
#include <netdb.h>
#include <netinet/in.h>
#include <resolv.h>

#include <array>
#include <memory>

namespace mailscout {

using namespace Qt::StringLiterals;

namespace {

QThreadPool& lookupPool()
{
    static QThreadPool* const pool = [] {
        auto* created = new QThreadPool; // never deleted: a blocked lookup may outlive every other object
        created->setMaxThreadCount(SystemDnsResolver::kMaxParallel);
        return created;
    }();
    return *pool;
}

// The query a lookup's thread answers, unless the query was deleted (cancelled) first. The thread holds
// the lock while it posts the answer, so the query cannot go in between.
struct Delivery {
    QMutex mutex;
    DnsQuery* query = nullptr;
};

class PooledQuery final : public DnsQuery {
public:
    PooledQuery(std::shared_ptr<Delivery> delivery, QObject* parent)
        : DnsQuery(parent), m_delivery(std::move(delivery))
    {
        m_delivery->query = this;
    }
    ~PooledQuery() override
    {
        const QMutexLocker locker(&m_delivery->mutex);
        m_delivery->query = nullptr;
    }

private:
    std::shared_ptr<Delivery> m_delivery;
};

DnsAnswer ask(const QByteArray& aceName, DnsResolver::Type type, const QString& name,
    const QHostAddress& nameserver, quint16 port)
{
    struct __res_state state {};
    if (res_ninit(&state) != 0)
        return DnsAnswer::failed(name, DnsMessage::tr("the system's resolver configuration cannot be read"));
    if (!nameserver.isNull()) {
        sockaddr_in server {};
        server.sin_family = AF_INET;
        server.sin_port = htons(port);
        server.sin_addr.s_addr = htonl(nameserver.toIPv4Address());
        state.nsaddr_list[0] = server;
        state.nscount = 1;
    }
    std::array<unsigned char, 65535> buffer {};
    const int length = res_nquery(&state, aceName.constData(), ns_c_in,
        type == DnsResolver::Type::Mx ? ns_t_mx : ns_t_srv, buffer.data(), static_cast<int>(buffer.size()));
    const int error = state.res_h_errno;
    res_nclose(&state);
    if (length >= 0)
        return DnsMessage::parse(QByteArray(reinterpret_cast<const char*>(buffer.data()), length), type, name);
    switch (error) {
    case HOST_NOT_FOUND: // NXDOMAIN
    case NO_DATA: // the name exists, the record type does not
        return DnsAnswer::notFound(name);
    case TRY_AGAIN:
        return DnsAnswer::failed(name, DnsMessage::tr("no DNS server answered, or it failed (SERVFAIL)"));
    default:
        return DnsAnswer::failed(name, DnsMessage::tr("the DNS server refused the query or did not understand it"));
    }
}

} // namespace

SystemDnsResolver::SystemDnsResolver(const QHostAddress& nameserver, quint16 port)
    : m_nameserver(nameserver), m_port(port)
{
}

bool SystemDnsResolver::canAsk(const QHostAddress& nameserver)
{
    return nameserver.isNull() || nameserver.protocol() == QAbstractSocket::IPv4Protocol;
}

DnsQuery* SystemDnsResolver::lookup(Type type, const QString& name, QObject* parent)
{
    auto delivery = std::make_shared<Delivery>();
    auto* query = new PooledQuery(delivery, parent);
    const QByteArray aceName = QUrl::toAce(name);
    if (aceName.isEmpty() || !canAsk(m_nameserver)) {
        const DnsAnswer answer = DnsAnswer::failed(name, DnsMessage::tr("not a name DNS can look up"));
        QMetaObject::invokeMethod(query, [query, answer] { Q_EMIT query->finished(answer); }, Qt::QueuedConnection);
        return query;
    }
    lookupPool().start([delivery, aceName, type, name, nameserver = m_nameserver, port = m_port] {
        const DnsAnswer answer = ask(aceName, type, name, nameserver, port);
        const QMutexLocker locker(&delivery->mutex);
        if (DnsQuery* target = delivery->query)
            QMetaObject::invokeMethod(target, [target, answer] { Q_EMIT target->finished(answer); }, Qt::QueuedConnection);
    });
    return query;
}

} // namespace mailscout
