// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard from an address to an exported file, driven like a person would, against loopback servers
// only (scripted ones, and the real Dovecot/Postfix when they can run): the happy path, Stop mid-run, a
// certificate problem accepted knowingly, and the whole way by keyboard. Every model is watched by
// QAbstractItemModelTester while the real session feeds it.
#include "AcceptCertificateDialog.h"
#include "Canary.h"
#include "ConfigurationsModel.h"
#include "DiscoveryPage.h"
#include "LoopbackNetwork.h"
#include "PortMatrixModel.h"
#include "ProbeDetailsDialog.h"
#include "RealMailServers.h"
#include "ResultsPage.h"
#include "SetupWizard.h"
#include "SourcesModel.h"
#include "export/ExporterRegistry.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace mailscout;
using namespace mailscout::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kSettleTimeoutMs = 30'000;
constexpr auto kReport = QAbstractItemModelTester::FailureReportingMode::QtTest;

QModelIndex findCell(const QAbstractItemModel& model, OutcomeStyle::Kind kind)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            if (model.index(row, column).data(PortMatrixModel::KindRole).toInt() == static_cast<int>(kind))
                return model.index(row, column);
        }
    }
    return {};
}

// Sends a key to whatever has the focus, as the keyboard would.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : QApplication::activeWindow();
    QTest::keyClick(target, key, modifiers);
}

} // namespace

class TestSetupWizard : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<LoopbackNetwork> m_network;
    RealMailServers m_servers;
    QString m_serversUnavailable;
    QTemporaryDir m_exportDir;

    std::unique_ptr<SetupWizard> makeWizard(const SetupOptions& options)
    {
        auto wizard = std::make_unique<SetupWizard>(options);
        wizard->controller()->setResolverFactory(LoopbackNetwork::noDns());
        wizard->show();
        QApplication::setActiveWindow(wizard.get());
        if (!QTest::qWaitForWindowActive(wizard.get()))
            qWarning("wizard not active");
        return wizard;
    }

    static void clickNext(SetupWizard& wizard) { QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton); }

    static void startRun(SetupWizard& wizard)
    {
        QTest::keyClicks(wizard.findChild<QLineEdit*>(u"addressEdit"_s), u"alice@example.test"_s);
        clickNext(wizard);
    }

    // Save… on the export page, then the file dialog answered with this path.
    static void saveAs(SetupWizard& wizard, const QString& path)
    {
        QTest::mouseClick(wizard.findChild<QPushButton*>(u"saveButton"_s), Qt::LeftButton);
        QFileDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = wizard.findChild<QFileDialog*>(u"saveDialog"_s)) && dialog->isVisible());
        dialog->selectFile(path);
        static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept, through the public base
    }

    SetupOptions realServerOptions()
    {
        SetupOptions options = m_network->base();
        const RealMailServers::Ports p = m_servers.ports();
        const QString a = m_servers.address();
        const std::pair<quint16, quint16> routes[] = { { 993, p.imaps }, { 143, p.imap }, { 995, p.pop3s },
            { 110, p.pop3 }, { 465, p.submissions }, { 587, p.submission }, { 25, p.smtp } };
        for (const auto& [from, to] : routes)
            LoopbackNetwork::route(options, from, to, a);
        return options;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"MailscoutTest"_s);
        QCoreApplication::setApplicationName(u"TestSetupWizard"_s);
        m_network = std::make_unique<LoopbackNetwork>();
        QVERIFY(m_network->isValid());
        QVERIFY(m_exportDir.isValid());
        m_serversUnavailable = RealMailServers::unavailableReason();
        if (m_serversUnavailable.isEmpty()) {
            QString error;
            QVERIFY2(m_servers.start(m_network->goodCertificate(), canaryUser(), canaryPassword(), &error), qPrintable(error));
        }
    }

    void happyPath_data()
    {
        QTest::addColumn<bool>("realServers");
        QTest::addRow("scripted servers, other ports filtered") << false;
        QTest::addRow("real Dovecot and Postfix") << true;
    }
    void happyPath()
    {
        QFETCH(bool, realServers);
        if (realServers && !m_serversUnavailable.isEmpty())
            QSKIP(qPrintable(u"Dovecot/Postfix cannot run here: "_s + m_serversUnavailable));
        auto wizard = makeWizard(realServers ? realServerOptions() : m_network->options(LoopbackNetwork::Scenario::Happy));
        auto* discovery = qobject_cast<DiscoveryPage*>(wizard->page(SetupWizard::DiscoveryPageId));
        auto* results = qobject_cast<ResultsPage*>(wizard->page(SetupWizard::ResultsPageId));
        QAbstractItemModelTester matrixTester(discovery->matrixModel(), kReport);
        QAbstractItemModelTester sourcesTester(discovery->sourcesModel(), kReport);
        QAbstractItemModelTester configurationsTester(results->configurationsModel(), kReport);
        // Next must stay disabled until the ranking settles: checked at every probe event.
        int nextTooEarly = 0;
        connect(wizard->controller(), &SessionController::sessionStarted, this, [&](SetupSession* session) {
            const auto check = [&, session] {
                nextTooEarly += !session->assessment().settled && wizard->button(QWizard::NextButton)->isEnabled();
            };
            connect(session, &SetupSession::probeStarted, this, check);
            connect(session, &SetupSession::probeFinished, this, check);
        });

        startRun(*wizard);
        QCOMPARE(wizard->currentId(), int(SetupWizard::DiscoveryPageId));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), kSettleTimeoutMs);
        SetupSession* session = wizard->controller()->session();
        QVERIFY(session->assessment().settled);
        QCOMPARE(nextTooEarly, 0);
        if (!realServers)
            QVERIFY(!session->isFinished()); // the filtered ports are still being waited for

        // A secure cell says so in words, for screen readers too, with an icon and a tint; clicking it
        // shows that probe's details.
        const QModelIndex secure = findCell(*discovery->matrixModel(), OutcomeStyle::Kind::Secure);
        QVERIFY(secure.isValid());
        QVERIFY(secure.data(Qt::AccessibleTextRole).toString().contains(OutcomeStyle::word(OutcomeStyle::Kind::Secure)));
        QVERIFY(secure.data(Qt::AccessibleTextRole).toString().contains(discovery->matrixModel()->headerData(secure.row(), Qt::Vertical).toString()));
        QVERIFY(!secure.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(secure.data(Qt::BackgroundRole).isValid());
        auto* matrix = wizard->findChild<QTableView*>(u"portMatrix"_s);
        matrix->scrollTo(secure);
        QTest::mouseClick(matrix->viewport(), Qt::LeftButton, {}, matrix->visualRect(secure).center());
        ProbeDetailsDialog* details = nullptr;
        QTRY_VERIFY((details = wizard->findChild<ProbeDetailsDialog*>(u"probeDetails"_s)) && details->isVisible());
        auto* tabs = details->findChild<QTabWidget*>(u"detailTabs"_s);
        QCOMPARE(tabs->count(), 5);
        QVERIFY(qobject_cast<QPlainTextEdit*>(tabs->widget(1))->toPlainText().contains(u"S: "_s));
        QVERIFY(qobject_cast<QPlainTextEdit*>(tabs->widget(3))->toPlainText().contains(u"SHA-256"_s));
        details->close();

        clickNext(*wizard);
        QCOMPARE(wizard->currentId(), int(SetupWizard::ResultsPageId));
        QCOMPARE(wizard->findChild<QLabel*>(u"incomingPort"_s)->text(), u"993"_s);
        QCOMPARE(wizard->findChild<QLabel*>(u"outgoingPort"_s)->text(), u"465"_s);
        QCOMPARE(wizard->findChild<QLabel*>(u"incomingSecurity"_s)->text(), ConfigurationsModel::securityText(Security::ImplicitTls));
        QCOMPARE(wizard->findChild<QLabel*>(u"incomingUsername"_s)->text(), u"alice@example.test"_s);
        QVERIFY(!wizard->findChild<QLabel*>(u"reasons"_s)->text().isEmpty());
        QVERIFY(results->configurationsModel()->rowCount() >= 1);

        clickNext(*wizard);
        QCOMPARE(wizard->currentId(), int(SetupWizard::ExportPageId));
        auto* format = wizard->findChild<QComboBox*>(u"formatCombo"_s);
        format->setCurrentIndex(format->findData(u"msmtp"_s));
        const QString preview = wizard->findChild<QPlainTextEdit*>(u"preview"_s)->toPlainText();
        QVERIFY2(preview.contains(u"465"_s), qPrintable(preview));
        const QString path = m_exportDir.filePath(u"happy-%1.msmtprc"_s.arg(realServers));
        saveAs(*wizard, path);
        QTRY_VERIFY(QFile::exists(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), preview);
        constexpr auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
        QCOMPARE(file.permissions() & others, ExporterRegistry::instance().find(u"msmtp")->permissions() & others);

        clickNext(*wizard);
        QCOMPARE(wizard->currentId(), int(SetupWizard::DonePageId));
        QVERIFY(wizard->findChild<QLabel*>(u"doneSummary"_s)->text().contains(QDir::toNativeSeparators(path).toHtmlEscaped()));
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QVERIFY(!wizard->isVisible());
        QTRY_VERIFY(wizard->controller()->findChildren<QAbstractSocket*>().isEmpty());
    }

    void cancelMidRun()
    {
        auto wizard = makeWizard(m_network->options(LoopbackNetwork::Scenario::AllFiltered));
        auto* discovery = qobject_cast<DiscoveryPage*>(wizard->page(SetupWizard::DiscoveryPageId));
        QAbstractItemModelTester matrixTester(discovery->matrixModel(), kReport);
        QAbstractItemModelTester sourcesTester(discovery->sourcesModel(), kReport);
        startRun(*wizard);
        QPointer<SetupSession> session = wizard->controller()->session();
        QTRY_VERIFY(!session->runningEndpoints().isEmpty());
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        auto* stop = wizard->findChild<QPushButton*>(u"stopButton"_s);
        QTest::mouseClick(stop, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(session->isFinished(), 2'000);
        QVERIFY(session->wasCancelled());
        QTRY_VERIFY(session->findChildren<QAbstractSocket*>().isEmpty());
        // A sane state: nothing spins, the page says what happened, and one can go on, back or again.
        QVERIFY(!findCell(*discovery->matrixModel(), OutcomeStyle::Kind::Running).isValid());
        QVERIFY(findCell(*discovery->matrixModel(), OutcomeStyle::Kind::Cancelled).isValid());
        QCOMPARE(stop->text(), u"Check &again"_s);
        QVERIFY(wizard->findChild<QLabel*>(u"statusLabel"_s)->text().startsWith(u"Stopped."_s));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        clickNext(*wizard);
        QVERIFY(wizard->findChild<QLabel*>(u"headline"_s)->text().startsWith(u"No secure configuration"_s));
        wizard->back();
        wizard->back();
        QCOMPARE(wizard->currentId(), int(SetupWizard::AccountPageId));
        clickNext(*wizard); // and again, from the start
        QVERIFY(wizard->controller()->session() != session.data());
        QTRY_VERIFY(!wizard->controller()->session()->runningEndpoints().isEmpty());
        QTRY_VERIFY(!session); // the stopped run is gone
        wizard->done(QDialog::Rejected);
        QTRY_VERIFY(wizard->controller()->findChildren<QAbstractSocket*>().isEmpty());
    }

    void certificateProblemAcceptedKnowingly()
    {
        auto wizard = makeWizard(m_network->options(LoopbackNetwork::Scenario::SelfSignedImap));
        auto* discovery = qobject_cast<DiscoveryPage*>(wizard->page(SetupWizard::DiscoveryPageId));
        auto* results = qobject_cast<ResultsPage*>(wizard->page(SetupWizard::ResultsPageId));
        QAbstractItemModelTester matrixTester(discovery->matrixModel(), kReport);
        QAbstractItemModelTester configurationsTester(results->configurationsModel(), kReport);
        startRun(*wizard);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), kSettleTimeoutMs);
        QVERIFY(findCell(*discovery->matrixModel(), OutcomeStyle::Kind::Certificate).isValid());
        clickNext(*wizard);
        QVERIFY(wizard->findChild<QLabel*>(u"headline"_s)->text().startsWith(u"No secure configuration"_s));
        QVERIFY(wizard->findChild<QWidget*>(u"certificateProblems"_s)->isVisible());

        QTest::mouseClick(wizard->findChild<QPushButton*>(u"reviewCertificate"_s), Qt::LeftButton);
        AcceptCertificateDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = wizard->findChild<AcceptCertificateDialog*>()) && dialog->isVisible());
        const Endpoint accepted = dialog->endpoint();
        QCOMPARE(accepted.port, 993);
        QCOMPARE(dialog->findChild<QLabel*>(u"fingerprint"_s)->text(),
            CertificateInfo::from(m_network->selfSignedCertificate().certificate).sha256Fingerprint);
        auto* accept = dialog->findChild<QPushButton*>(u"acceptButton"_s);
        QVERIFY(!accept->isEnabled()); // never by accident
        QTest::mouseClick(dialog->findChild<QWidget*>(u"confirmFingerprint"_s), Qt::LeftButton);
        QVERIFY(accept->isEnabled());
        const SetupSession* before = wizard->controller()->session();
        QTest::mouseClick(accept, Qt::LeftButton);

        QVERIFY(wizard->controller()->session() != before);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->findChild<QLabel*>(u"headline"_s)->text().startsWith(u"Recommended"_s), kSettleTimeoutMs);
        QCOMPARE(wizard->findChild<QLabel*>(u"incomingServer"_s)->text(), accepted.host);
        QCOMPARE(wizard->findChild<QLabel*>(u"incomingPort"_s)->text(), u"993"_s);
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        // The acceptance holds for that endpoint and no other, even where the same certificate shows up.
        int acceptedResults = 0;
        for (const ProbeResult& result : wizard->controller()->session()->results()) {
            if (result.endpoint == accepted) {
                ++acceptedResults;
                QVERIFY(result.tls.acceptedByUser);
                QVERIFY(result.isSecure());
            } else {
                QVERIFY2(!result.tls.acceptedByUser, qPrintable(result.endpoint.toString()));
            }
        }
        QCOMPARE(acceptedResults, 1);
        QVERIFY(findCell(*discovery->matrixModel(), OutcomeStyle::Kind::Accepted).isValid());
        QVERIFY(findCell(*discovery->matrixModel(), OutcomeStyle::Kind::Certificate).isValid());
    }

    // A technician's path: one host, its seven standard ports and an extra one, every protocol tried there.
    void diagnoseAServer()
    {
        SetupOptions options = m_network->options(LoopbackNetwork::Scenario::Happy);
        LoopbackNetwork::route(options, 2525, m_network->imapPort());
        auto wizard = makeWizard(options);
        auto* discovery = qobject_cast<DiscoveryPage*>(wizard->page(SetupWizard::DiscoveryPageId));
        PortMatrixModel& matrix = *discovery->matrixModel();
        QAbstractItemModelTester matrixTester(&matrix, kReport);
        QAbstractItemModelTester sourcesTester(discovery->sourcesModel(), kReport);
        auto* diagnose = wizard->findChild<QRadioButton*>(u"diagnoseMode"_s);
        QTest::mouseClick(diagnose, Qt::LeftButton, {}, QPoint(8, diagnose->height() / 2)); // on the indicator
        QTest::keyClicks(wizard->findChild<QLineEdit*>(u"diagnoseHost"_s), u"mail.example.test"_s);
        QTest::keyClicks(wizard->findChild<QLineEdit*>(u"diagnosePorts"_s), u"2525"_s);
        QVERIFY(diagnose->isChecked());
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        clickNext(*wizard);
        QCOMPARE(wizard->currentId(), int(SetupWizard::DiscoveryPageId));
        QVERIFY(wizard->controller()->session());
        QTRY_VERIFY_WITH_TIMEOUT(wizard->controller()->session()->isFinished(), kSettleTimeoutMs);
        QCOMPARE(matrix.rowCount(), 1);
        QCOMPARE(matrix.headerData(0, Qt::Vertical).toString(), u"mail.example.test"_s);
        QCOMPARE(matrix.columnCount(), 7 + 3 * 2); // the standard ports, then 2525 for each protocol, TLS and STARTTLS
        QHash<QString, OutcomeStyle::Kind> cells;
        for (int column = 0; column < matrix.columnCount(); ++column) {
            cells.insert(matrix.headerData(column, Qt::Horizontal).toString(),
                static_cast<OutcomeStyle::Kind>(matrix.index(0, column).data(PortMatrixModel::KindRole).toInt()));
        }
        QCOMPARE(cells.value(u"IMAP 2525 TLS"_s), OutcomeStyle::Kind::Secure);
        QCOMPARE(cells.value(u"IMAP 993"_s), OutcomeStyle::Kind::Secure);
        QCOMPARE(cells.value(u"SMTP 465"_s), OutcomeStyle::Kind::Secure);
        QCOMPARE(cells.value(u"IMAP 143"_s), OutcomeStyle::Kind::Filtered);
        clickNext(*wizard);
        QCOMPARE(wizard->findChild<QLabel*>(u"incomingServer"_s)->text(), u"mail.example.test"_s);
        wizard->done(QDialog::Rejected);
    }

    // Tab, Alt+mnemonics and Return alone, from the address to the saved file and Finish.
    void keyboardOnly()
    {
        auto wizard = makeWizard(m_network->options(LoopbackNetwork::Scenario::Happy));
        press(Qt::Key_M, Qt::AltModifier); // Your na&me
        QCOMPARE(QApplication::focusWidget(), wizard->findChild<QLineEdit*>(u"nameEdit"_s));
        QTest::keyClicks(QApplication::focusWidget(), u"Alice"_s);
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), wizard->findChild<QLineEdit*>(u"addressEdit"_s));
        QTest::keyClicks(QApplication::focusWidget(), u"alice@example.test"_s);
        press(Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(wizard->currentId(), int(SetupWizard::DiscoveryPageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), kSettleTimeoutMs);
        // Enter on a matrix cell opens its details and nothing else; Escape closes them again.
        press(Qt::Key_P, Qt::AltModifier); // &Ports checked
        auto* matrix = wizard->findChild<QTableView*>(u"portMatrix"_s);
        QCOMPARE(QApplication::focusWidget(), matrix);
        auto* discovery = qobject_cast<DiscoveryPage*>(wizard->page(SetupWizard::DiscoveryPageId));
        matrix->setCurrentIndex(findCell(*discovery->matrixModel(), OutcomeStyle::Kind::Secure));
        press(Qt::Key_Return);
        ProbeDetailsDialog* details = nullptr;
        QTRY_VERIFY((details = wizard->findChild<ProbeDetailsDialog*>(u"probeDetails"_s)) && details->isVisible());
        QCOMPARE(wizard->currentId(), int(SetupWizard::DiscoveryPageId));
        QApplication::setActiveWindow(details);
        QTRY_VERIFY(QApplication::focusWidget());
        press(Qt::Key_Escape);
        QTRY_VERIFY(!wizard->findChild<ProbeDetailsDialog*>(u"probeDetails"_s));
        QApplication::setActiveWindow(wizard.get());
        QTRY_VERIFY(QApplication::focusWidget());
        press(Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(wizard->currentId(), int(SetupWizard::ResultsPageId));
        press(Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(wizard->currentId(), int(SetupWizard::ExportPageId));
        press(Qt::Key_F, Qt::AltModifier);
        auto* format = wizard->findChild<QComboBox*>(u"formatCombo"_s);
        QCOMPARE(QApplication::focusWidget(), format);
        for (int i = 0; i < format->count() && format->currentData().toString() != "msmtp"_L1; ++i)
            press(Qt::Key_Down);
        QCOMPARE(format->currentData().toString(), u"msmtp"_s);
        press(Qt::Key_S, Qt::AltModifier); // a mnemonic clicks after a short animation
        QFileDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = wizard->findChild<QFileDialog*>(u"saveDialog"_s)) && dialog->isVisible());
        QTRY_VERIFY(qobject_cast<QLineEdit*>(QApplication::focusWidget()));
        const QString path = m_exportDir.filePath(u"keyboard.msmtprc"_s);
        press(Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), path);
        press(Qt::Key_Return);
        QTRY_VERIFY(QFile::exists(path));
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        // Offscreen there is no window manager to hand the activation back after the dialog.
        QApplication::setActiveWindow(wizard.get());
        QTRY_VERIFY(QApplication::focusWidget());
        press(Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(wizard->currentId(), int(SetupWizard::DonePageId));
        press(Qt::Key_Return); // Finish is the default button
        QTRY_VERIFY(!wizard->isVisible());
    }
};

QTEST_MAIN(TestSetupWizard)
#include "TestSetupWizard.moc"
