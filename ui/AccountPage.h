// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLineEdit;

namespace mailscout {

// First page: who the account belongs to.
class AccountPage : public QWizardPage {
    Q_OBJECT

public:
    explicit AccountPage(QWidget* parent = nullptr);

private:
    QLineEdit* m_name = nullptr;
    QLineEdit* m_address = nullptr;
};

} // namespace mailscout
