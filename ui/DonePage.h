// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;

namespace mailscout {

class ExportPage;

// Last page: what was written where, and what to do with it in the chosen mail program.
class DonePage : public QWizardPage {
    Q_OBJECT

public:
    DonePage(const ExportPage* exportPage, QWidget* parent = nullptr);

    void initializePage() override;

    [[nodiscard]] static QString nextStep(const QString& formatId);

private:
    const ExportPage* m_exportPage;
    QLabel* m_summary;
};

} // namespace mailscout
