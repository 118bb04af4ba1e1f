// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SetupRequest.h"

#include <QWizardPage>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace mailscout {

// First page: whose account, or which server a technician wants to diagnose. Checks what is typed as it
// is typed and says what is wrong next to the field.
class AccountPage : public QWizardPage {
    Q_OBJECT

public:
    explicit AccountPage(QWidget* parent = nullptr);

    [[nodiscard]] SetupRequest request() const;
    // From the command line: start with these filled in (a host alone means diagnosing it).
    void prefill(const QString& address, const QString& host);

    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;

private:
    void updateState();
    void rememberAddress();
    [[nodiscard]] bool addressValid() const;
    [[nodiscard]] bool hostValid(const QLineEdit* edit) const;

    QRadioButton* m_accountMode = nullptr;
    QRadioButton* m_diagnoseMode = nullptr;
    QGroupBox* m_accountBox = nullptr;
    QGroupBox* m_diagnoseBox = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_address = nullptr;
    QLabel* m_addressProblem = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_verifyLogin = nullptr;
    QCheckBox* m_knowServer = nullptr;
    QLineEdit* m_serverHost = nullptr;
    QSpinBox* m_serverPort = nullptr;
    QLabel* m_serverProblem = nullptr;
    QLineEdit* m_diagnoseHost = nullptr;
    QLineEdit* m_diagnosePorts = nullptr;
    QLabel* m_diagnoseProblem = nullptr;
    QLabel* m_portsProblem = nullptr;
};

} // namespace mailscout
