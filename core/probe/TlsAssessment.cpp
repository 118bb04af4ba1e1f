// SPDX-License-Identifier: GPL-3.0-or-later
#include "TlsAssessment.h"

#include "model/ProbeResult.h"

namespace mailscout::TlsAssessment {

using namespace Qt::StringLiterals;

QString errorCode(QSslError::SslError error)
{
    switch (error) {
    case QSslError::CertificateExpired:
        return u"expired"_s;
    case QSslError::CertificateNotYetValid:
        return u"not-yet-valid"_s;
    case QSslError::HostNameMismatch:
        return u"name-mismatch"_s;
    case QSslError::SelfSignedCertificate:
        return u"self-signed"_s;
    case QSslError::SelfSignedCertificateInChain:
        return u"self-signed-in-chain"_s;
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
        return u"unknown-issuer"_s;
    case QSslError::UnableToVerifyFirstCertificate:
        return u"unable-to-verify"_s;
    case QSslError::CertificateRevoked:
        return u"revoked"_s;
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
        return u"untrusted"_s;
    case QSslError::CertificateSignatureFailed:
        return u"bad-signature"_s;
    case QSslError::InvalidPurpose:
        return u"invalid-purpose"_s;
    case QSslError::PathLengthExceeded:
        return u"path-too-long"_s;
    case QSslError::InvalidNotBeforeField:
    case QSslError::InvalidNotAfterField:
        return u"invalid-dates"_s;
    case QSslError::NoPeerCertificate:
        return u"no-certificate"_s;
    default:
        return u"other"_s;
    }
}

QStringList weaknesses(const QList<QSslCertificate>& chain)
{
    QStringList found;
    for (const QSslCertificate& certificate : chain) {
        const CertificateInfo info = CertificateInfo::from(certificate);
        if ((info.keyType == u"RSA"_s || info.keyType == u"DSA"_s) && info.keyBits > 0 && info.keyBits < 2048
            && !found.contains(u"weak-key"_s))
            found.append(u"weak-key"_s);
        const QString signature = info.signatureAlgorithm.toLower();
        if ((signature.contains(u"sha1"_s) || signature.contains(u"md5"_s)) && !found.contains(u"weak-signature"_s))
            found.append(u"weak-signature"_s);
    }
    return found;
}

bool isNameError(QSslError::SslError error)
{
    return error == QSslError::HostNameMismatch;
}

ProbeOutcome outcomeFor(const QList<QSslError>& errors)
{
    bool nameMismatch = false;
    for (const QSslError& error : errors) {
        if (error.error() == QSslError::CertificateExpired)
            return ProbeOutcome::CertificateExpired;
        nameMismatch = nameMismatch || isNameError(error.error());
    }
    return nameMismatch ? ProbeOutcome::CertificateNameMismatch : ProbeOutcome::CertificateUntrusted;
}

QString protocolName(QSsl::SslProtocol protocol)
{
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    switch (protocol) {
    case QSsl::TlsV1_3:
        return u"TLSv1.3"_s;
    case QSsl::TlsV1_2:
        return u"TLSv1.2"_s;
    case QSsl::TlsV1_1:
        return u"TLSv1.1"_s;
    case QSsl::TlsV1_0:
        return u"TLSv1.0"_s;
    default:
        return u"unknown"_s;
    }
    QT_WARNING_POP
}

bool isInsecureProtocol(QSsl::SslProtocol protocol)
{
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    return protocol == QSsl::TlsV1_0 || protocol == QSsl::TlsV1_1;
    QT_WARNING_POP
}

bool looksLikeOldProtocolOnly(const QString& handshakeError)
{
    return handshakeError.contains(u"unsupported protocol"_s, Qt::CaseInsensitive)
        || handshakeError.contains(u"no protocols available"_s, Qt::CaseInsensitive)
        || handshakeError.contains(u"alert protocol version"_s, Qt::CaseInsensitive);
}

bool looksLikeNonTlsData(const QString& handshakeError)
{
    return handshakeError.contains(u"wrong version number"_s, Qt::CaseInsensitive)
        || handshakeError.contains(u"packet length too long"_s, Qt::CaseInsensitive)
        || handshakeError.contains(u"unknown protocol"_s, Qt::CaseInsensitive)
        || handshakeError.contains(u"record layer failure"_s, Qt::CaseInsensitive);
}

} // namespace mailscout::TlsAssessment
