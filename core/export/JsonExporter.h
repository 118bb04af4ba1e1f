// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Exporter.h"

namespace mailscout {

// The whole run as the mailscout.discovery/1 object (docs/json.md), checked and written again, indented:
// only the documented fields, so a field someone added to the file (a password) is not passed on.
class JsonExporter final : public Exporter {
    Q_DECLARE_TR_FUNCTIONS(JsonExporter)

public:
    [[nodiscard]] QString id() const override { return QStringLiteral("json"); }
    [[nodiscard]] QString displayName() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] QString fileExtension() const override { return QStringLiteral("json"); }
    [[nodiscard]] QString defaultFileName() const override { return QStringLiteral("mailscout-discovery.json"); }
    [[nodiscard]] QString mimeType() const override { return QStringLiteral("application/json"); }
    [[nodiscard]] bool needsDiscovery() const override { return true; }

protected:
    [[nodiscard]] bool needsMailbox() const override { return false; }
    [[nodiscard]] ExportResult render(const ExportInput& input) const override;
};

} // namespace mailscout
