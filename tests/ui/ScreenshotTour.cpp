// SPDX-License-Identifier: GPL-3.0-or-later
// Not a test: scripts/screenshots runs this under Xvfb. It starts the scripted loopback servers, walks
// the real wizard window through every page the way a user would, and has xwd capture each window from
// the X server, then converts the captures to PNG. Nothing leaves the machine (LoopbackNetwork).
#include "AcceptCertificateDialog.h"
#include "LoopbackNetwork.h"
#include "PortMatrixModel.h"
#include "ProbeDetailsDialog.h"
#include "SetupWizard.h"

#include <QApplication>
#include <QPalette>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace mailscout;
using namespace mailscout::test;
using namespace Qt::StringLiterals;

namespace {

QDir g_out;
int g_failures = 0;

// Waits for the window to paint, then asks the X server for exactly that window's pixels.
void capture(QWidget* window, const QString& name)
{
    QTest::qWait(400);
    const QString xwd = g_out.filePath(name + u".xwd"_s);
    const QString png = g_out.filePath(name + u".png"_s);
    const int grabbed = QProcess::execute(u"xwd"_s, { u"-silent"_s, u"-id"_s, QString::number(window->winId()), u"-out"_s, xwd });
    const int converted = grabbed == 0 ? QProcess::execute(u"convert"_s, { u"xwd:"_s + xwd, u"png:"_s + png }) : -1;
    QFile::remove(xwd);
    QTextStream(stdout) << (converted == 0 ? u"wrote "_s : u"FAILED "_s) << png << u'\n';
    g_failures += converted != 0;
}

bool waitFor(const std::function<bool()>& condition, int timeoutMs = 30'000)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

void next(SetupWizard& wizard)
{
    wizard.next();
}

std::unique_ptr<SetupWizard> openWizard(LoopbackNetwork& network, LoopbackNetwork::Scenario scenario)
{
    auto wizard = std::make_unique<SetupWizard>(network.options(scenario));
    wizard->controller()->setResolverFactory(LoopbackNetwork::noDns());
    wizard->resize(960, 700);
    wizard->move(20, 20);
    wizard->show();
    QApplication::setActiveWindow(wizard.get());
    if (!QTest::qWaitForWindowExposed(wizard.get()))
        ++g_failures;
    return wizard;
}

void happyTour(LoopbackNetwork& network, const QString& exportDir)
{
    auto wizard = openWizard(network, LoopbackNetwork::Scenario::Happy);
    wizard->findChild<QLineEdit*>(u"nameEdit"_s)->setText(u"Alice Example"_s);
    QTest::keyClicks(wizard->findChild<QLineEdit*>(u"addressEdit"_s), u"alice@example.test"_s);
    capture(wizard.get(), u"account"_s);

    next(*wizard);
    // The moment the answer is certain while filtered ports are still being waited for: the live view.
    waitFor([&] { return wizard->button(QWizard::NextButton)->isEnabled(); });
    QTest::qWait(800);
    capture(wizard.get(), u"discovery"_s);

    auto* matrix = wizard->findChild<QTableView*>(u"portMatrix"_s);
    const QAbstractItemModel* model = matrix->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex cell = model->index(row, 4); // IMAP 993
        if (cell.data(PortMatrixModel::KindRole).toInt() == static_cast<int>(OutcomeStyle::Kind::Secure)) {
            matrix->setCurrentIndex(cell);
            QTest::mouseClick(matrix->viewport(), Qt::LeftButton, {}, matrix->visualRect(cell).center());
            break;
        }
    }
    if (auto* details = wizard->findChild<ProbeDetailsDialog*>(u"probeDetails"_s)) {
        details->findChild<QTabWidget*>()->setCurrentIndex(1);
        capture(details, u"probe-details"_s);
        details->close();
    }

    next(*wizard);
    capture(wizard.get(), u"results"_s);

    next(*wizard);
    auto* format = wizard->findChild<QComboBox*>(u"formatCombo"_s);
    format->setCurrentIndex(format->findData(u"thunderbird"_s));
    capture(wizard.get(), u"export"_s);
    QTest::mouseClick(wizard->findChild<QPushButton*>(u"saveButton"_s), Qt::LeftButton);
    QFileDialog* dialog = nullptr;
    if (waitFor([&] { return (dialog = wizard->findChild<QFileDialog*>(u"saveDialog"_s)) && dialog->isVisible(); })) {
        dialog->selectFile(QDir(exportDir).filePath(u"config-v1.1.xml"_s));
        static_cast<QDialog*>(dialog)->accept();
    }
    waitFor([&] { return !wizard->findChild<QFileDialog*>(u"saveDialog"_s); });

    next(*wizard);
    capture(wizard.get(), u"done"_s);
    wizard->done(QDialog::Accepted);
}

void certificateTour(LoopbackNetwork& network)
{
    auto wizard = openWizard(network, LoopbackNetwork::Scenario::SelfSignedImap);
    QTest::keyClicks(wizard->findChild<QLineEdit*>(u"addressEdit"_s), u"alice@example.test"_s);
    next(*wizard);
    waitFor([&] { return wizard->controller()->session() && wizard->controller()->session()->isFinished(); });
    next(*wizard);
    QTest::mouseClick(wizard->findChild<QPushButton*>(u"reviewCertificate"_s), Qt::LeftButton);
    AcceptCertificateDialog* dialog = nullptr;
    if (waitFor([&] { return (dialog = wizard->findChild<AcceptCertificateDialog*>()) && dialog->isVisible(); }, 5'000)) {
        capture(dialog, u"accept-certificate"_s);
        dialog->close();
    }
    wizard->done(QDialog::Rejected);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    // MAILSCOUT_DARK=1: the same tour in a dark palette, to check that every page stays readable.
    if (qEnvironmentVariableIntValue("MAILSCOUT_DARK") == 1) {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe6));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
        dark.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        QApplication::setPalette(dark);
    }
    QStandardPaths::setTestModeEnabled(true); // the user's own settings and recent addresses stay untouched
    QApplication::setOrganizationName(u"MailscoutScreenshots"_s);
    QApplication::setApplicationName(u"Mailscout"_s);
    QSettings().clear(); // no recent-address popup or remembered size from an earlier tour
    if (argc != 2) {
        QTextStream(stderr) << "usage: mailscout_screenshot_tour OUTPUT-DIRECTORY\n";
        return 2;
    }
    g_out = QDir(QString::fromLocal8Bit(argv[1]));
    QTemporaryDir exportDir;
    LoopbackNetwork network;
    if (!network.isValid() || !g_out.exists() || !exportDir.isValid()) {
        QTextStream(stderr) << "cannot set up the loopback servers or the output directory\n";
        return 1;
    }
    happyTour(network, exportDir.path());
    certificateTour(network);
    return g_failures == 0 ? 0 : 1;
}
