// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/ClientConfigParser.h"
#include "discovery/EmailAddress.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray document(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto result = mailscout::ClientConfigParser::parse(document);
    if (result.config.has_value() == !result.error.isEmpty())
        __builtin_trap(); // exactly one of a configuration and an error
    if (result.config) {
        const auto address = mailscout::EmailAddress::parse(QStringLiteral("fuzz@example.test"));
        (void)result.config->withAddress(address);
    }
    return 0;
}
