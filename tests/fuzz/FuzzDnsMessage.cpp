// SPDX-License-Identifier: GPL-3.0-or-later
// A DNS response as the system's resolver hands it over (SystemDnsResolver): whatever a server, or anyone
// on the path of plain DNS, sent back, read for MX and for SRV records.
#include "discovery/DnsMessage.h"

#include <cstdint>
#include <cstdlib>

using namespace mailscout;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray message(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    for (const DnsResolver::Type type : { DnsResolver::Type::Mx, DnsResolver::Type::Srv }) {
        const DnsAnswer answer = DnsMessage::parse(message, type, QStringLiteral("example.test"));
        if ((answer.status == DnsAnswer::Status::Ok) != !answer.records.isEmpty())
            std::abort(); // records exactly when Ok
        if (answer.records.size() > DnsMessage::kMaxRecords)
            std::abort(); // the limit holds
        if (answer.status != DnsAnswer::Status::Ok && answer.error.isEmpty())
            std::abort(); // every failure says why
        for (const DnsRecord& record : answer.records) {
            if (record.target.isEmpty() || record.target != record.target.toLower())
                std::abort();
            if (type == DnsResolver::Type::Mx && (record.port != 0 || record.weight != 0))
                std::abort();
        }
    }
    return 0;
}
