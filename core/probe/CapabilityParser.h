// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Capabilities.h"

#include <QByteArrayList>

namespace mailscout {

// Turns what servers advertise into Capabilities, token by token.
namespace CapabilityParser {

// The lines of a 250 reply to EHLO; the first line is the server's greeting and not a keyword (RFC 5321 §4.1.1.1).
[[nodiscard]] Capabilities fromEhlo(const QByteArrayList& lines);
// The atoms of a CAPABILITY response or response code ("IMAP4rev1 STARTTLS AUTH=PLAIN").
[[nodiscard]] Capabilities fromImap(QByteArrayView atoms);
// The body lines of a +OK reply to CAPA (RFC 2449).
[[nodiscard]] Capabilities fromPop3(const QByteArrayList& lines);

} // namespace CapabilityParser

} // namespace mailscout
