// SPDX-License-Identifier: GPL-3.0-or-later
// The first page alone: what is typed is checked as it is typed, the reason shows next to the field, the
// password is optional and never stored, and every input has a name a screen reader can say. No run starts.
#include "AccountPage.h"
#include "SetupWizard.h"
#include "discovery/EmailAddress.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDirIterator>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace mailscout;
using namespace Qt::StringLiterals;

class TestAccountPage : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SetupWizard> m_wizard;

    template <typename T>
    T* child(const QString& name) const
    {
        auto* widget = m_wizard->findChild<T*>(name);
        if (!widget)
            qFatal("no child %s", qPrintable(name));
        return widget;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"MailscoutTest"_s);
        QCoreApplication::setApplicationName(u"TestAccountPage"_s);
        QSettings().clear();
    }

    void init()
    {
        m_wizard = std::make_unique<SetupWizard>();
        m_wizard->show();
        QApplication::setActiveWindow(m_wizard.get());
        QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
    }

    // Sends a key to whatever has the focus, as the keyboard would.
    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : QApplication::activeWindow();
        QTest::keyClick(target, key, modifiers);
    }

    void cleanup() { m_wizard.reset(); }

    void inlineAddressValidation_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<EmailAddress::Error>("error"); // None: accepted, no message
        QTest::addRow("nothing yet") << QString() << EmailAddress::Error::None;
        QTest::addRow("no @") << u"alice"_s << EmailAddress::Error::NoAt;
        QTest::addRow("two @") << u"alice@bob@example.test"_s << EmailAddress::Error::TwoAt;
        QTest::addRow("space") << u"ali ce@example.test"_s << EmailAddress::Error::SpaceInAddress;
        QTest::addRow("no dot in domain") << u"alice@example"_s << EmailAddress::Error::DomainHasNoDot;
        QTest::addRow("valid") << u"alice@example.test"_s << EmailAddress::Error::None;
        QTest::addRow("with a name") << u"Alice <alice@example.test>"_s << EmailAddress::Error::None;
    }
    void inlineAddressValidation()
    {
        QFETCH(QString, typed);
        QFETCH(EmailAddress::Error, error);
        auto* address = child<QLineEdit>(u"addressEdit"_s);
        auto* problem = child<QLabel>(u"addressProblem"_s);
        QTest::keyClicks(address, typed);
        const bool valid = !typed.isEmpty() && error == EmailAddress::Error::None;
        QCOMPARE(m_wizard->currentPage()->isComplete(), valid);
        QCOMPARE(m_wizard->button(QWizard::NextButton)->isEnabled(), valid);
        QCOMPARE(problem->isVisible(), error != EmailAddress::Error::None);
        QCOMPARE(problem->text(), EmailAddress::errorMessage(error));
        // A screen reader hears the reason from the field itself.
        QCOMPARE(address->accessibleDescription(), EmailAddress::errorMessage(error));
    }

    void diagnoseModeByKeyboard()
    {
        press(Qt::Key_I, Qt::AltModifier);
        QTRY_VERIFY(child<QRadioButton>(u"diagnoseMode"_s)->isChecked()); // a mnemonic clicks after a short animation
        auto* host = child<QLineEdit>(u"diagnoseHost"_s);
        QVERIFY(host->isVisible());
        QVERIFY(!child<QLineEdit>(u"addressEdit"_s)->isVisible());
        press(Qt::Key_T, Qt::AltModifier); // Hos&t
        QCOMPARE(QApplication::focusWidget(), host);
        QTest::keyClicks(host, u"bad host!"_s);
        QVERIFY(!m_wizard->currentPage()->isComplete());
        QVERIFY(child<QLabel>(u"diagnoseProblem"_s)->isVisible());
        host->clear();
        QTest::keyClicks(host, u"mail.example.test"_s);
        QVERIFY(m_wizard->currentPage()->isComplete());
        auto* ports = child<QLineEdit>(u"diagnosePorts"_s);
        QTest::keyClicks(ports, u"2525, 70000"_s);
        QVERIFY(!m_wizard->currentPage()->isComplete()); // 70000 is no port
        QVERIFY(child<QLabel>(u"portsProblem"_s)->isVisible());
        ports->clear();
        QTest::keyClicks(ports, u"2525, 10993,2525"_s);
        QVERIFY(m_wizard->currentPage()->isComplete());
        QVERIFY(!child<QLabel>(u"portsProblem"_s)->isVisible());
        const SetupRequest request = qobject_cast<AccountPage*>(m_wizard->currentPage())->request();
        QCOMPARE(request.mode, SetupRequest::Mode::Diagnose);
        QCOMPARE(request.host, u"mail.example.test"_s);
        QCOMPARE(request.extraPorts, (QList<quint16> { 2525, 10993 }));
    }

    void knownServerIsCheckedToo()
    {
        QTest::keyClicks(child<QLineEdit>(u"addressEdit"_s), u"alice@example.test"_s);
        QVERIFY(!child<QLineEdit>(u"serverHost"_s)->isEnabled());
        press(Qt::Key_K, Qt::AltModifier);
        QTRY_VERIFY(child<QCheckBox>(u"knowServer"_s)->isChecked());
        QVERIFY(!m_wizard->currentPage()->isComplete()); // ticked but empty
        QTest::keyClicks(child<QLineEdit>(u"serverHost"_s), u"imap.example.test:10993"_s);
        QVERIFY(m_wizard->currentPage()->isComplete());
        QCOMPARE(qobject_cast<AccountPage*>(m_wizard->currentPage())->request().host, u"imap.example.test:10993"_s);
    }

    // The password is optional, "verify my login" is off until asked for, and nothing of it is written.
    void passwordOptionalAndNeverStored()
    {
        auto* verify = child<QCheckBox>(u"verifyLogin"_s);
        QVERIFY(!verify->isEnabled());
        QTest::keyClicks(child<QLineEdit>(u"addressEdit"_s), u"alice@example.test"_s);
        auto* password = child<QLineEdit>(u"passwordEdit"_s);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QTest::keyClicks(password, u"Canary-7f3a9c-Secret!"_s);
        QVERIFY(verify->isEnabled());
        QVERIFY(!verify->isChecked());
        auto* page = qobject_cast<AccountPage*>(m_wizard->currentPage());
        QVERIFY(!page->request().verifyLogin);
        verify->setChecked(true);
        QVERIFY(page->request().verifyLogin);
        QVERIFY(page->validatePage());
        m_wizard->done(QDialog::Rejected);
        QSettings settings;
        settings.sync();
        QCOMPARE(settings.value(u"recentAddresses"_s).toStringList().value(0), u"alice@example.test"_s);
        QDirIterator files(QFileInfo(settings.fileName()).absolutePath(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("Canary"), qPrintable(file.fileName()));
        }
    }

    void recentAddressesAreOffered()
    {
        QSettings().setValue(u"recentAddresses"_s, QStringList { u"bob@example.test"_s });
        cleanup();
        init();
        auto* address = child<QLineEdit>(u"addressEdit"_s);
        QVERIFY(address->completer());
        address->completer()->setCompletionPrefix(u"bo"_s);
        QCOMPARE(address->completer()->currentCompletion(), u"bob@example.test"_s);
    }

    void helpExplainsThePage()
    {
        QTest::mouseClick(m_wizard->button(QWizard::HelpButton), Qt::LeftButton);
        auto* box = m_wizard->findChild<QMessageBox*>(u"helpBox"_s);
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QCOMPARE(box->text(), SetupWizard::helpText(SetupWizard::AccountPageId));
        box->close();
    }

    // Every input and every view of every page has a name a screen reader can say.
    void everyInputHasAnAccessibleName()
    {
        QStringList unnamed;
        for (const int id : m_wizard->pageIds()) {
            QWizardPage* page = m_wizard->page(id);
            for (QWidget* widget : page->findChildren<QWidget*>()) {
                const bool input = qobject_cast<QLineEdit*>(widget) || qobject_cast<QSpinBox*>(widget)
                    || qobject_cast<QComboBox*>(widget)
                    || (qobject_cast<QAbstractItemView*>(widget) && !qobject_cast<QHeaderView*>(widget));
                if (input && widget->accessibleName().isEmpty() && !widget->objectName().startsWith("qt_"_L1)
                    && !qobject_cast<QAbstractSpinBox*>(widget->parentWidget())
                    && !qobject_cast<QComboBox*>(widget->parentWidget()))
                    unnamed.append(QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName());
                // Parts of Qt's own widgets (a table's corner button, a line edit's clear button) excepted.
                const bool part = qobject_cast<QAbstractItemView*>(widget->parentWidget()) || qobject_cast<QLineEdit*>(widget->parentWidget());
                if (auto* button = qobject_cast<QAbstractButton*>(widget); button && !part && button->text().isEmpty()
                    && button->accessibleName().isEmpty())
                    unnamed.append(u"button "_s + button->objectName());
            }
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    }

    void windowGeometryIsRemembered()
    {
        m_wizard->resize(901, 655);
        m_wizard->done(QDialog::Rejected);
        cleanup();
        init();
        QCOMPARE(m_wizard->size(), QSize(901, 655));
    }
};

QTEST_MAIN(TestAccountPage)
#include "TestAccountPage.moc"
