// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestPki.h"

#include <QDir>
#include <QFile>
#include <memory>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace mailscout::test {

namespace {

template <auto Free> struct OpenSslDeleter {
    template <typename T> void operator()(T* p) const { Free(p); }
};
using PKey = std::unique_ptr<EVP_PKEY, OpenSslDeleter<&EVP_PKEY_free>>;
using Certificate = std::unique_ptr<X509, OpenSslDeleter<&X509_free>>;
using Bio = std::unique_ptr<BIO, OpenSslDeleter<&BIO_free>>;
using BigNum = std::unique_ptr<BIGNUM, OpenSslDeleter<&BN_free>>;
using Extension = std::unique_ptr<X509_EXTENSION, OpenSslDeleter<&X509_EXTENSION_free>>;

constexpr long secondsPerDay = 24L * 60 * 60;

// OpenSSL queues errors per thread; draining the queue keeps one failure from being blamed on the next call.
QString openSslError(const QString& what)
{
    QStringList reasons;
    while (const unsigned long code = ERR_get_error()) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        reasons << QString::fromLatin1(buffer);
    }
    return reasons.isEmpty() ? what : QString(what + u": "_s + reasons.join(u"; "_s));
}

PKey generateKey(CertificateSpec::Key kind)
{
    switch (kind) {
    case CertificateSpec::Key::EcP256:
        return PKey(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    case CertificateSpec::Key::Rsa2048:
        return PKey(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t { 2048 }));
    case CertificateSpec::Key::Rsa1024:
        return PKey(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t { 1024 }));
    }
    return {};
}

QByteArray bioContents(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

QByteArray certificatePem(X509* certificate)
{
    const Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), certificate) != 1)
        return {};
    return bioContents(bio.get());
}

QByteArray privateKeyPem(EVP_PKEY* key)
{
    const Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return bioContents(bio.get());
}

Bio readOnlyBio(const QByteArray& pem)
{
    return Bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
}

Certificate certificateFromPem(const QByteArray& pem)
{
    const Bio bio = readOnlyBio(pem);
    return Certificate(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

PKey keyFromPem(const QByteArray& pem)
{
    const Bio bio = readOnlyBio(pem);
    return PKey(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

struct Request {
    QString commonName;
    EVP_PKEY* subjectKey = nullptr;
    X509* issuer = nullptr; // nullptr: self-signed
    EVP_PKEY* issuerKey = nullptr;
    int validFromDays = 0;
    int validToDays = 0;
    const EVP_MD* digest = nullptr;
    // Order matters: the subject key identifier must exist before a self-signed certificate's
    // authority key identifier can refer to it.
    std::vector<std::pair<int, QByteArray>> extensions;
};

Certificate makeCertificate(const Request& request, QString* error)
{
    Certificate certificate(X509_new());
    const BigNum serial(BN_new());
    if (!certificate || !serial) {
        *error = openSslError(u"out of memory"_s);
        return {};
    }
    // 127 random bits: positive, unique, and within RFC 5280's 20-octet limit.
    if (X509_set_version(certificate.get(), X509_VERSION_3) != 1
        || BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1
        || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate.get()))
        || !X509_gmtime_adj(X509_getm_notBefore(certificate.get()), request.validFromDays * secondsPerDay)
        || !X509_gmtime_adj(X509_getm_notAfter(certificate.get()), request.validToDays * secondsPerDay)
        || X509_set_pubkey(certificate.get(), request.subjectKey) != 1) {
        *error = openSslError(u"cannot fill in certificate fields"_s);
        return {};
    }

    X509_NAME* subject = X509_get_subject_name(certificate.get());
    const QByteArray commonName = request.commonName.toUtf8();
    if (X509_NAME_add_entry_by_txt(
            subject, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>("Mailscout tests"), -1, -1, 0)
            != 1
        || X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8,
               reinterpret_cast<const unsigned char*>(commonName.constData()), -1, -1, 0)
            != 1) {
        *error = openSslError(u"cannot set subject name"_s);
        return {};
    }
    X509* issuer = request.issuer ? request.issuer : certificate.get();
    if (X509_set_issuer_name(certificate.get(), X509_get_subject_name(issuer)) != 1) {
        *error = openSslError(u"cannot set issuer name"_s);
        return {};
    }

    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer, certificate.get(), nullptr, nullptr, 0);
    for (const auto& [nid, value] : request.extensions) {
        const Extension extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value.constData()));
        if (!extension || X509_add_ext(certificate.get(), extension.get(), -1) != 1) {
            *error = openSslError(u"cannot add extension %1 = %2"_s.arg(
                QString::fromLatin1(OBJ_nid2sn(nid)), QString::fromUtf8(value)));
            return {};
        }
    }

    EVP_PKEY* signingKey = request.issuer ? request.issuerKey : request.subjectKey;
    if (X509_sign(certificate.get(), signingKey, request.digest) == 0) {
        *error = openSslError(u"cannot sign certificate"_s);
        return {};
    }
    return certificate;
}

bool writeFile(
    const QString& path, const QByteArray& contents, QFileDevice::Permissions permissions, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(contents) != contents.size()
        || !file.setPermissions(permissions)) {
        *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

constexpr auto publicFile
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
constexpr auto secretFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

TestPki::TestPki(const QString& directory) : m_directory(directory)
{
    if (!QDir().mkpath(directory)) {
        m_error = u"cannot create %1"_s.arg(directory);
        return;
    }
    const auto makeAuthority = [this](const QString& name, const QString& fileName, const Authority* parent,
                                   const QByteArray& basicConstraints) -> Authority {
        const PKey key = generateKey(CertificateSpec::Key::EcP256);
        const PKey parentKey = parent ? keyFromPem(parent->keyPem) : PKey();
        const Certificate parentCertificate
            = parent ? certificateFromPem(parent->certificatePem) : Certificate();
        if (!key || (parent && (!parentKey || !parentCertificate))) {
            m_error = openSslError(u"cannot prepare the key for %1"_s.arg(name));
            return Authority();
        }
        Request request;
        request.commonName = name;
        request.subjectKey = key.get();
        request.issuer = parentCertificate.get();
        request.issuerKey = parentKey.get();
        // Wider than any leaf so that a leaf's own dates decide whether it is expired or not yet valid.
        request.validFromDays = -30;
        request.validToDays = 3650;
        request.digest = EVP_sha256();
        request.extensions = {
            { NID_basic_constraints, basicConstraints },
            { NID_key_usage, QByteArrayLiteral("critical,keyCertSign,cRLSign") },
            { NID_subject_key_identifier, QByteArrayLiteral("hash") },
            { NID_authority_key_identifier, QByteArrayLiteral("keyid:always") },
        };
        QString error;
        const Certificate certificate = makeCertificate(request, &error);
        if (!certificate) {
            m_error = name + u": "_s + error;
            return Authority();
        }
        Authority authority;
        authority.certificatePem = certificatePem(certificate.get());
        authority.keyPem = privateKeyPem(key.get());
        authority.certificate = QSslCertificate(authority.certificatePem, QSsl::Pem);
        authority.path = QDir(m_directory).filePath(fileName);
        if (!writeFile(authority.path, authority.certificatePem, publicFile, &error))
            m_error = error;
        return authority;
    };

    m_root = makeAuthority(
        u"Mailscout Test Root CA"_s, u"root-ca.pem"_s, nullptr, QByteArrayLiteral("critical,CA:TRUE"));
    if (!m_error.isEmpty())
        return;
    m_intermediate = makeAuthority(u"Mailscout Test Intermediate CA"_s, u"intermediate-ca.pem"_s, &m_root,
        QByteArrayLiteral("critical,CA:TRUE,pathlen:0"));
    m_valid = m_error.isEmpty();
}

IssuedCertificate TestPki::issue(const CertificateSpec& spec, const QString& baseName)
{
    if (!isValid())
        return IssuedCertificate();
    const Authority* authority = spec.selfSigned ? nullptr
        : spec.signedByIntermediate              ? &m_intermediate
                                                 : &m_root;
    const PKey key = generateKey(spec.key);
    const PKey issuerKey = authority ? keyFromPem(authority->keyPem) : PKey();
    const Certificate issuer = authority ? certificateFromPem(authority->certificatePem) : Certificate();
    if (!key || (authority && (!issuerKey || !issuer))) {
        m_error = openSslError(u"cannot prepare the keys for %1"_s.arg(baseName));
        return IssuedCertificate();
    }

    QStringList altNames;
    for (const QString& name : spec.dnsNames)
        altNames << u"DNS:"_s + name;
    for (const QHostAddress& address : spec.ipAddresses)
        altNames << u"IP:"_s + address.toString();

    Request request;
    request.commonName = !spec.dnsNames.isEmpty() ? spec.dnsNames.constFirst()
        : !spec.ipAddresses.isEmpty()             ? spec.ipAddresses.constFirst().toString()
                                                  : baseName;
    request.subjectKey = key.get();
    request.issuer = issuer.get();
    request.issuerKey = issuerKey.get();
    request.validFromDays = spec.validFromDays;
    request.validToDays = spec.validToDays;
    request.digest = spec.digest == CertificateSpec::Digest::Sha1 ? EVP_sha1() : EVP_sha256();
    const bool rsa = spec.key != CertificateSpec::Key::EcP256;
    // RSA key exchange (TLS 1.2 without ECDHE) encrypts to the key, so RSA leaves need keyEncipherment.
    QByteArray keyUsage = rsa ? QByteArrayLiteral("critical,digitalSignature,keyEncipherment")
                              : QByteArrayLiteral("critical,digitalSignature");
    // OpenSSL (and so QSslCertificate::isSelfSigned()) counts a certificate as self-issued only if its
    // key may sign certificates.
    if (spec.selfSigned)
        keyUsage += QByteArrayLiteral(",keyCertSign");
    request.extensions = {
        { NID_basic_constraints, QByteArrayLiteral("critical,CA:FALSE") },
        { NID_key_usage, keyUsage },
        { NID_ext_key_usage, QByteArrayLiteral("serverAuth") },
    };
    if (!altNames.isEmpty())
        request.extensions.emplace_back(NID_subject_alt_name, altNames.join(u',').toUtf8());
    request.extensions.emplace_back(NID_subject_key_identifier, QByteArrayLiteral("hash"));
    request.extensions.emplace_back(NID_authority_key_identifier, QByteArrayLiteral("keyid:always"));

    QString error;
    const Certificate certificate = makeCertificate(request, &error);
    if (!certificate) {
        m_error = baseName + u": "_s + error;
        return IssuedCertificate();
    }

    IssuedCertificate issued;
    const QByteArray leafPem = certificatePem(certificate.get());
    const QByteArray keyPem = privateKeyPem(key.get());
    issued.certificate = QSslCertificate(leafPem, QSsl::Pem);
    issued.key = QSslKey(keyPem, rsa ? QSsl::Rsa : QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    issued.chain = { issued.certificate };
    QByteArray chainPem = leafPem;
    if (authority == &m_intermediate) {
        issued.chain << m_intermediate.certificate;
        chainPem += m_intermediate.certificatePem;
    }

    const QDir directory(m_directory);
    issued.certificatePath = directory.filePath(baseName + u".pem"_s);
    issued.keyPath = directory.filePath(baseName + u".key"_s);
    issued.chainPath = directory.filePath(baseName + u"-chain.pem"_s);
    if (issued.certificate.isNull() || issued.key.isNull()) {
        m_error = u"%1: Qt cannot read the generated certificate or key"_s.arg(baseName);
        return IssuedCertificate();
    }
    if (!writeFile(issued.certificatePath, leafPem, publicFile, &error)
        || !writeFile(issued.keyPath, keyPem, secretFile, &error)
        || !writeFile(issued.chainPath, chainPem, publicFile, &error)) {
        m_error = error;
        return IssuedCertificate();
    }
    return issued;
}

} // namespace mailscout::test
