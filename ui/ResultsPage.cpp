// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResultsPage.h"

#include "AcceptCertificateDialog.h"
#include "ConfigurationsModel.h"
#include "OutcomeStyle.h"
#include "SessionController.h"
#include "session/SetupSession.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace mailscout {

using namespace Qt::StringLiterals;

namespace {

const QStringList kCardFields { u"Server"_s, u"Port"_s, u"Security"_s, u"Username"_s, u"Login"_s };

QGroupBox* makeCard(const QString& title, const QString& prefix, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    box->setObjectName(prefix + u"Card"_s);
    auto* form = new QFormLayout(box);
    const QStringList titles { ResultsPage::tr("Server:"), ResultsPage::tr("Port:"), ResultsPage::tr("Security:"),
        ResultsPage::tr("Username:"), ResultsPage::tr("Login:") };
    for (qsizetype i = 0; i < kCardFields.size(); ++i) {
        auto* value = new QLabel(box);
        value->setObjectName(prefix + kCardFields.at(i));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setFocusPolicy(Qt::TabFocus);
        QFont bold = value->font();
        bold.setBold(true);
        value->setFont(bold);
        auto* label = new QLabel(titles.at(i), box);
        label->setBuddy(value);
        form->addRow(label, value);
    }
    return box;
}

QString bullets(const QStringList& lines)
{
    QString html;
    for (const QString& line : lines)
        html += u"<li>"_s + line.toHtmlEscaped() + u"</li>"_s;
    return html.isEmpty() ? QString() : u"<ul style=\"margin-left: 0\">"_s + html + u"</ul>"_s;
}

bool certificateProblem(const ProbeResult& result)
{
    return OutcomeStyle::kindOf(result) == OutcomeStyle::Kind::Certificate && !result.tls.chain.isEmpty();
}

} // namespace

ResultsPage::ResultsPage(SessionController* controller, QWidget* parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_configurations(new ConfigurationsModel(this))
    , m_headline(new QLabel(this))
    , m_revision(new QLabel(this))
    , m_incoming(makeCard(tr("Incoming mail"), u"incoming"_s, this))
    , m_outgoing(makeCard(tr("Outgoing mail"), u"outgoing"_s, this))
    , m_reasons(new QLabel(this))
    , m_alternatives(new QTableView(this))
    , m_diagnosis(new QLabel(this))
    , m_certificates(new QGroupBox(tr("Certificate problems"), this))
    , m_certificateRows(new QVBoxLayout(m_certificates))
{
    setTitle(tr("Your settings"));
    setSubTitle(tr("Type these into your mail program, or export them on the next page."));

    m_headline->setObjectName(u"headline"_s);
    m_headline->setWordWrap(true);
    m_reasons->setObjectName(u"reasons"_s);
    m_reasons->setWordWrap(true);
    m_reasons->setAccessibleName(tr("Why these settings"));
    m_revision->setObjectName(u"revision"_s);
    m_revision->setWordWrap(true);
    m_revision->setAccessibleName(tr("Late answer"));
    m_revision->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_revision->hide();
    m_diagnosis->setObjectName(u"diagnosis"_s);
    m_diagnosis->setWordWrap(true);
    m_diagnosis->setAccessibleName(tr("Diagnosis"));
    m_diagnosis->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_alternatives->setObjectName(u"alternatives"_s);
    m_alternatives->setModel(m_configurations);
    m_alternatives->setAccessibleName(tr("All secure configurations"));
    m_alternatives->setAccessibleDescription(tr("Ranked best first; hover a row for its reasons."));
    m_alternatives->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_alternatives->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_alternatives->setTabKeyNavigation(false);
    m_alternatives->verticalHeader()->hide();
    m_alternatives->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_alternatives->horizontalHeader()->setStretchLastSection(true);
    m_alternatives->setMinimumHeight(m_alternatives->fontMetrics().height() * 6);
    m_certificates->setObjectName(u"certificateProblems"_s);

    auto* cards = new QHBoxLayout;
    cards->addWidget(m_incoming);
    cards->addWidget(m_outgoing);
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(m_headline);
    layout->addWidget(m_revision);
    layout->addLayout(cards);
    layout->addWidget(m_reasons);
    layout->addWidget(m_certificates);
    layout->addWidget(m_diagnosis);
    auto* alternativesLabel = new QLabel(tr("&All secure configurations:"), content);
    alternativesLabel->setBuddy(m_alternatives);
    layout->addWidget(alternativesLabel);
    layout->addWidget(m_alternatives, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_controller, &SessionController::sessionStarted, this, &ResultsPage::attach);
}

void ResultsPage::initializePage()
{
    attach(m_controller->session());
}

void ResultsPage::attach(SetupSession* session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (session) {
        connect(session, &SetupSession::rankingChanged, this, &ResultsPage::refresh);
        connect(session, &SetupSession::rankingSettled, this, &ResultsPage::refresh);
        connect(session, &SetupSession::rankingRevised, this, &ResultsPage::refresh);
        connect(session, &SetupSession::finished, this, &ResultsPage::refresh);
    }
    refresh();
}

bool ResultsPage::isComplete() const
{
    return m_session && (m_session->assessment().settled || m_session->isFinished());
}

bool ResultsPage::hasConfiguration() const
{
    return m_session && !m_session->assessment().configurations.isEmpty();
}

void ResultsPage::fillCard(QGroupBox* box, const ServerSetting& server)
{
    const Endpoint& e = server.endpoint;
    const QString prefix = box->objectName().chopped(4);
    box->setTitle(box == m_incoming ? tr("Incoming mail (%1)").arg(protocolName(e.protocol).toUpper())
                                    : tr("Outgoing mail (%1)").arg(protocolName(e.protocol).toUpper()));
    const QString login = server.authMethod == "OAuth2"_L1 ? tr("OAuth2 (sign in with the provider)")
                                                            : tr("Normal password");
    const QStringList values { e.host, QString::number(e.port), ConfigurationsModel::securityText(e.security),
        server.username.isEmpty() ? tr("(your usual login name)") : server.username,
        server.loginVerified ? tr("%1, verified").arg(login) : login };
    for (qsizetype i = 0; i < kCardFields.size(); ++i) {
        auto* label = box->findChild<QLabel*>(prefix + kCardFields.at(i));
        label->setText(values.at(i));
        label->setAccessibleName(box->title() + u' ' + kCardFields.at(i));
    }
}

void ResultsPage::refresh()
{
    const Assessment assessment = m_session ? m_session->assessment() : Assessment {};
    const bool have = !assessment.configurations.isEmpty();
    m_configurations->setConfigurations(assessment.configurations);
    m_incoming->setVisible(have);
    m_outgoing->setVisible(have);
    if (have) {
        const AccountConfig& best = assessment.configurations.first();
        fillCard(m_incoming, best.incoming);
        fillCard(m_outgoing, best.outgoing);
        m_reasons->setText(tr("<b>Why these:</b>") + bullets(best.reasons + best.warnings));
    } else {
        m_reasons->clear();
    }
    if (!m_session)
        m_headline->clear();
    else if (!isComplete())
        m_headline->setText(tr("Checking again…"));
    else if (have)
        m_headline->setText(tr("Recommended settings for %1:").arg(m_controller->subject()));
    else
        m_headline->setText(tr("No secure configuration was found for %1.").arg(m_controller->subject()));
    QStringList revisions;
    if (m_session) {
        for (const Revision& revision : m_session->revisions())
            revisions.append(revision.message);
    }
    m_revision->setText(revisions.isEmpty() ? QString() : tr("<b>Changed after a late answer:</b>") + bullets(revisions));
    m_revision->setVisible(!revisions.isEmpty());
    QStringList findings;
    for (const Diagnosis& finding : assessment.diagnosis)
        findings.append(finding.message);
    m_diagnosis->setText(findings.isEmpty() ? QString() : tr("<b>What Mailscout noticed:</b>") + bullets(findings));
    m_diagnosis->setVisible(!findings.isEmpty());
    rebuildCertificateRows();
    Q_EMIT completeChanged();
}

void ResultsPage::rebuildCertificateRows()
{
    while (QLayoutItem* item = m_certificateRows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_session || !isComplete()) {
        m_certificates->hide();
        return;
    }
    QList<Endpoint> shown;
    const QList<ProbeResult>& results = m_session->results();
    for (int i = 0; i < results.size(); ++i) {
        const ProbeResult& result = results.at(i);
        if (!certificateProblem(result) || shown.contains(result.endpoint))
            continue;
        shown.append(result.endpoint);
        auto* row = new QWidget(m_certificates);
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto* text = new QLabel(tr("%1:%2 — %3").arg(result.endpoint.host).arg(result.endpoint.port)
                                    .arg(result.tls.errorMessages.join(u"; "_s)), row);
        text->setWordWrap(true);
        auto* button = new QPushButton(tr("&Review and accept…"), row);
        button->setObjectName(u"reviewCertificate"_s);
        button->setAccessibleName(tr("Review and accept the certificate of %1 port %2").arg(result.endpoint.host).arg(result.endpoint.port));
        connect(button, &QPushButton::clicked, this, [this, i] { review(i); });
        rowLayout->addWidget(text, 1);
        rowLayout->addWidget(button);
        m_certificateRows->addWidget(row);
    }
    m_certificates->setVisible(!shown.isEmpty());
}

void ResultsPage::review(int resultIndex)
{
    if (!m_session || resultIndex >= m_session->results().size())
        return;
    auto* dialog = new AcceptCertificateDialog(m_session->results().at(resultIndex), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { Q_EMIT certificateAccepted(dialog->endpoint(), dialog->certificate()); });
    dialog->open();
}

} // namespace mailscout
