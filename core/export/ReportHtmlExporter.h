// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Exporter.h"

namespace mailscout {

// The helpdesk report (HelpdeskReport) as a self-contained HTML page to attach to a ticket.
class ReportHtmlExporter final : public Exporter {
    Q_DECLARE_TR_FUNCTIONS(ReportHtmlExporter)

public:
    [[nodiscard]] QString id() const override { return QStringLiteral("report-html"); }
    [[nodiscard]] QString displayName() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] QString fileExtension() const override { return QStringLiteral("html"); }
    [[nodiscard]] QString defaultFileName() const override { return QStringLiteral("mail-report.html"); }
    [[nodiscard]] QString mimeType() const override { return QStringLiteral("text/html"); }
    [[nodiscard]] bool needsDiscovery() const override { return true; }

protected:
    [[nodiscard]] bool needsMailbox() const override { return false; }
    [[nodiscard]] ExportResult render(const ExportInput& input) const override;
};

} // namespace mailscout
