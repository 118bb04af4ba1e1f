// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace mailscout {

class Exporter;
class SessionController;
struct ExportInput;

// Fourth page: the recommended settings in the format of the user's mail program. Preview first, then
// Save… (with the name and permissions that program expects) or copy to the clipboard.
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
    [[nodiscard]] const QList<SavedFile>& savedFiles() const { return m_saved; }

private:
    [[nodiscard]] const Exporter* currentExporter() const;
    [[nodiscard]] ExportInput input() const;
    void updatePreview();
    void chooseFile();
    void saveTo(const QString& path);
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
    QLabel* m_status;
    QByteArray m_data;
    QList<SavedFile> m_saved;
};

} // namespace mailscout
