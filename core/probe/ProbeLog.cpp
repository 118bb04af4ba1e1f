// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProbeLog.h"

namespace mailscout {

Q_LOGGING_CATEGORY(lcProbe, "mailscout.probe", QtWarningMsg)

} // namespace mailscout
