// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

namespace mailscout::test {

// What a test needs from a server certificate; the defaults give a certificate that verifies for
// "localhost" against TestPki::caCertificate().
struct CertificateSpec {
    QStringList dnsNames { QStringLiteral("localhost") }; // SANs; the first is also the CN
    QList<QHostAddress> ipAddresses; // IP SANs
    int validFromDays = -1; // notBefore relative to now, in days (negative = past)
    int validToDays = 365; // notAfter relative to now (negative = already expired)
    enum class Key { EcP256, Rsa2048, Rsa1024 } key = Key::EcP256;
    // Of the issuer's signature; the test CAs have P-256 keys, so an RSA leaf still carries an ECDSA
    // signature.
    enum class Digest { Sha256, Sha1 } digest = Digest::Sha256;
    bool selfSigned = false; // otherwise signed by the test CA
    bool signedByIntermediate = false; // signed by the test intermediate CA instead of the root
};

struct IssuedCertificate {
    QSslCertificate certificate;
    QSslKey key;
    QList<QSslCertificate> chain; // what a server sends: leaf first, then the intermediate if any
    QString certificatePath; // PEM of the leaf
    QString keyPath; // PEM private key (unencrypted)
    QString chainPath; // PEM leaf + intermediate(s), what Dovecot/Postfix want as cert file
};

// A private two-level CA made fresh for each test run, so no test depends on a certificate that
// expires or on the system trust store.
class TestPki {
public:
    explicit TestPki(const QString& directory); // creates a root CA and an intermediate CA, writes PEMs there

    [[nodiscard]] bool isValid() const { return m_valid; }
    // Why the CA could not be made, or why the last issue() failed.
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QSslCertificate caCertificate() const { return m_root.certificate; }
    [[nodiscard]] QString caPath() const { return m_root.path; } // PEM of the root, what --ca-file gets
    [[nodiscard]] QSslCertificate intermediateCertificate() const { return m_intermediate.certificate; }

    // Returns an IssuedCertificate with a null certificate on failure; errorString() says why.
    IssuedCertificate issue(const CertificateSpec& spec, const QString& baseName);

private:
    // Kept as PEM so the class stays copyable and its header free of OpenSSL types.
    struct Authority {
        QSslCertificate certificate;
        QByteArray certificatePem;
        QByteArray keyPem;
        QString path;
    };

    QString m_directory;
    QString m_error;
    bool m_valid = false;
    Authority m_root;
    Authority m_intermediate;
};

} // namespace mailscout::test
