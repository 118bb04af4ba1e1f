// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetupWizard.h"

#include "AccountPage.h"

namespace mailscout {

SetupWizard::SetupWizard(QWidget* parent)
    : QWizard(parent)
{
    setWindowTitle(tr("Mailscout"));
    setAccessibleName(tr("Mailscout account setup"));
    setOption(QWizard::HaveHelpButton, false);
    setPage(AccountPageId, new AccountPage(this));
    setStartId(AccountPageId);
}

} // namespace mailscout
