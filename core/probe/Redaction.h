// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ProbeOptions.h"

#include <QString>

namespace mailscout {

// The last line of defence: whatever a dialog or a hostile server puts into text that leaves the probe,
// the password (as typed, or base64-encoded as SASL sends it) comes out as "<redacted>".
[[nodiscard]] QString redactSecrets(QString text, const std::optional<Credentials>& credentials);

} // namespace mailscout
