// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/CapabilityParser.h"
#include "probe/ImapResponseParser.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView input(data + 1, static_cast<qsizetype>(size - 1));
    const qsizetype chunk = 1 + data[0];
    mailscout::ImapResponseParser parser;
    for (qsizetype i = 0; i < input.size(); i += chunk) {
        parser.feed(input.sliced(i, std::min(chunk, input.size() - i)));
        while (const auto response = parser.next()) {
            if (response->kind == mailscout::ImapResponse::Kind::Tagged && response->tag.isEmpty())
                __builtin_trap();
            (void)mailscout::CapabilityParser::fromImap(response->codeArguments());
            (void)mailscout::CapabilityParser::fromImap(response->text);
        }
    }
    return 0;
}
