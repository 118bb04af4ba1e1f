// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/CapabilityParser.h"
#include "probe/Pop3ResponseParser.h"

#include <cstdint>

// First byte: the chunk size and (lowest bit) whether a multi-line response is expected.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView input(data + 1, static_cast<qsizetype>(size - 1));
    const qsizetype chunk = 1 + (data[0] >> 1);
    mailscout::Pop3ResponseParser parser;
    parser.expectMultiLine(data[0] & 1);
    for (qsizetype i = 0; i < input.size(); i += chunk) {
        parser.feed(input.sliced(i, std::min(chunk, input.size() - i)));
        while (const auto response = parser.next()) {
            if (response->lines.size() > mailscout::Pop3ResponseParser::kMaxBodyLines)
                __builtin_trap();
            (void)mailscout::CapabilityParser::fromPop3(response->lines);
        }
    }
    return 0;
}
