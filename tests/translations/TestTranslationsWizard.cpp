// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard under a German system locale (LANG=de_DE.UTF-8, set by CMake), the whole way from the
// address to the written file against loopback servers only: every page, its buttons and the window
// speak German.
#include "../ui/LoopbackNetwork.h"
#include "SetupWizard.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mailscout;
using namespace mailscout::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kSettleTimeoutMs = 30'000;

// The texts of every visible label, button and group box on a widget, to search for a phrase.
QStringList visibleTexts(const QWidget* root)
{
    QStringList texts;
    for (const QLabel* label : root->findChildren<QLabel*>()) {
        if (label->isVisible())
            texts += label->text();
    }
    for (const QAbstractButton* button : root->findChildren<QAbstractButton*>()) {
        if (button->isVisible())
            texts += button->text();
    }
    for (const QGroupBox* box : root->findChildren<QGroupBox*>()) {
        if (box->isVisible())
            texts += box->title();
    }
    return texts;
}

bool showsText(const QWidget* root, const QString& text)
{
    const QStringList texts = visibleTexts(root);
    return std::any_of(texts.cbegin(), texts.cend(), [&](const QString& t) { return t.contains(text); });
}

} // namespace

class TestTranslationsWizard : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<LoopbackNetwork> m_network;
    QTemporaryDir m_exportDir;

    static void clickNext(SetupWizard& wizard)
    {
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    }

    static void checkButtons(SetupWizard& wizard)
    {
        QCOMPARE(wizard.button(QWizard::NextButton)->text(), u"&Weiter >"_s);
        QCOMPARE(wizard.button(QWizard::CancelButton)->text(), u"Abbrechen"_s);
        QCOMPARE(wizard.button(QWizard::HelpButton)->text(), u"&Hilfe"_s);
        QCOMPARE(wizard.button(QWizard::BackButton)->text(), u"< &Zurück"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"MailscoutTest"_s);
        QCoreApplication::setApplicationName(u"TestTranslationsWizard"_s);
        // No language given: it comes from the system locale, as when the program starts.
        QVERIFY2(QLocale::system().name().startsWith(u"de"_s), qPrintable(QLocale::system().name()));
        QCOMPARE(Translations::install(*QCoreApplication::instance()), u"de"_s);
        m_network = std::make_unique<LoopbackNetwork>();
        QVERIFY(m_network->isValid());
        QVERIFY(m_exportDir.isValid());
    }

    void everyPageInGerman()
    {
        auto wizard = std::make_unique<SetupWizard>(m_network->options(LoopbackNetwork::Scenario::Happy));
        wizard->controller()->setResolverFactory(LoopbackNetwork::noDns());
        wizard->show();
        QApplication::setActiveWindow(wizard.get());
        QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));

        // The window: the product name stays, the accessible name and the buttons are German.
        QCOMPARE(wizard->windowTitle(), QCoreApplication::translate("mailscout::SetupWizard", "Mailscout"));
        QCOMPARE(wizard->accessibleName(), u"Mailscout-Kontoeinrichtung"_s);
        checkButtons(*wizard);

        // Account page.
        QCOMPARE(wizard->currentId(), int(SetupWizard::AccountPageId));
        QCOMPARE(wizard->currentPage()->title(), u"Ihr E-Mail-Konto"_s);
        QVERIFY(wizard->currentPage()->subTitle().startsWith(u"Geben Sie Ihre E-Mail-Adresse ein."_s));
        QVERIFY2(showsText(wizard.get(), u"&E-Mail-Adresse:"_s),
            qPrintable(visibleTexts(wizard.get()).join(u" | "_s)));
        QVERIFY(showsText(wizard.get(), u"Mein E-Mail-Konto e&inrichten"_s));
        QVERIFY(showsText(wizard.get(), u"Einen Server &diagnostizieren (für Techniker)"_s));
        QVERIFY(!showsText(wizard.get(), u"E-mail address"_s));

        // Discovery page, until the answer is certain.
        QTest::keyClicks(wizard->findChild<QLineEdit*>(u"addressEdit"_s), u"alice@example.test"_s);
        clickNext(*wizard);
        QCOMPARE(wizard->currentId(), int(SetupWizard::DiscoveryPageId));
        QCOMPARE(wizard->currentPage()->title(), u"Ihre Server werden gesucht"_s);
        QVERIFY(showsText(wizard.get(), u"A&nhalten"_s));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), kSettleTimeoutMs);
        QVERIFY2(showsText(wizard.get(), u"&Erneut prüfen"_s)
                || showsText(wizard.get(), u"Die Antwort steht fest"_s)
                || showsText(wizard.get(), u"Alle Prüfungen"_s),
            qPrintable(visibleTexts(wizard.get()).join(u" | "_s)));
        checkButtons(*wizard);

        // Results page.
        clickNext(*wizard);
        QCOMPARE(wizard->currentId(), int(SetupWizard::ResultsPageId));
        QCOMPARE(wizard->currentPage()->title(), u"Ihre Einstellungen"_s);
        QVERIFY2(showsText(wizard.get(), u"Eingehende Mail (IMAP)"_s),
            qPrintable(visibleTexts(wizard.get()).join(u" | "_s)));
        QVERIFY(showsText(wizard.get(), u"Ausgehende Mail (SMTP)"_s));
        QVERIFY(showsText(wizard.get(), u"Benutzername:"_s));

        // Export page: save the msmtp file through the (Qt) file dialog.
        clickNext(*wizard);
        QCOMPARE(wizard->currentId(), int(SetupWizard::ExportPageId));
        QVERIFY(wizard->currentPage()->subTitle().startsWith(u"Wählen Sie Ihr Mailprogramm"_s));
        QVERIFY(showsText(wizard.get(), u"&Speichern…"_s));
        QVERIFY(showsText(wizard.get(), u"Einstellungen als &Text kopieren"_s));
        auto* format = wizard->findChild<QComboBox*>(u"formatCombo"_s);
        format->setCurrentIndex(format->findData(u"msmtp"_s));
        const QString path = m_exportDir.filePath(u"de.msmtprc"_s);
        QTest::mouseClick(wizard->findChild<QPushButton*>(u"saveButton"_s), Qt::LeftButton);
        QFileDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = wizard->findChild<QFileDialog*>(u"saveDialog"_s)) && dialog->isVisible());
        QVERIFY2(dialog->windowTitle().startsWith(u"msmtp speichern"_s)
                || dialog->windowTitle().endsWith(u" speichern"_s),
            qPrintable(dialog->windowTitle()));
        dialog->selectFile(path);
        static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept, through the public base
        QTRY_VERIFY(QFile::exists(path));

        // Done page.
        clickNext(*wizard);
        QCOMPARE(wizard->currentId(), int(SetupWizard::DonePageId));
        QCOMPARE(wizard->currentPage()->title(), u"Fertig"_s);
        QCOMPARE(wizard->currentPage()->subTitle(), u"Ihre Einstellungen sind geschrieben."_s);
        QCOMPARE(wizard->button(QWizard::FinishButton)->text(), u"&Fertigstellen"_s);
        QVERIFY(showsText(wizard.get(), u"In keine Datei wurde ein Passwort geschrieben."_s));
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QVERIFY(!wizard->isVisible());
    }
};

QTEST_MAIN(TestTranslationsWizard)
#include "TestTranslationsWizard.moc"
