// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Exporter.h"

namespace mailscout {

// Thunderbird autoconfig (clientConfig 1.1): for autoconfig.DOMAIN, .well-known or Thunderbird's isp/ folder.
class ThunderbirdExporter final : public Exporter {
    Q_DECLARE_TR_FUNCTIONS(ThunderbirdExporter)

public:
    [[nodiscard]] QString id() const override { return QStringLiteral("thunderbird"); }
    [[nodiscard]] QString displayName() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] QString fileExtension() const override { return QStringLiteral("xml"); }
    [[nodiscard]] QString defaultFileName() const override { return QStringLiteral("config-v1.1.xml"); }
    [[nodiscard]] QString mimeType() const override { return QStringLiteral("application/xml"); }

protected:
    [[nodiscard]] bool needsMailbox() const override { return false; }
    [[nodiscard]] ExportResult render(const ExportInput& input) const override;
};

} // namespace mailscout
