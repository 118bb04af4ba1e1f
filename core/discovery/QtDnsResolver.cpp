// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtDnsResolver.h"

#include <QDnsLookup>

namespace mailscout {

using namespace Qt::StringLiterals;

namespace {

QString withoutFinalDot(const QString& name)
{
    return name.endsWith(u'.') && name.size() > 1 ? name.chopped(1) : name;
}

DnsAnswer answerOf(const QDnsLookup& lookup)
{
    DnsAnswer answer;
    switch (lookup.error()) {
    case QDnsLookup::NoError:
        answer.status = DnsAnswer::Status::Ok;
        break;
    case QDnsLookup::NotFoundError:
        return DnsAnswer::notFound(lookup.name());
    default:
        return DnsAnswer::failed(lookup.name(), lookup.errorString());
    }
    const auto mxRecords = lookup.mailExchangeRecords();
    for (const QDnsMailExchangeRecord& record : mxRecords)
        answer.records.append({ withoutFinalDot(record.exchange()).toLower(), 0, record.preference(), 0 });
    const auto srvRecords = lookup.serviceRecords();
    for (const QDnsServiceRecord& record : srvRecords) {
        // RFC 2782: a target of "." means the service is decidedly not available; Qt hands it over as "".
        const QString target
            = record.target().isEmpty() ? u"."_s : withoutFinalDot(record.target()).toLower();
        answer.records.append({ target, record.port(), record.priority(), record.weight() });
    }
    if (answer.records.isEmpty())
        return DnsAnswer::notFound(lookup.name());
    return answer;
}

} // namespace

QtDnsResolver::QtDnsResolver(const QHostAddress& nameserver) : m_nameserver(nameserver) { }

DnsQuery* QtDnsResolver::lookup(Type type, const QString& name, QObject* parent)
{
    auto* query = new DnsQuery(parent);
    auto* lookup = new QDnsLookup(type == Type::Mx ? QDnsLookup::MX : QDnsLookup::SRV, name, query);
    if (!m_nameserver.isNull())
        lookup->setNameserver(m_nameserver);
    QObject::connect(
        lookup, &QDnsLookup::finished, query, [query, lookup] { Q_EMIT query->finished(answerOf(*lookup)); });
    // Deleting the query deletes the lookup, which drops its answer; the blocking resolver call in Qt's DNS
    // thread pool cannot be interrupted and ends on its own resolver timeout.
    lookup->lookup();
    return query;
}

} // namespace mailscout
