// SPDX-License-Identifier: GPL-3.0-or-later
// Outlook Autodiscover (POX) answers come from whatever server answers for autodiscover.<domain>.
#include "discovery/AutodiscoverParser.h"
#include "discovery/EmailAddress.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray document(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto result = mailscout::AutodiscoverParser::parse(document);
    const int answers = (result.config ? 1 : 0) + (result.redirectUrl.isEmpty() ? 0 : 1) + (result.error.isEmpty() ? 0 : 1);
    if (answers > 1)
        __builtin_trap(); // settings, a redirect or an error: never two of them
    if (result.config) {
        if (result.config->incoming.isEmpty() && result.config->outgoing.isEmpty())
            __builtin_trap(); // a configuration always names a server
        const auto address = mailscout::EmailAddress::parse(QStringLiteral("fuzz@example.test"));
        const auto candidates = result.config->withAddress(address).toCandidates(mailscout::CandidateSource::Autodiscover, true, {});
        for (const auto& candidate : candidates) {
            if (candidate.endpoint.host.isEmpty() || candidate.endpoint.port == 0)
                __builtin_trap(); // nothing to connect to must never become a candidate
        }
    }
    return 0;
}
