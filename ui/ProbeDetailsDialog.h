// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ProbeResult.h"

#include <QDialog>

namespace mailscout {

// Everything one probe saw, for a technician: the outcome, the redacted transcript, capabilities before
// and after TLS, the TLS session and certificate chain, and how long each phase took.
class ProbeDetailsDialog : public QDialog {
    Q_OBJECT

public:
    explicit ProbeDetailsDialog(const ProbeResult& result, QWidget* parent = nullptr);

    // One certificate as a technician reads it, SHA-256 fingerprint included (the acceptance dialog shows it too).
    [[nodiscard]] static QString certificateText(const QSslCertificate& certificate);

private:
    [[nodiscard]] static QString summaryText(const ProbeResult& result);
    [[nodiscard]] static QString capabilitiesText(const ProbeResult& result);
    [[nodiscard]] static QString tlsText(const ProbeResult& result);
    [[nodiscard]] static QString timingsText(const ProbeResult& result);
};

} // namespace mailscout
