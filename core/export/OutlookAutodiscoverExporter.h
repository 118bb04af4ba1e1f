// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Exporter.h"

namespace mailscout {

// An Outlook Autodiscover (POX) response for IMAP/POP3 + SMTP accounts, as a local file for the .reg export.
class OutlookAutodiscoverExporter final : public Exporter {
    Q_DECLARE_TR_FUNCTIONS(OutlookAutodiscoverExporter)

public:
    [[nodiscard]] QString id() const override { return QStringLiteral("outlook-autodiscover"); }
    [[nodiscard]] QString displayName() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] QString fileExtension() const override { return QStringLiteral("xml"); }
    [[nodiscard]] QString defaultFileName() const override { return QStringLiteral("autodiscover.xml"); }
    [[nodiscard]] QString mimeType() const override { return QStringLiteral("application/xml"); }

protected:
    [[nodiscard]] ExportResult render(const ExportInput& input) const override;
};

} // namespace mailscout
