// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace mailscout {

class Exporter;
class PdfRenderer;
class SessionController;
struct ExportInput;
struct ExportResult;

// Fourth page: the recommended settings in the format of the user's mail program. Preview first, then
// Save… (with the name and permissions that program expects) or copy to the clipboard. A PDF is printed
// in the background, with a busy indicator and a way to stop it; its file appears only once it is whole.
class ExportPage : public QWizardPage {
    Q_OBJECT

public:
    struct SavedFile {
        QString path;
        QString formatName;
        QString formatId;
    };

    ExportPage(SessionController* controller, QWidget* parent = nullptr);

    void initializePage() override;
    // Not while a PDF is being made: the last page lists the files written.
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] const QList<SavedFile>& savedFiles() const { return m_saved; }
    // Tests and benchmarks run the renderer of the build tree, or a failing one.
    void setPdfRendererProgram(const QString& program);

private:
    [[nodiscard]] const Exporter* currentExporter() const;
    [[nodiscard]] ExportInput input(const Exporter& exporter) const;
    void updatePreview();
    void chooseFile();
    void saveTo(const QString& path);
    void pdfRendered(const ExportResult& pdf);
    void stopPdf();
    void setRendering(bool rendering);
    void write(const SavedFile& target, const QByteArray& content);
    void copyPreview();
    void copySettingsText();
    void openFolder();

    SessionController* m_controller;
    QComboBox* m_format;
    QLabel* m_description;
    QPlainTextEdit* m_preview;
    QPushButton* m_save;
    QPushButton* m_copy;
    QPushButton* m_copyText;
    QPushButton* m_openFolder;
    QProgressBar* m_pdfProgress;
    QPushButton* m_stopPdf;
    QLabel* m_status;
    PdfRenderer* m_renderer;
    SavedFile m_pdfTarget; // where the PDF being made goes
    QByteArray m_data;
    QList<SavedFile> m_saved;
};

} // namespace mailscout
