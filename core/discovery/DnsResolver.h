// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

namespace mailscout {

struct DnsRecord {
    QString target; // MX exchange or SRV target, ACE, without the final dot; "." for "service not offered"
    quint16 port = 0; // SRV only
    quint16 priority = 0; // MX preference or SRV priority
    quint16 weight = 0; // SRV only
};

struct DnsAnswer {
    Q_DECLARE_TR_FUNCTIONS(DnsAnswer)

public:
    enum class Status { Ok, NotFound, Failed };
    Status status = Status::Failed;
    QList<DnsRecord> records;
    QString error; // translated; empty when Ok

    // A lookup of `name` that ended without records, worded alike whichever resolver asked.
    [[nodiscard]] static DnsAnswer notFound(const QString& name);
    [[nodiscard]] static DnsAnswer failed(const QString& name, const QString& why);
};

// One lookup in flight. Deleting it cancels the lookup; finished() is emitted at most once, never from
// within DnsResolver::lookup().
class DnsQuery : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

Q_SIGNALS:
    void finished(const mailscout::DnsAnswer& answer);
};

// MX and SRV lookups behind an interface. Why: Qt 6.4's QDnsLookup can be aimed at a DNS server but only
// on port 53, which an unprivileged test cannot bind, and it runs five lookups at a time. So the sources
// take a DnsResolver. The real ones, SystemDnsResolver (Linux) and QtDnsResolver (elsewhere, and for
// an IPv6 --dns-server), are proved against a real dnsmasq on port 53 inside a network namespace that the
// root-only test makes (tests/discovery/TestDnsSources.cpp); SystemDnsResolver also against scripted
// answers. The tests that only need DNS to be slow, dead or to say something specific (orchestration,
// cancelling) use a scripted resolver and run everywhere.
class DnsResolver {
public:
    enum class Type { Mx, Srv };

    virtual ~DnsResolver() = default;
    // The query is owned by parent.
    [[nodiscard]] virtual DnsQuery* lookup(Type type, const QString& name, QObject* parent) = 0;
};

} // namespace mailscout
