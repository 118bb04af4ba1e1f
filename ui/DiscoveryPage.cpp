// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiscoveryPage.h"

#include "PortMatrixModel.h"
#include "ProbeDetailsDialog.h"
#include "SessionController.h"
#include "SourcesModel.h"
#include "session/SetupSession.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace mailscout {

using namespace Qt::StringLiterals;

DiscoveryPage::DiscoveryPage(SessionController* controller, QWidget* parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_sourcesModel(new SourcesModel(this))
    , m_matrixModel(new PortMatrixModel(this))
    , m_sourcesView(new QListView(this))
    , m_matrixView(new QTableView(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_stopButton(new QPushButton(tr("S&top"), this))
{
    setTitle(tr("Looking for your servers"));
    setSubTitle(tr("Every source is asked at once and every server is checked as soon as it is named."));

    m_sourcesView->setObjectName(u"sourcesView"_s);
    m_sourcesView->setModel(m_sourcesModel);
    m_sourcesView->setAccessibleName(tr("Sources"));
    m_sourcesView->setAccessibleDescription(tr("Where Mailscout looks for server names, and what each one found."));
    m_sourcesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Room for every source without scrolling; the matrix takes the rest.
    m_sourcesView->setFixedHeight((m_sourcesView->fontMetrics().height() + 10) * 7 + 4);

    m_matrixView->setObjectName(u"portMatrix"_s);
    m_matrixView->setModel(m_matrixModel);
    m_matrixView->setAccessibleName(tr("Port matrix"));
    m_matrixView->setAccessibleDescription(
        tr("One row per server, one column per protocol and port. Press Enter on a cell for the details of that check."));
    m_matrixView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrixView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrixView->setTabKeyNavigation(false);
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_matrixView->horizontalHeader()->setMinimumSectionSize(m_matrixView->fontMetrics().horizontalAdvance(u"X checking…X"_s) + 24);
    m_matrixView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_progress->setObjectName(u"progress"_s);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setTextVisible(true);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    m_stopButton->setObjectName(u"stopButton"_s);

    auto* sourcesLabel = new QLabel(tr("&Sources:"), this);
    sourcesLabel->setBuddy(m_sourcesView);
    auto* matrixLabel = new QLabel(tr("&Ports checked:"), this);
    matrixLabel->setBuddy(m_matrixView);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_stopButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(sourcesLabel);
    layout->addWidget(m_sourcesView);
    layout->addWidget(matrixLabel);
    layout->addWidget(m_matrixView, 1);
    layout->addLayout(progressRow);
    layout->addWidget(m_status);

    m_clock.setInterval(200);
    connect(&m_clock, &QTimer::timeout, this, &DiscoveryPage::refresh);
    connect(m_stopButton, &QPushButton::clicked, this, &DiscoveryPage::stopOrRestart);
    connect(m_matrixView, &QAbstractItemView::clicked, this, &DiscoveryPage::showDetails);
    // Enter on a cell opens its details; the view would let the key through to the wizard's Next as well.
    m_matrixView->installEventFilter(this);
    connect(m_controller, &SessionController::sessionStarted, this, &DiscoveryPage::attach);
}

bool DiscoveryPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_matrixView && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_matrixView->currentIndex().isValid()) {
            showDetails(m_matrixView->currentIndex());
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

void DiscoveryPage::initializePage()
{
    Q_EMIT runRequested();
}

void DiscoveryPage::cleanupPage()
{
    m_controller->cancel();
}

void DiscoveryPage::attach(SetupSession* session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_sourcesModel->setSession(session);
    m_matrixModel->setSession(session);
    connect(session, &SetupSession::probeStarted, this, &DiscoveryPage::refresh);
    connect(session, &SetupSession::probeFinished, this, &DiscoveryPage::refresh);
    connect(session, &SetupSession::candidateFound, this, &DiscoveryPage::refresh);
    connect(session, &SetupSession::rankingRevised, this, &DiscoveryPage::refresh);
    connect(session, &SetupSession::rankingSettled, this, [this] {
        refresh();
        Q_EMIT completeChanged();
    });
    connect(session, &SetupSession::finished, this, [this] {
        m_clock.stop();
        refresh();
        Q_EMIT completeChanged();
    });
    m_clock.start();
    refresh();
    Q_EMIT completeChanged();
}

bool DiscoveryPage::isComplete() const
{
    return m_session && (m_session->assessment().settled || m_session->isFinished());
}

void DiscoveryPage::refresh()
{
    if (!m_session)
        return;
    QSet<Endpoint> planned;
    for (const Candidate& candidate : m_session->candidates())
        planned.insert(candidate.endpoint);
    QSet<Endpoint> done;
    for (const ProbeResult& result : m_session->results())
        done.insert(result.endpoint);
    const auto running = static_cast<int>(m_session->runningEndpoints().size());
    const auto total = static_cast<int>(planned.size());
    const auto finished = static_cast<int>(done.size());
    const QString seconds = QLocale().toString(m_session->elapsedMs() / 1000.0, 'f', 1);

    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(m_session->isFinished() ? std::max(total, 1) : finished);
    m_progress->setFormat(tr("%1 of %2 checked, %3 running — %4 s").arg(finished).arg(total).arg(running).arg(seconds));
    m_progress->setAccessibleDescription(m_progress->format());

    QString status;
    if (m_session->wasCancelled())
        status = tr("Stopped. You can look at what was found so far, or check again.");
    else if (m_session->isFinished())
        status = tr("All checks are done.");
    else if (m_session->assessment().settled)
        status = tr("The answer is certain; the remaining checks finish in the background. %1").arg(m_session->assessment().settledReason);
    else
        status = tr("Checking…");
    if (!m_session->revisions().isEmpty())
        status += u' ' + m_session->revisions().constLast().message;
    m_status->setText(status);
    m_stopButton->setText(m_session->isFinished() ? tr("Check &again") : tr("S&top"));
    m_stopButton->setAccessibleDescription(m_session->isFinished() ? tr("Runs every check again.")
                                                                   : tr("Stops every check now."));
}

void DiscoveryPage::stopOrRestart()
{
    if (m_session && !m_session->isFinished())
        m_controller->cancel();
    else
        m_controller->restart();
}

void DiscoveryPage::showDetails(const QModelIndex& index)
{
    const std::optional<ProbeResult> result = m_matrixModel->resultAt(index);
    if (!result || (m_details && m_details->isVisible()))
        return;
    m_details = new ProbeDetailsDialog(*result, this);
    m_details->setAttribute(Qt::WA_DeleteOnClose);
    m_details->open();
}

} // namespace mailscout
