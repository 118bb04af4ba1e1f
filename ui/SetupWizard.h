// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/SetupSession.h"

#include <QWizard>

namespace mailscout {

class AccountPage;
class DiscoveryPage;
class ExportPage;
class ResultsPage;
class SessionController;

// The main window: one wizard from an address to an exported account. Pages read the session the
// controller runs; none of them talks to a server.
class SetupWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { AccountPageId, DiscoveryPageId, ResultsPageId, ExportPageId, DonePageId };

    // base: where the command line aimed the run (overrides, CA files, ISPDB, DNS server).
    explicit SetupWizard(const SetupOptions& base = {}, QWidget* parent = nullptr);

    [[nodiscard]] SessionController* controller() const { return m_controller; }
    // From the command line: start with the address (and server) or the host to diagnose filled in.
    void prefill(const QString& address, const QString& host);
    [[nodiscard]] int nextId() const override;
    void done(int result) override;
    // The short explanation the Help button shows for a page.
    [[nodiscard]] static QString helpText(int pageId);

private:
    void showHelp();

    SessionController* m_controller;
    AccountPage* m_accountPage;
    DiscoveryPage* m_discoveryPage;
    ResultsPage* m_resultsPage;
    ExportPage* m_exportPage;
};

} // namespace mailscout
