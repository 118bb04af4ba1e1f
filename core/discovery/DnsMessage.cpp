// SPDX-License-Identifier: GPL-3.0-or-later
#include "DnsMessage.h"

#include <arpa/nameser.h>
#include <resolv.h>

namespace mailscout {

using namespace Qt::StringLiterals;

namespace {

// The name at `at` inside the record data [rdata, rdata + rdlen): lower case, "." for the root; empty when
// it does not parse or does not end within the data.
QString nameAt(const ns_msg& message, const unsigned char* rdata, int rdlen, int offset)
{
    char name[NS_MAXDNAME];
    const int used = dn_expand(ns_msg_base(message), ns_msg_end(message), rdata + offset, name, sizeof name);
    if (used < 0 || offset + used > rdlen)
        return {};
    // Presentation form: the root is "", any other byte than letters, digits and hyphens comes escaped.
    return name[0] == '\0' ? u"."_s : QString::fromLatin1(name).toLower();
}

} // namespace

DnsAnswer DnsMessage::parse(const QByteArray& bytes, DnsResolver::Type type, const QString& name)
{
    ns_msg message {};
    if (ns_initparse(reinterpret_cast<const unsigned char*>(bytes.constData()), static_cast<int>(bytes.size()),
            &message)
        < 0)
        return DnsAnswer::failed(name, tr("the answer is not a DNS message"));
    const ns_type wanted = type == DnsResolver::Type::Mx ? ns_t_mx : ns_t_srv;
    const int minimum = type == DnsResolver::Type::Mx ? 3 : 7; // the fixed fields and a one-byte root name
    DnsAnswer answer;
    answer.status = DnsAnswer::Status::Ok;
    const int count = ns_msg_count(message, ns_s_an);
    for (int i = 0; i < count && answer.records.size() < kMaxRecords; ++i) {
        ns_rr record {};
        if (ns_parserr(&message, ns_s_an, i, &record) < 0)
            return DnsAnswer::failed(name, tr("the answer is cut short or malformed"));
        if (ns_rr_type(record) != wanted || ns_rr_class(record) != ns_c_in)
            continue;
        const unsigned char* rdata = ns_rr_rdata(record);
        const int rdlen = ns_rr_rdlen(record);
        if (rdlen < minimum)
            return DnsAnswer::failed(name, tr("a record is too short for its type"));
        DnsRecord result;
        result.priority = static_cast<quint16>(ns_get16(rdata));
        if (type == DnsResolver::Type::Srv) {
            result.weight = static_cast<quint16>(ns_get16(rdata + 2));
            result.port = static_cast<quint16>(ns_get16(rdata + 4));
        }
        result.target = nameAt(message, rdata, rdlen, type == DnsResolver::Type::Mx ? 2 : 6);
        if (result.target.isEmpty())
            return DnsAnswer::failed(name, tr("a record names no valid host"));
        answer.records.append(result);
    }
    if (answer.records.isEmpty())
        return DnsAnswer::notFound(name);
    return answer;
}

} // namespace mailscout
