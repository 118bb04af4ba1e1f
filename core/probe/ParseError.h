// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mailscout {

// Why a reply parser gave up. Once set, a parser yields nothing more: the probe reports and hangs up.
enum class ParseError {
    None,
    LineTooLong,
    TooManyLines,
    TooMuchData,
    Malformed, // not this protocol's syntax at all
};

[[nodiscard]] QString parseErrorDescription(ParseError error);

} // namespace mailscout
