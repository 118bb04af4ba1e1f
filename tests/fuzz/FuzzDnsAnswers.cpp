// SPDX-License-Identifier: GPL-3.0-or-later
// What a DNS server (or anyone on the path of plain DNS) says about MX and SRV records, turned into
// candidates. Input: the e-mail domain on the first line, then one record a line:
// "priority weight port target" (the target may be anything; "." means "not offered").
#include "discovery/BundledProviders.h"
#include "discovery/EmailAddress.h"
#include "discovery/HostTrust.h"
#include "discovery/MxSource.h"
#include "discovery/RegistrableDomain.h"
#include "discovery/SrvSource.h"

#include <cstdint>

using namespace mailscout;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QList<QByteArray> lines = QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)).split('\n');
    // The e-mail domain comes from the user, through the address parser; a fixed one when that says no.
    EmailAddress address = EmailAddress::parse(QString(QStringLiteral("fuzz@") + QString::fromUtf8(lines.first().trimmed())));
    if (!address.isValid())
        address = EmailAddress::parse(QStringLiteral("fuzz@example.test"));
    const QString domain = address.domain();

    QList<DnsRecord> records;
    for (qsizetype i = 1; i < lines.size() && records.size() < 64; ++i) {
        const QList<QByteArray> fields = lines[i].split(' ');
        if (fields.size() < 4)
            continue;
        DnsRecord record;
        record.priority = static_cast<quint16>(fields[0].toUInt());
        record.weight = static_cast<quint16>(fields[1].toUInt());
        record.port = static_cast<quint16>(fields[2].toUInt());
        record.target = QString::fromUtf8(lines[i].mid(fields[0].size() + fields[1].size() + fields[2].size() + 3));
        records.append(record);
    }

    // SRV: every service, every record either a candidate or a "not offered" note, in RFC 2782 order.
    const QList<DnsRecord> ordered = SrvSource::ordered(records);
    if (ordered.size() != records.size())
        __builtin_trap();
    for (qsizetype i = 1; i < ordered.size(); ++i) {
        const DnsRecord& a = ordered[i - 1];
        const DnsRecord& b = ordered[i];
        if (a.priority > b.priority || (a.priority == b.priority && a.weight < b.weight))
            __builtin_trap();
    }
    for (const SrvSource::Service& service : SrvSource::services()) {
        QStringList notes;
        const QList<Candidate> candidates = SrvSource::candidatesFrom(service, records, domain, notes);
        if (candidates.size() + notes.size() != records.size())
            __builtin_trap();
        for (const Candidate& candidate : candidates) {
            // Plain DNS is never trusted for a host outside the e-mail domain (DESIGN.md, security rules).
            if (candidate.trusted != HostTrust::isWithinDomain(candidate.endpoint.host, domain) || candidate.trustReason.isEmpty())
                __builtin_trap();
        }
    }

    // MX: the best exchange, its registrable domain, the bundled provider it belongs to.
    const std::optional<DnsRecord> best = MxSource::bestExchange(records);
    if (best.has_value() == records.isEmpty())
        __builtin_trap();
    if (best) {
        for (const DnsRecord& record : std::as_const(records)) {
            if (record.priority < best->priority)
                __builtin_trap();
        }
        (void)RegistrableDomain::of(best->target);
        (void)HostTrust::isWithinDomain(best->target, domain);
        if (const auto provider = BundledProviders::instance().lookupByHost(best->target)) {
            QList<Candidate> candidates = provider->withAddress(address).toCandidates(CandidateSource::MxDerived, false, {});
            HostTrust::applyUnauthenticated(candidates, domain, QStringLiteral("the MX record"));
            for (const Candidate& candidate : std::as_const(candidates)) {
                if (candidate.trusted != HostTrust::isWithinDomain(candidate.endpoint.host, domain))
                    __builtin_trap();
            }
        }
    }
    return 0;
}
