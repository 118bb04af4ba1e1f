// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetupWizard.h"

#include "AccountPage.h"
#include "DiscoveryPage.h"
#include "DonePage.h"
#include "ExportPage.h"
#include "OutcomeStyle.h"
#include "ResultsPage.h"
#include "SessionController.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QSettings>

namespace mailscout {

using namespace Qt::StringLiterals;

namespace {
const auto kGeometryKey = "wizard/geometry"_L1;
}

SetupWizard::SetupWizard(const SetupOptions& base, QWidget* parent)
    : QWizard(parent)
    , m_controller(new SessionController(base, this))
    , m_accountPage(new AccountPage(this))
    , m_discoveryPage(new DiscoveryPage(m_controller, this))
    , m_resultsPage(new ResultsPage(m_controller, this))
    , m_exportPage(new ExportPage(m_controller, this))
{
    setObjectName(u"setupWizard"_s);
    setWindowTitle(tr("Mailscout"));
    setWindowIcon(OutcomeStyle::namedIcon(u"mailscout"_s));
    setAccessibleName(tr("Mailscout account setup"));
    setOption(QWizard::HaveHelpButton, true);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setPage(AccountPageId, m_accountPage);
    setPage(DiscoveryPageId, m_discoveryPage);
    setPage(ResultsPageId, m_resultsPage);
    setPage(ExportPageId, m_exportPage);
    setPage(DonePageId, new DonePage(m_exportPage, this));
    setStartId(AccountPageId);
    // Our own button texts rather than QWizard's: Qt's translations (qtbase_<lang>.qm) are often not
    // installed, and a German wizard with "Next >" buttons reads as half-translated.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::HelpButton, tr("&Help"));
    button(QWizard::HelpButton)->setAccessibleDescription(tr("Explains the current page."));

    connect(m_discoveryPage, &DiscoveryPage::runRequested, m_controller,
        [this] { m_controller->start(m_accountPage->request()); });
    connect(m_resultsPage, &ResultsPage::certificateAccepted, m_controller, &SessionController::acceptCertificate);
    connect(this, &QWizard::helpRequested, this, &SetupWizard::showHelp);

    resize(860, 640);
    restoreGeometry(QSettings().value(kGeometryKey).toByteArray());
}

void SetupWizard::prefill(const QString& address, const QString& host)
{
    m_accountPage->prefill(address, host);
}

int SetupWizard::nextId() const
{
    switch (currentId()) {
    case AccountPageId:
        return DiscoveryPageId;
    case DiscoveryPageId:
        return ResultsPageId;
    case ResultsPageId:
        // Nothing secure to export: the last page says what to do instead.
        return m_resultsPage->hasConfiguration() ? ExportPageId : DonePageId;
    case ExportPageId:
        return DonePageId;
    default:
        return -1;
    }
}

void SetupWizard::done(int result)
{
    m_controller->cancel();
    QSettings().setValue(kGeometryKey, saveGeometry());
    QWizard::done(result);
}

QString SetupWizard::helpText(int pageId)
{
    switch (pageId) {
    case AccountPageId:
        return tr("Type the e-mail address you want to set up. Mailscout asks several sources which servers "
                  "belong to it and checks each one.\n\nThe password is optional: with \"Verify my login\" it is "
                  "sent only to the recommended servers over a verified encrypted connection, and it is never saved.\n\n"
                  "Technicians can choose \"Diagnose a server\" to check the seven standard mail ports of one host.");
    case DiscoveryPageId:
        return tr("Each source is asked at once; each server it names is checked as soon as it is named. In the "
                  "matrix, every cell says in words what became of one port: secure, STARTTLS, insecure, certificate "
                  "problem, refused (nothing listens) or filtered (a firewall drops it). Select a cell and press Enter "
                  "for the full transcript.\n\nNext becomes available as soon as the answer is certain; Stop ends "
                  "every check at once.");
    case ResultsPageId:
        return tr("The recommended settings are the most secure ones that work. The card can be read aloud to "
                  "somebody on the phone.\n\nIf a server's certificate cannot be trusted, you may accept that "
                  "certificate for that server only, after comparing its SHA-256 fingerprint with the one your "
                  "provider or administrator gives you.");
    case ExportPageId:
        return tr("Choose the mail program and save the file it reads, or copy it. Files never contain your "
                  "password. \"Copy settings as text\" copies a summary for a message or a ticket.");
    case DonePageId:
        return tr("This page lists the files written and what to do with them.");
    default:
        return {};
    }
}

void SetupWizard::showHelp()
{
    auto* box = new QMessageBox(QMessageBox::Information, tr("Help"), helpText(currentId()), QMessageBox::Close, this);
    box->setObjectName(u"helpBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace mailscout
