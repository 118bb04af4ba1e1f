// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Exporter.h"

namespace mailscout {

// RFC 6186 / RFC 8314 SRV records for the domain's zone; publish the autoconfig export beside them.
class DnsZoneExporter final : public Exporter {
    Q_DECLARE_TR_FUNCTIONS(DnsZoneExporter)

public:
    [[nodiscard]] QString id() const override { return QStringLiteral("dns"); }
    [[nodiscard]] QString displayName() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] QString fileExtension() const override { return QStringLiteral("zone"); }
    [[nodiscard]] QString defaultFileName() const override { return QStringLiteral("srv-records.zone"); }
    [[nodiscard]] QString mimeType() const override { return QStringLiteral("text/dns"); }

protected:
    [[nodiscard]] bool needsMailbox() const override { return false; }
    [[nodiscard]] ExportResult render(const ExportInput& input) const override;
};

} // namespace mailscout
