// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExporterRegistry.h"

#include "AercExporter.h"
#include "AppleProfileExporter.h"
#include "DnsZoneExporter.h"
#include "FetchmailExporter.h"
#include "HtmlSheetExporter.h"
#include "JsonExporter.h"
#include "K9Exporter.h"
#include "MbsyncExporter.h"
#include "MsmtpExporter.h"
#include "NeomuttExporter.h"
#include "OutlookAutodiscoverExporter.h"
#include "OutlookRegExporter.h"
#include "ReportHtmlExporter.h"
#include "ReportPdfExporter.h"
#include "ThunderbirdExporter.h"

namespace mailscout {

const ExporterRegistry& ExporterRegistry::instance()
{
    static const ExporterRegistry registry;
    return registry;
}

// Graphical clients first, then terminal clients, then what domain admins and helpdesks use.
ExporterRegistry::ExporterRegistry()
{
    m_exporters.push_back(std::make_unique<ThunderbirdExporter>());
    m_exporters.push_back(std::make_unique<OutlookAutodiscoverExporter>());
    m_exporters.push_back(std::make_unique<OutlookRegExporter>());
    m_exporters.push_back(std::make_unique<AppleProfileExporter>());
    m_exporters.push_back(std::make_unique<K9Exporter>());
    m_exporters.push_back(std::make_unique<MsmtpExporter>());
    m_exporters.push_back(std::make_unique<MbsyncExporter>());
    m_exporters.push_back(std::make_unique<FetchmailExporter>());
    m_exporters.push_back(std::make_unique<NeomuttExporter>());
    m_exporters.push_back(std::make_unique<AercExporter>());
    m_exporters.push_back(std::make_unique<DnsZoneExporter>());
    m_exporters.push_back(std::make_unique<HtmlSheetExporter>());
    m_exporters.push_back(std::make_unique<ReportHtmlExporter>());
    m_exporters.push_back(std::make_unique<ReportPdfExporter>());
    m_exporters.push_back(std::make_unique<JsonExporter>());
}

QList<const Exporter*> ExporterRegistry::exporters() const
{
    QList<const Exporter*> list;
    for (const auto& exporter : m_exporters)
        list.append(exporter.get());
    return list;
}

const Exporter* ExporterRegistry::find(QStringView id) const
{
    for (const auto& exporter : m_exporters) {
        if (exporter->id() == id)
            return exporter.get();
    }
    return nullptr;
}

} // namespace mailscout
