// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Exporter.h"

namespace mailscout {

// An mbsyncrc for isync/mbsync 1.4 and 1.5: mirrors the IMAP account into a local Maildir.
class MbsyncExporter final : public Exporter {
    Q_DECLARE_TR_FUNCTIONS(MbsyncExporter)

public:
    [[nodiscard]] QString id() const override { return QStringLiteral("mbsync"); }
    [[nodiscard]] QString displayName() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] QString fileExtension() const override { return QStringLiteral(""); }
    [[nodiscard]] QString defaultFileName() const override { return QStringLiteral("mbsyncrc"); }
    [[nodiscard]] QString mimeType() const override { return QStringLiteral("text/plain"); }

protected:
    [[nodiscard]] ExportResult render(const ExportInput& input) const override;
};

} // namespace mailscout
