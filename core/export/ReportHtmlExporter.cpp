// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportHtmlExporter.h"

#include "HelpdeskReport.h"
#include "report/DiscoveryDocument.h"

namespace mailscout {

QString ReportHtmlExporter::displayName() const
{
    return tr("Helpdesk report (HTML)");
}

QString ReportHtmlExporter::description() const
{
    return tr("Helpdesk report as one HTML page: settings, diagnosis, port matrix, certificates, transcripts");
}

ExportResult ReportHtmlExporter::render(const ExportInput& input) const
{
    const QDateTime madeAt = input.madeAt.isValid() ? input.madeAt : QDateTime::currentDateTimeUtc();
    return { HelpdeskReport::html(DiscoveryDocument::clean(input.discovery), madeAt).toUtf8(), {} };
}

} // namespace mailscout
