// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Exporter.h"

namespace mailscout {

// An msmtprc for msmtp (sendmail replacement): ~/.msmtprc or ~/.config/msmtp/config.
class MsmtpExporter final : public Exporter {
    Q_DECLARE_TR_FUNCTIONS(MsmtpExporter)

public:
    [[nodiscard]] QString id() const override { return QStringLiteral("msmtp"); }
    [[nodiscard]] QString displayName() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] QString fileExtension() const override { return QStringLiteral(""); }
    [[nodiscard]] QString defaultFileName() const override { return QStringLiteral("msmtprc"); }
    [[nodiscard]] QString mimeType() const override { return QStringLiteral("text/plain"); }
    [[nodiscard]] QFileDevice::Permissions permissions() const override
    {
        return QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    }

protected:
    [[nodiscard]] ExportResult render(const ExportInput& input) const override;
};

} // namespace mailscout
