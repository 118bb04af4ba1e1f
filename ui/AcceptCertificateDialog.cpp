// SPDX-License-Identifier: GPL-3.0-or-later
#include "AcceptCertificateDialog.h"

#include "ProbeDetailsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailscout {

using namespace Qt::StringLiterals;

AcceptCertificateDialog::AcceptCertificateDialog(const ProbeResult& result, QWidget* parent)
    : QDialog(parent)
    , m_certificate(result.tls.chain.value(0))
    , m_endpoint(result.endpoint)
    , m_confirm(new QCheckBox(this))
    , m_accept(nullptr)
{
    setObjectName(u"acceptCertificate"_s);
    const QString server = u"%1:%2"_s.arg(m_endpoint.host).arg(m_endpoint.port);
    setWindowTitle(tr("Certificate of %1").arg(server));

    auto* intro = new QLabel(tr("The certificate of %1 cannot be trusted:").arg(server), this);
    intro->setWordWrap(true);
    auto* problems = new QLabel(u"• "_s + result.tls.errorMessages.join(u"\n• "_s), this);
    problems->setObjectName(u"certificateProblems"_s);
    problems->setWordWrap(true);
    problems->setTextFormat(Qt::PlainText);

    const QString fingerprint = CertificateInfo::from(m_certificate).sha256Fingerprint;
    auto* fingerprintLabel = new QLabel(tr("SHA-256 fingerprint — compare it with the one your provider or "
                                           "administrator gives you, character by character:"), this);
    fingerprintLabel->setWordWrap(true);
    auto* fingerprintValue = new QLabel(fingerprint, this);
    fingerprintValue->setObjectName(u"fingerprint"_s);
    fingerprintValue->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    fingerprintValue->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    fingerprintValue->setWordWrap(true);
    fingerprintValue->setAccessibleName(tr("SHA-256 fingerprint"));

    auto* details = new QPlainTextEdit(ProbeDetailsDialog::certificateText(m_certificate), this);
    details->setReadOnly(true);
    details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    details->setAccessibleName(tr("Certificate details"));
    details->setTabChangesFocus(true);

    m_confirm->setObjectName(u"confirmFingerprint"_s);
    m_confirm->setText(tr("I have compared the fingerprint and trust this certificate for %1 only").arg(server));
    m_confirm->setAccessibleDescription(tr("Accept becomes possible once you confirm."));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_accept = buttons->addButton(tr("&Accept for this server"), QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(u"acceptButton"_s);
    m_accept->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    // Translated here, not left to qtbase_<lang>.qm, which many systems do not install.
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_confirm, &QCheckBox::toggled, m_accept, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(problems);
    layout->addWidget(fingerprintLabel);
    layout->addWidget(fingerprintValue);
    layout->addWidget(details, 1);
    layout->addWidget(m_confirm);
    layout->addWidget(buttons);
    resize(640, 460);
}

} // namespace mailscout
