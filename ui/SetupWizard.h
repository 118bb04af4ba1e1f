// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizard>

namespace mailscout {

// The main window: one wizard from an address to an exported account. Pages read the core's
// session; none of them talks to a server.
class SetupWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { AccountPageId };

    explicit SetupWizard(QWidget* parent = nullptr);
};

} // namespace mailscout
