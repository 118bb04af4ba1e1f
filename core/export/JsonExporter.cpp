// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonExporter.h"

#include "report/DiscoveryDocument.h"

#include <QJsonDocument>

namespace mailscout {

QString JsonExporter::displayName() const
{
    return tr("Discovery result (JSON)");
}

QString JsonExporter::description() const
{
    return tr("The whole run as JSON (mailscout.discovery/1): candidates, probes, configurations, diagnosis");
}

ExportResult JsonExporter::render(const ExportInput& input) const
{
    return { QJsonDocument(DiscoveryDocument::clean(input.discovery)).toJson(QJsonDocument::Indented), {} };
}

} // namespace mailscout
