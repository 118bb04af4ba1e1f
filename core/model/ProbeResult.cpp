// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProbeResult.h"

#include <QRegularExpression>
#include <QSslKey>

namespace mailscout {

using namespace Qt::StringLiterals;

namespace {

QString keyTypeName(QSsl::KeyAlgorithm algorithm)
{
    switch (algorithm) {
    case QSsl::Rsa:
        return u"RSA"_s;
    case QSsl::Ec:
        return u"EC"_s;
    case QSsl::Dsa:
        return u"DSA"_s;
    case QSsl::Dh:
        return u"DH"_s;
    case QSsl::Opaque:
        break;
    }
    return u"unknown"_s;
}

QString firstOr(const QStringList& values, const QString& fallback)
{
    return values.isEmpty() ? fallback : values.first();
}

} // namespace

CertificateInfo CertificateInfo::from(const QSslCertificate& certificate)
{
    CertificateInfo info;
    info.subject = firstOr(certificate.subjectInfo(QSslCertificate::CommonName), certificate.subjectDisplayName());
    info.issuer = firstOr(certificate.issuerInfo(QSslCertificate::CommonName), certificate.issuerDisplayName());
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it)
        info.sans.append(it.value());
    info.notBefore = certificate.effectiveDate();
    info.notAfter = certificate.expiryDate();
    const QSslKey key = certificate.publicKey();
    info.keyType = keyTypeName(key.algorithm());
    info.keyBits = key.length();
    // Qt has no accessor for the signature algorithm; OpenSSL's text dump names it.
    static const QRegularExpression signature(u"Signature Algorithm: *([A-Za-z0-9-]+)"_s);
    const QRegularExpressionMatch match = signature.match(certificate.toText());
    if (match.hasMatch())
        info.signatureAlgorithm = match.captured(1);
    info.sha256Fingerprint = QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':')).toUpper();
    return info;
}

const Capabilities& ProbeResult::effectiveCapabilities() const
{
    return tls.established ? capabilitiesAfterTls : capabilitiesBeforeTls;
}

bool ProbeResult::isSecure() const
{
    // A refused password says nothing about the connection: the endpoint itself is still secure.
    const bool works = isReachable();
    const bool verified = (tls.trusted && tls.nameMatches) || tls.acceptedByUser;
    return works && tls.established && verified && !tls.insecureProtocol;
}

bool ProbeResult::isReachable() const
{
    switch (outcome) {
    case ProbeOutcome::Ok:
    case ProbeOutcome::AuthOk:
    case ProbeOutcome::AuthFailed:
        return true;
    default:
        return false;
    }
}

} // namespace mailscout
