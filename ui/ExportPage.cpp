// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportPage.h"

#include "SessionController.h"
#include "export/ExporterRegistry.h"
#include "export/PdfRenderer.h"
#include "report/DiscoveryJson.h"
#include "report/DiscoverySummary.h"

#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

namespace mailscout {

using namespace Qt::StringLiterals;

ExportPage::ExportPage(SessionController* controller, QWidget* parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_format(new QComboBox(this))
    , m_description(new QLabel(this))
    , m_preview(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("&Save…"), this))
    , m_copy(new QPushButton(tr("&Copy to clipboard"), this))
    , m_copyText(new QPushButton(tr("Copy settings as &text"), this))
    , m_openFolder(new QPushButton(tr("Open containing f&older"), this))
    , m_pdfProgress(new QProgressBar(this))
    , m_stopPdf(new QPushButton(tr("Stop making the P&DF"), this))
    , m_status(new QLabel(this))
    , m_renderer(new PdfRenderer(PdfRenderer::programPath(), this))
{
    setTitle(tr("Export"));
    setSubTitle(tr("Choose your mail program: Mailscout writes the settings in the form it reads. No password is written."));

    m_format->setObjectName(u"formatCombo"_s);
    m_format->setAccessibleName(tr("Format"));
    for (const Exporter* exporter : ExporterRegistry::instance().exporters()) {
        m_format->addItem(exporter->displayName(), exporter->id());
        m_format->setItemData(m_format->count() - 1, exporter->description(), Qt::ToolTipRole);
    }
    m_description->setObjectName(u"formatDescription"_s);
    m_description->setWordWrap(true);
    m_preview->setObjectName(u"preview"_s);
    m_preview->setReadOnly(true);
    m_preview->setTabChangesFocus(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setAccessibleName(tr("Preview"));
    m_save->setObjectName(u"saveButton"_s);
    m_save->setAccessibleDescription(tr("Saves the file under the name the mail program expects."));
    m_copy->setObjectName(u"copyButton"_s);
    m_copyText->setObjectName(u"copyTextButton"_s);
    m_copyText->setAccessibleDescription(tr("Copies the settings as plain words, to paste into a message or a ticket."));
    m_openFolder->setObjectName(u"openFolderButton"_s);
    m_openFolder->setEnabled(false);
    // No figure to show: the renderer does not report its progress, so the bar only says that it works.
    m_pdfProgress->setObjectName(u"pdfProgress"_s);
    m_pdfProgress->setRange(0, 0);
    m_pdfProgress->setTextVisible(false);
    m_pdfProgress->setAccessibleName(tr("Making the PDF"));
    m_pdfProgress->hide();
    m_stopPdf->setObjectName(u"stopPdfButton"_s);
    m_stopPdf->setAccessibleDescription(tr("Stops making the PDF; no file is written."));
    m_stopPdf->hide();
    m_status->setObjectName(u"exportStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto* formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format);
    auto* previewLabel = new QLabel(tr("Pre&view:"), this);
    previewLabel->setBuddy(m_preview);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : { m_save, m_copy, m_copyText, m_openFolder })
        buttons->addWidget(button);
    buttons->addStretch();
    auto* layout = new QGridLayout(this);
    layout->addWidget(formatLabel, 0, 0);
    layout->addWidget(m_format, 0, 1);
    layout->addWidget(m_description, 1, 1);
    layout->addWidget(previewLabel, 2, 0, Qt::AlignTop);
    layout->addWidget(m_preview, 2, 1);
    layout->addLayout(buttons, 3, 1);
    auto* pdfRow = new QHBoxLayout;
    pdfRow->addWidget(m_pdfProgress, 1);
    pdfRow->addWidget(m_stopPdf);
    layout->addLayout(pdfRow, 4, 1);
    layout->addWidget(m_status, 5, 1);
    layout->setRowStretch(2, 1);
    layout->setColumnStretch(1, 1);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportPage::updatePreview);
    connect(m_save, &QPushButton::clicked, this, &ExportPage::chooseFile);
    connect(m_copy, &QPushButton::clicked, this, &ExportPage::copyPreview);
    connect(m_copyText, &QPushButton::clicked, this, &ExportPage::copySettingsText);
    connect(m_openFolder, &QPushButton::clicked, this, &ExportPage::openFolder);
    connect(m_stopPdf, &QPushButton::clicked, this, &ExportPage::stopPdf);
    connect(m_renderer, &PdfRenderer::finished, this, &ExportPage::pdfRendered);
}

void ExportPage::initializePage()
{
    // Back and forth while a PDF is being made: the page still says so.
    if (!m_renderer->isRunning())
        m_status->clear();
    updatePreview();
}

bool ExportPage::isComplete() const
{
    return QWizardPage::isComplete() && !m_renderer->isRunning();
}

void ExportPage::setPdfRendererProgram(const QString& program)
{
    m_renderer->setProgram(program);
}

const Exporter* ExportPage::currentExporter() const
{
    return ExporterRegistry::instance().find(m_format->currentData().toString());
}

ExportInput ExportPage::input(const Exporter& exporter) const
{
    ExportInput input;
    const SetupSession* session = m_controller->session();
    if (!session)
        return input;
    // The report and JSON formats describe the whole run, even one that found nothing secure. Only they get
    // it: with every transcript and certificate it takes the event loop 10-20 ms to build, at each choice.
    if (exporter.needsDiscovery())
        input.discovery = DiscoveryJson::toJson(*session);
    const EmailAddress& address = session->address();
    input.emailAddress = address.kind() == EmailAddress::Kind::Address ? address.address() : address.host();
    input.displayName = m_controller->request().name;
    const QList<AccountConfig>& configurations = session->assessment().configurations;
    if (!configurations.isEmpty()) {
        input.config = configurations.first();
        input.alternatives = configurations.mid(1);
    }
    return input;
}

void ExportPage::updatePreview()
{
    const Exporter* exporter = currentExporter();
    m_data.clear();
    if (!exporter)
        return;
    m_description->setText(exporter->description());
    const ExportResult result = exporter->exportConfig(input(*exporter));
    m_data = result.data;
    m_preview->setPlainText(result.ok() ? QString::fromUtf8(result.data) : tr("This format cannot be written: %1").arg(result.error));
    m_save->setEnabled(result.ok() && !m_renderer->isRunning());
    m_copy->setEnabled(result.ok());
}

void ExportPage::chooseFile()
{
    const Exporter* exporter = currentExporter();
    if (!exporter || m_data.isEmpty())
        return;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!m_saved.isEmpty())
        folder = QFileInfo(m_saved.last().path).absolutePath();
    auto* dialog = new QFileDialog(this, tr("Save %1").arg(exporter->displayName()), folder);
    dialog->setObjectName(u"saveDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    if (!exporter->fileExtension().isEmpty()) {
        dialog->setNameFilters({ tr("%1 (*.%2)").arg(exporter->displayName(), exporter->fileExtension()), tr("All files (*)") });
        dialog->setDefaultSuffix(exporter->fileExtension());
    }
    dialog->selectFile(exporter->defaultFileName());
    connect(dialog, &QFileDialog::fileSelected, this, &ExportPage::saveTo);
    dialog->open();
}

void ExportPage::saveTo(const QString& path)
{
    const Exporter* exporter = currentExporter();
    if (!exporter || path.isEmpty() || m_renderer->isRunning())
        return;
    const SavedFile target { path, exporter->displayName(), exporter->id() };
    if (!exporter->printsToPdf()) {
        write(target, m_data);
        return;
    }
    // The preview shows the page; the file gets it printed, by the same renderer the CLI uses. That takes
    // a while, so it runs beside the event loop, and the file is written only from the finished PDF.
    m_pdfTarget = target;
    m_renderer->start(m_data);
    setRendering(true);
    m_status->setText(tr("Making the PDF for %1…").arg(QDir::toNativeSeparators(path)));
}

void ExportPage::pdfRendered(const ExportResult& pdf)
{
    setRendering(false);
    if (!pdf.ok()) {
        const QString message = tr("Could not make the PDF, nothing was saved: %1").arg(pdf.error);
        m_status->setText(message);
        // The render ran in the background and the user may have gone back a page: say it where it is seen.
        auto* box = new QMessageBox(QMessageBox::Warning, tr("PDF not saved"), message, QMessageBox::Close, this);
        box->setObjectName(u"pdfErrorBox"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    write(m_pdfTarget, pdf.data);
}

void ExportPage::stopPdf()
{
    m_renderer->cancel();
    setRendering(false);
    m_status->setText(tr("Stopped: the PDF was not saved."));
}

void ExportPage::setRendering(bool rendering)
{
    m_pdfProgress->setVisible(rendering);
    m_stopPdf->setVisible(rendering);
    m_save->setEnabled(!rendering && !m_data.isEmpty());
    Q_EMIT completeChanged();
}

void ExportPage::write(const SavedFile& target, const QByteArray& content)
{
    const Exporter* exporter = ExporterRegistry::instance().find(target.formatId);
    QSaveFile file(target.path);
    // Permissions go on before the content: a file meant for its owner alone is never readable by others.
    const bool ok = file.open(QIODevice::WriteOnly) && file.setPermissions(exporter->permissions())
        && file.write(content) == content.size() && file.commit();
    if (!ok) {
        m_status->setText(tr("Could not save %1: %2").arg(QDir::toNativeSeparators(target.path), file.errorString()));
        return;
    }
    m_saved.append(target);
    m_status->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(target.path)));
    m_openFolder->setEnabled(true);
}

void ExportPage::copyPreview()
{
    QGuiApplication::clipboard()->setText(QString::fromUtf8(m_data));
    m_status->setText(tr("Copied to the clipboard."));
}

void ExportPage::copySettingsText()
{
    if (const SetupSession* session = m_controller->session()) {
        QGuiApplication::clipboard()->setText(DiscoverySummary::toText(*session));
        m_status->setText(tr("The settings are on the clipboard as text."));
    }
}

void ExportPage::openFolder()
{
    if (!m_saved.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_saved.last().path).absolutePath()));
}

} // namespace mailscout
