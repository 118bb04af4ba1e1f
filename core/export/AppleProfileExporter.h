// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Exporter.h"

class QXmlStreamWriter;

namespace mailscout {

// An Apple configuration profile (.mobileconfig) with one com.apple.mail.managed payload, for iOS, iPadOS
// and macOS Mail. Unsigned unless ExportInput names a signing certificate and key. PayloadIdentifiers are
// derived from the address, so installing a newer export replaces the old profile; PayloadUUIDs are fresh.
class AppleProfileExporter final : public Exporter {
    Q_DECLARE_TR_FUNCTIONS(AppleProfileExporter)

public:
    [[nodiscard]] QString id() const override { return QStringLiteral("apple"); }
    [[nodiscard]] QString displayName() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] QString fileExtension() const override { return QStringLiteral("mobileconfig"); }
    [[nodiscard]] QString defaultFileName() const override { return QStringLiteral("mail.mobileconfig"); }
    // What Safari on iOS needs to offer the profile for installation.
    [[nodiscard]] QString mimeType() const override
    {
        return QStringLiteral("application/x-apple-aspen-config");
    }

    [[nodiscard]] static QString profileIdentifier(const QString& emailAddress);

protected:
    [[nodiscard]] ExportResult render(const ExportInput& input) const override;

private:
    [[nodiscard]] static QByteArray plist(const ExportInput& input);
    static void writeMailPayload(QXmlStreamWriter& xml, const ExportInput& input, const QString& uuid);
};

} // namespace mailscout
