// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/EmailAddress.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    for (const auto& parsed : { mailscout::EmailAddress::parse(text), mailscout::EmailAddress::parseHost(text) }) {
        if (parsed.isValid() == !parsed.errorMessage().isEmpty())
            __builtin_trap(); // valid input has no error message, invalid input always has one
        if (parsed.isValid() && parsed.domain().isEmpty() && parsed.host().isEmpty())
            __builtin_trap();
    }
    return 0;
}
