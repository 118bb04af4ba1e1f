// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Exporter.h"

namespace mailscout {

// A K-9 Mail / Thunderbird for Android settings file (.k9s) with one account and no password.
class K9Exporter final : public Exporter {
    Q_DECLARE_TR_FUNCTIONS(K9Exporter)

public:
    [[nodiscard]] QString id() const override { return QStringLiteral("k9"); }
    [[nodiscard]] QString displayName() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] QString fileExtension() const override { return QStringLiteral("k9s"); }
    [[nodiscard]] QString defaultFileName() const override { return QStringLiteral("mailscout.k9s"); }
    [[nodiscard]] QString mimeType() const override { return QStringLiteral("application/octet-stream"); }

protected:
    [[nodiscard]] ExportResult render(const ExportInput& input) const override;
};

} // namespace mailscout
