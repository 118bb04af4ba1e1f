// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Exporter.h"

namespace mailscout {

// A NeoMutt configuration fragment to source from the main neomuttrc.
class NeomuttExporter final : public Exporter {
    Q_DECLARE_TR_FUNCTIONS(NeomuttExporter)

public:
    [[nodiscard]] QString id() const override { return QStringLiteral("neomutt"); }
    [[nodiscard]] QString displayName() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] QString fileExtension() const override { return QStringLiteral(""); }
    [[nodiscard]] QString defaultFileName() const override { return QStringLiteral("neomuttrc"); }
    [[nodiscard]] QString mimeType() const override { return QStringLiteral("text/plain"); }

protected:
    [[nodiscard]] ExportResult render(const ExportInput& input) const override;
};

} // namespace mailscout
