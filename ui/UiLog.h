// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace mailscout {

// The wizard's own events: start-up timing at info level. Off by default
// (QT_LOGGING_RULES="mailscout.ui.info=true" turns it on; mailscout-bench-gui reads it).
Q_DECLARE_LOGGING_CATEGORY(lcUi)

} // namespace mailscout
