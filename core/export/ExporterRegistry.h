// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Exporter.h"

#include <QList>
#include <QStringView>
#include <memory>
#include <vector>

namespace mailscout {

// The one list of export formats, so that the CLI and the wizard offer the same ones in the same order.
class ExporterRegistry {
public:
    [[nodiscard]] static const ExporterRegistry& instance();

    [[nodiscard]] QList<const Exporter*> exporters() const;
    [[nodiscard]] const Exporter* find(QStringView id) const; // nullptr for an unknown id

private:
    ExporterRegistry();

    std::vector<std::unique_ptr<Exporter>> m_exporters;
};

} // namespace mailscout
