// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Endpoint.h"

#include <QList>
#include <QPointer>
#include <QWizardPage>

class QGroupBox;
class QLabel;
class QSslCertificate;
class QTableView;
class QVBoxLayout;

namespace mailscout {

class ConfigurationsModel;
class SessionController;
class SetupSession;
struct ServerSetting;

// Third page: the answer. The recommended settings as a card a person can read aloud, why, the
// alternatives, the diagnosis in plain words, and the certificate problems one may accept knowingly.
class ResultsPage : public QWizardPage {
    Q_OBJECT

public:
    ResultsPage(SessionController* controller, QWidget* parent = nullptr);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] bool hasConfiguration() const;
    [[nodiscard]] ConfigurationsModel* configurationsModel() const { return m_configurations; }

Q_SIGNALS:
    // The user compared the fingerprint and accepted this certificate for the endpoint showing it.
    void certificateAccepted(const mailscout::Endpoint& endpoint, const QSslCertificate& certificate);

private:
    void attach(SetupSession* session);
    void refresh();
    void fillCard(QGroupBox* box, const ServerSetting& server);
    void rebuildCertificateRows();
    void review(int resultIndex);

    SessionController* m_controller;
    QPointer<SetupSession> m_session;
    ConfigurationsModel* m_configurations;
    QLabel* m_headline;
    QLabel* m_revision; // a late answer changed the recommendation: say so, in words
    QGroupBox* m_incoming;
    QGroupBox* m_outgoing;
    QLabel* m_reasons;
    QTableView* m_alternatives;
    QLabel* m_diagnosis;
    QGroupBox* m_certificates;
    QVBoxLayout* m_certificateRows;
};

} // namespace mailscout
