// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace mailscout {

// Off by default (QT_LOGGING_RULES="mailscout.probe.debug=true" turns it on). Carries transcript text
// only after redaction, never a credential.
Q_DECLARE_LOGGING_CATEGORY(lcProbe)

} // namespace mailscout
