// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StallMeter.h"
#include "session/SetupSession.h"

#include <QList>
#include <QString>
#include <functional>

namespace mailscout {
class SetupWizard;
}

namespace mailscout::bench {

// One wizard run as a person makes it, in this process and offscreen, against the loopback servers the
// options aim it at: the address typed key by key, Next, discovery until the answer is certain, the results,
// then on the export page every format chosen, previewed and saved through the file dialog (the PDF report
// too, printed by mailscout-render), the last page and Finish. A StallMeter watches the event loop all along.
class WizardRun {
public:
    struct Result {
        QList<StallMeter::Phase> phases;
        bool excludesCpuWait = false; // see StallMeter
        int formatsSaved = 0;
        QStringList formatsRefused; // formats the run's result cannot be written in (the page says why)
        qint64 totalMs = 0;
        QString error; // empty when the run reached Finish
    };

    // renderer: the mailscout-render the export page runs; files: a folder for the exported files.
    WizardRun(SetupOptions options, QString renderer, QString files);

    [[nodiscard]] Result run();

private:
    // Waits with the event loop running (never sleeping the thread, which would show up as a stall itself).
    bool waitFor(const std::function<bool()>& condition, int timeoutMs);
    void pause(int ms);
    bool fail(const QString& error);
    bool drive(SetupWizard& wizard);
    bool exportEverything(SetupWizard& wizard);

    SetupOptions m_options;
    QString m_renderer;
    QString m_files;
    StallMeter m_meter;
    Result m_result;
};

} // namespace mailscout::bench
