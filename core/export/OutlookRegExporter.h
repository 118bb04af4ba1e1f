// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Exporter.h"

namespace mailscout {

// A .reg file that makes classic Outlook (Office 16.0) read the Autodiscover export from a local file.
class OutlookRegExporter final : public Exporter {
    Q_DECLARE_TR_FUNCTIONS(OutlookRegExporter)

public:
    [[nodiscard]] QString id() const override { return QStringLiteral("outlook-reg"); }
    [[nodiscard]] QString displayName() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] QString fileExtension() const override { return QStringLiteral("reg"); }
    [[nodiscard]] QString defaultFileName() const override
    {
        return QStringLiteral("outlook-autodiscover.reg");
    }
    [[nodiscard]] QString mimeType() const override { return QStringLiteral("text/x-ms-regedit"); }

    // Where the .reg tells Outlook to find the Autodiscover file for a domain.
    [[nodiscard]] static QString localXmlPath(const QString& domain);

protected:
    [[nodiscard]] ExportResult render(const ExportInput& input) const override;
};

} // namespace mailscout
