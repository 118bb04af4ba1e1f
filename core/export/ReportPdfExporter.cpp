// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPdfExporter.h"

#include "HelpdeskReport.h"
#include "report/DiscoveryDocument.h"

namespace mailscout {

QString ReportPdfExporter::displayName() const
{
    return tr("Helpdesk report (PDF)");
}

QString ReportPdfExporter::description() const
{
    return tr("Helpdesk report as a PDF to attach to a ticket (made by mailscout-render)");
}

ExportResult ReportPdfExporter::render(const ExportInput& input) const
{
    const QDateTime madeAt = input.madeAt.isValid() ? input.madeAt : QDateTime::currentDateTimeUtc();
    return { HelpdeskReport::html(DiscoveryDocument::clean(input.discovery), madeAt).toUtf8(), {} };
}

} // namespace mailscout
