// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QString>

namespace mailscout::test {

inline QString cliPath() { return QStringLiteral(MAILSCOUT_CLI_PATH); }
inline QString guiPath() { return QStringLiteral(MAILSCOUT_GUI_PATH); }
inline QString sourceDir() { return QStringLiteral(MAILSCOUT_SOURCE_DIR); }
// ../shared beside the project: ISPDB files and validators written by others. May be absent.
inline QString sharedDir() { return QDir::cleanPath(QStringLiteral(MAILSCOUT_SHARED_DIR)); }

} // namespace mailscout::test
