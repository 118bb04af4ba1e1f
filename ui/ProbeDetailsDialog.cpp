// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProbeDetailsDialog.h"

#include "OutcomeStyle.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace mailscout {

using namespace Qt::StringLiterals;

namespace {

QPlainTextEdit* textTab(const QString& text, const QString& accessibleName, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(text, parent);
    edit->setReadOnly(true);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    return edit;
}

QString capabilityLines(const Capabilities& capabilities)
{
    if (!capabilities.known)
        return ProbeDetailsDialog::tr("  (not asked or no answer)\n");
    QString text = u"  "_s + capabilities.tokens.join(u' ') + u'\n';
    if (!capabilities.authMechanisms.isEmpty())
        text += u"  "_s + ProbeDetailsDialog::tr("Login mechanisms: %1").arg(capabilities.authMechanisms.join(u", "_s)) + u'\n';
    return text;
}

} // namespace

ProbeDetailsDialog::ProbeDetailsDialog(const ProbeResult& result, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"probeDetails"_s);
    setWindowTitle(tr("Check of %1").arg(result.endpoint.toString()));
    setAccessibleName(windowTitle());
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(u"detailTabs"_s);
    tabs->addTab(textTab(summaryText(result), tr("Summary"), tabs), tr("&Summary"));
    tabs->addTab(textTab(result.transcript.toText(), tr("Transcript, passwords removed"), tabs), tr("T&ranscript"));
    tabs->addTab(textTab(capabilitiesText(result), tr("Capabilities"), tabs), tr("&Capabilities"));
    tabs->addTab(textTab(tlsText(result), tr("TLS and certificates"), tabs), tr("TLS && c&ertificates"));
    tabs->addTab(textTab(timingsText(result), tr("Timings"), tabs), tr("Ti&mings"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Translated here, not left to qtbase_<lang>.qm, which many systems do not install.
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(720, 480);
}

QString ProbeDetailsDialog::summaryText(const ProbeResult& result)
{
    const OutcomeStyle::Kind kind = OutcomeStyle::kindOf(result);
    QString text;
    text += tr("Server:    %1").arg(result.endpoint.toString()) + u'\n';
    text += tr("Result:    %1 — %2").arg(OutcomeStyle::word(kind), OutcomeStyle::description(kind)) + u'\n';
    text += tr("Outcome:   %1").arg(outcomeDescription(result.outcome)) + u'\n';
    if (!result.detail.isEmpty())
        text += tr("Why:       %1").arg(result.detail) + u'\n';
    if (!result.connectedAddress.isEmpty())
        text += tr("Address:   %1").arg(result.connectedAddress) + u'\n';
    if (!result.greeting.isEmpty())
        text += tr("Greeting:  %1").arg(result.greeting) + u'\n';
    if (result.login.attempted)
        text += tr("Login:     %1 (%2) %3").arg(result.login.ok ? tr("accepted") : tr("refused"), result.login.mechanism, result.login.message) + u'\n';
    for (const QString& warning : result.warnings)
        text += tr("Warning:   %1").arg(warning) + u'\n';
    return text;
}

QString ProbeDetailsDialog::capabilitiesText(const ProbeResult& result)
{
    QString text = tr("Before TLS:") + u'\n' + capabilityLines(result.capabilitiesBeforeTls);
    if (result.endpoint.security != Security::Plain)
        text += tr("After TLS:") + u'\n' + capabilityLines(result.capabilitiesAfterTls);
    return text;
}

QString ProbeDetailsDialog::certificateText(const QSslCertificate& certificate)
{
    const CertificateInfo info = CertificateInfo::from(certificate);
    const QLocale locale;
    QString text;
    text += tr("Subject:     %1").arg(info.subject) + u'\n';
    text += tr("Issuer:      %1").arg(info.issuer) + u'\n';
    text += tr("Names:       %1").arg(info.sans.join(u", "_s)) + u'\n';
    text += tr("Valid from:  %1").arg(locale.toString(info.notBefore, QLocale::LongFormat)) + u'\n';
    text += tr("Valid until: %1").arg(locale.toString(info.notAfter, QLocale::LongFormat)) + u'\n';
    text += tr("Key:         %1, %2 bits").arg(info.keyType).arg(info.keyBits) + u'\n';
    text += tr("Signature:   %1").arg(info.signatureAlgorithm) + u'\n';
    text += tr("SHA-256:     %1").arg(info.sha256Fingerprint) + u'\n';
    return text;
}

QString ProbeDetailsDialog::tlsText(const ProbeResult& result)
{
    const TlsInfo& tls = result.tls;
    if (!tls.attempted)
        return tr("No TLS on this connection.") + u'\n';
    QString text;
    text += tr("Established: %1").arg(tls.established ? tr("yes") : tr("no")) + u'\n';
    if (!tls.protocol.isEmpty())
        text += tr("Protocol:    %1%2").arg(tls.protocol, tls.insecureProtocol ? tr(" (deprecated, insecure)") : QString()) + u'\n';
    if (!tls.cipher.isEmpty())
        text += tr("Cipher:      %1").arg(tls.cipher) + u'\n';
    text += tr("Trusted:     %1").arg(tls.trusted ? tr("yes") : tr("no")) + u'\n';
    text += tr("Name match:  %1").arg(tls.nameMatches ? tr("yes") : tr("no")) + u'\n';
    if (tls.acceptedByUser)
        text += tr("You accepted this certificate for this server.") + u'\n';
    for (const QString& message : tls.errorMessages)
        text += tr("Problem:     %1").arg(message) + u'\n';
    if (!tls.handshakeError.isEmpty())
        text += tr("Handshake:   %1").arg(tls.handshakeError) + u'\n';
    for (qsizetype i = 0; i < tls.chain.size(); ++i) {
        text += u'\n' + (i == 0 ? tr("Server certificate") : tr("Issuer certificate %1").arg(i)) + u'\n';
        text += certificateText(tls.chain.at(i));
    }
    return text;
}

QString ProbeDetailsDialog::timingsText(const ProbeResult& result)
{
    const PhaseTimings& t = result.timings;
    const auto line = [](const QString& phase, qint64 ms) -> QString {
        return phase.leftJustified(14) + (ms < 0 ? tr("—") : tr("%1 ms").arg(ms)) + u'\n';
    };
    return line(tr("Name lookup"), t.dns) + line(tr("Connect"), t.connect) + line(tr("TLS"), t.tls)
        + line(tr("Greeting"), t.greeting) + line(tr("Capabilities"), t.capabilities) + line(tr("Login"), t.auth)
        + line(tr("Total"), t.total);
}

} // namespace mailscout
