// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParseError.h"

#include <QCoreApplication>

namespace mailscout {

QString parseErrorDescription(ParseError error)
{
    switch (error) {
    case ParseError::None:
        return {};
    case ParseError::LineTooLong:
        return QCoreApplication::translate("ParseError", "The server sent a line longer than any mail server needs.");
    case ParseError::TooManyLines:
        return QCoreApplication::translate("ParseError", "The server sent a reply with far too many lines.");
    case ParseError::TooMuchData:
        return QCoreApplication::translate("ParseError", "The server sent far more data than a mail server does.");
    case ParseError::Malformed:
        return QCoreApplication::translate("ParseError", "The server's answer does not follow the protocol.");
    }
    return {};
}

} // namespace mailscout
