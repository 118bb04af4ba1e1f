// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiLog.h"

namespace mailscout {

Q_LOGGING_CATEGORY(lcUi, "mailscout.ui", QtWarningMsg)

} // namespace mailscout
