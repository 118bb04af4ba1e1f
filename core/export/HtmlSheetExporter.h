// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Exporter.h"

namespace mailscout {

// A settings sheet a person can read and type from: the recommended settings and the alternatives.
class HtmlSheetExporter final : public Exporter {
    Q_DECLARE_TR_FUNCTIONS(HtmlSheetExporter)

public:
    [[nodiscard]] QString id() const override { return QStringLiteral("html"); }
    [[nodiscard]] QString displayName() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] QString fileExtension() const override { return QStringLiteral("html"); }
    [[nodiscard]] QString defaultFileName() const override { return QStringLiteral("mail-settings.html"); }
    [[nodiscard]] QString mimeType() const override { return QStringLiteral("text/html"); }

protected:
    [[nodiscard]] ExportResult render(const ExportInput& input) const override;

private:
    [[nodiscard]] static QString securityText(Security security);
    [[nodiscard]] static QString authenticationText(const QString& code);
    [[nodiscard]] static QString serverRows(const AccountConfig& config, const ExportInput& input);
    [[nodiscard]] static QString table(const AccountConfig& config, const ExportInput& input);
};

} // namespace mailscout
