// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QTimer>
#include <QWizardPage>

class QLabel;
class QListView;
class QProgressBar;
class QPushButton;
class QTableView;

namespace mailscout {

class PortMatrixModel;
class ProbeDetailsDialog;
class SessionController;
class SetupSession;
class SourcesModel;

// Second page: the run, live. Sources with their state, the port matrix filling in, progress with counts
// and time; Stop at any moment; Next as soon as the answer is certain.
class DiscoveryPage : public QWizardPage {
    Q_OBJECT

public:
    DiscoveryPage(SessionController* controller, QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;
    bool eventFilter(QObject* watched, QEvent* event) override;

    [[nodiscard]] PortMatrixModel* matrixModel() const { return m_matrixModel; }
    [[nodiscard]] SourcesModel* sourcesModel() const { return m_sourcesModel; }

Q_SIGNALS:
    // Entering the page: the wizard hands the first page's request to the controller.
    void runRequested();

private:
    void attach(SetupSession* session);
    void refresh();
    void stopOrRestart();
    void showDetails(const QModelIndex& index);

    SessionController* m_controller;
    QPointer<SetupSession> m_session;
    SourcesModel* m_sourcesModel;
    PortMatrixModel* m_matrixModel;
    QListView* m_sourcesView;
    QTableView* m_matrixView;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_stopButton;
    QPointer<ProbeDetailsDialog> m_details;
    QTimer m_clock;
};

} // namespace mailscout
