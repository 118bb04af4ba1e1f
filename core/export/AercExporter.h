// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Exporter.h"

namespace mailscout {

// An aerc accounts.conf section (aerc refuses the file unless only its owner can read it).
class AercExporter final : public Exporter {
    Q_DECLARE_TR_FUNCTIONS(AercExporter)

public:
    [[nodiscard]] QString id() const override { return QStringLiteral("aerc"); }
    [[nodiscard]] QString displayName() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] QString fileExtension() const override { return QStringLiteral("conf"); }
    [[nodiscard]] QString defaultFileName() const override { return QStringLiteral("accounts.conf"); }
    [[nodiscard]] QString mimeType() const override { return QStringLiteral("text/plain"); }
    [[nodiscard]] QFileDevice::Permissions permissions() const override
    {
        return QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    }

protected:
    [[nodiscard]] ExportResult render(const ExportInput& input) const override;
};

} // namespace mailscout
