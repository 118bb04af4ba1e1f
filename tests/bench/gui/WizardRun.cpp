// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardRun.h"

#include "../../ui/LoopbackNetwork.h"
#include "ExportPage.h"
#include "SetupWizard.h"
#include "export/ExporterRegistry.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

namespace mailscout::bench {

using namespace Qt::StringLiterals;

namespace {

constexpr int kSettleTimeoutMs = 60'000;
constexpr int kRenderTimeoutMs = 120'000;
// A fast typist: a key every 40 ms. Each key is handled on its own turn of the loop, as typing is.
constexpr int kKeyIntervalMs = 40;
// How long a person looks at a page before acting; the loop goes on working meanwhile (late probe results).
constexpr int kReadMs = 300;

void clickNext(SetupWizard& wizard)
{
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
}

} // namespace

WizardRun::WizardRun(SetupOptions options, QString renderer, QString files)
    : m_options(std::move(options))
    , m_renderer(std::move(renderer))
    , m_files(std::move(files))
{
}

WizardRun::Result WizardRun::run()
{
    QElapsedTimer clock;
    clock.start();
    {
        SetupWizard wizard(m_options);
        wizard.controller()->setResolverFactory(test::LoopbackNetwork::noDns());
        qobject_cast<ExportPage*>(wizard.page(SetupWizard::ExportPageId))->setPdfRendererProgram(m_renderer);
        // A question nobody expected (a file to replace, a PDF that failed) would wait for an answer forever:
        // it is noted as the run's failure and closed.
        QTimer guard;
        QObject::connect(&guard, &QTimer::timeout, &wizard, [this] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                fail(u"unexpected message: "_s + box->text());
                box->reject();
            }
        });
        guard.start(1000);
        wizard.show();
        QApplication::setActiveWindow(&wizard);
        if (QTest::qWaitForWindowExposed(&wizard))
            drive(wizard);
        else
            fail(u"the wizard window was never shown"_s);
        m_meter.stop();
        if (wizard.isVisible())
            wizard.done(QDialog::Rejected);
    }
    m_result.phases = m_meter.phases();
    m_result.excludesCpuWait = m_meter.excludesCpuWait();
    m_result.totalMs = clock.elapsed();
    return m_result;
}

bool WizardRun::waitFor(const std::function<bool()>& condition, int timeoutMs)
{
    if (condition())
        return true;
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (!m_result.error.isEmpty())
            loop.exit(1);
        else if (condition())
            loop.quit();
    });
    poll.start(5);
    QTimer::singleShot(timeoutMs, &loop, [&loop] { loop.exit(1); });
    return loop.exec() == 0;
}

void WizardRun::pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool WizardRun::fail(const QString& error)
{
    if (m_result.error.isEmpty())
        m_result.error = error;
    return false;
}

bool WizardRun::drive(SetupWizard& wizard)
{
    // Settle after the window appears: start-up is the other benchmark's business.
    pause(kReadMs);
    m_meter.setPhase(u"typing the address"_s);
    auto* address = wizard.findChild<QLineEdit*>(u"addressEdit"_s);
    address->setFocus();
    for (const QChar c : u"alice@example.test"_s) {
        QTest::keyClick(address, c.toLatin1());
        pause(kKeyIntervalMs);
    }

    m_meter.setPhase(u"Next: discovery starts"_s);
    clickNext(wizard);
    if (wizard.currentId() != SetupWizard::DiscoveryPageId)
        return fail(u"Next did not lead to the discovery page"_s);
    pause(kKeyIntervalMs);
    m_meter.setPhase(u"discovery, until the answer is certain"_s);
    if (!waitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }, kSettleTimeoutMs))
        return fail(u"discovery never settled"_s);

    m_meter.setPhase(u"Next: results page"_s);
    clickNext(wizard);
    if (wizard.currentId() != SetupWizard::ResultsPageId)
        return fail(u"Next did not lead to the results page"_s);
    pause(kReadMs);

    m_meter.setPhase(u"Next: export page"_s);
    clickNext(wizard);
    if (wizard.currentId() != SetupWizard::ExportPageId)
        return fail(u"Next did not lead to the export page (no secure configuration?)"_s);
    pause(kReadMs);
    if (!exportEverything(wizard))
        return false;

    m_meter.setPhase(u"Next: last page"_s);
    clickNext(wizard);
    if (wizard.currentId() != SetupWizard::DonePageId)
        return fail(u"Next did not lead to the last page"_s);
    pause(kReadMs);
    m_meter.setPhase(u"Finish"_s);
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    pause(kReadMs);
    return true;
}

bool WizardRun::exportEverything(SetupWizard& wizard)
{
    auto* page = qobject_cast<ExportPage*>(wizard.page(SetupWizard::ExportPageId));
    auto* format = wizard.findChild<QComboBox*>(u"formatCombo"_s);
    auto* save = wizard.findChild<QPushButton*>(u"saveButton"_s);
    for (int i = 0; i < format->count(); ++i) {
        const QString id = format->itemData(i).toString();
        m_meter.setPhase(u"export %1: choose and preview"_s.arg(id));
        format->setCurrentIndex(i);
        pause(kReadMs);
        if (!save->isEnabled()) {
            m_result.formatsRefused.append(id);
            continue;
        }
        m_meter.setPhase(u"export %1: file dialog"_s.arg(id));
        QTest::mouseClick(save, Qt::LeftButton);
        // The visible one: the dialogs already answered are deleted only once a loop the driver did not
        // start returns to, which never happens here.
        QFileDialog* dialog = nullptr;
        const auto shown = [&] {
            for (QFileDialog* candidate : wizard.findChildren<QFileDialog*>(u"saveDialog"_s))
                dialog = candidate->isVisible() ? candidate : dialog;
            return dialog != nullptr;
        };
        if (!waitFor(shown, 10'000))
            return fail(u"no file dialog for %1"_s.arg(id));
        pause(kReadMs);
        m_meter.setPhase(u"export %1: save"_s.arg(id));
        const qsizetype saved = page->savedFiles().size();
        // Typed, as a person does: selectFile() leaves the name field alone once it has the focus.
        auto* name = dialog->findChild<QLineEdit*>(u"fileNameEdit"_s);
        if (!name)
            return fail(u"the file dialog has no name field"_s);
        name->setText(QDir(m_files).filePath(
            u"%1-%2"_s.arg(i).arg(ExporterRegistry::instance().find(id)->defaultFileName())));
        static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept, through the public base
        if (!waitFor([&] { return page->savedFiles().size() > saved; }, kRenderTimeoutMs))
            return fail(u"%1 was not saved"_s.arg(id));
        ++m_result.formatsSaved;
        pause(kReadMs);
    }
    return true;
}

} // namespace mailscout::bench
