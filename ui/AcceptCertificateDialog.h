// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ProbeResult.h"

#include <QDialog>

class QCheckBox;
class QPushButton;

namespace mailscout {

// Accepting a bad certificate, knowingly: the problems, the certificate and its SHA-256 fingerprint to
// compare with what the provider says, and an explicit confirmation before Accept becomes possible.
class AcceptCertificateDialog : public QDialog {
    Q_OBJECT

public:
    explicit AcceptCertificateDialog(const ProbeResult& result, QWidget* parent = nullptr);

    [[nodiscard]] QSslCertificate certificate() const { return m_certificate; }
    [[nodiscard]] Endpoint endpoint() const { return m_endpoint; }

private:
    QSslCertificate m_certificate;
    Endpoint m_endpoint;
    QCheckBox* m_confirm;
    QPushButton* m_accept;
};

} // namespace mailscout
