// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mailscout::test {

// The one password the whole suite uses. It must never show up in output, a transcript, a log, an
// export or on a connection before verified TLS; tests search for it (and its base64 forms) everywhere.
inline QString canaryPassword() { return QStringLiteral("Canary-7f3a9c-Secret!"); }
inline QString canaryUser() { return QStringLiteral("alice@example.test"); }

} // namespace mailscout::test
