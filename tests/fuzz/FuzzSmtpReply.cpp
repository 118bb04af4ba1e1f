// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/CapabilityParser.h"
#include "probe/SmtpReplyParser.h"

#include <cstdint>

// The first byte picks how the input is cut into segments, as a network would.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView input(data + 1, static_cast<qsizetype>(size - 1));
    const qsizetype chunk = 1 + data[0];
    mailscout::SmtpReplyParser parser;
    for (qsizetype i = 0; i < input.size(); i += chunk) {
        parser.feed(input.sliced(i, std::min(chunk, input.size() - i)));
        while (const auto reply = parser.next()) {
            if (reply->code < 200 || reply->code > 599 || reply->lines.isEmpty())
                __builtin_trap();
            (void)mailscout::CapabilityParser::fromEhlo(reply->lines);
        }
    }
    return 0;
}
