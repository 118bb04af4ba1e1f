// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Exporter.h"

namespace mailscout {

// The helpdesk report as a PDF. render() yields the report's HTML; the front end prints it to PDF with
// PdfRenderer (printsToPdf()), because laying out pages needs QtGui, which the core does not link.
class ReportPdfExporter final : public Exporter {
    Q_DECLARE_TR_FUNCTIONS(ReportPdfExporter)

public:
    [[nodiscard]] QString id() const override { return QStringLiteral("report-pdf"); }
    [[nodiscard]] QString displayName() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] QString fileExtension() const override { return QStringLiteral("pdf"); }
    [[nodiscard]] QString defaultFileName() const override { return QStringLiteral("mail-report.pdf"); }
    [[nodiscard]] QString mimeType() const override { return QStringLiteral("application/pdf"); }
    [[nodiscard]] bool needsDiscovery() const override { return true; }
    [[nodiscard]] bool printsToPdf() const override { return true; }

protected:
    [[nodiscard]] bool needsMailbox() const override { return false; }
    [[nodiscard]] ExportResult render(const ExportInput& input) const override;
};

} // namespace mailscout
