// SPDX-License-Identifier: GPL-3.0-or-later
#include "SystemTrustOverride.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <sys/mount.h>

#include <openssl/pem.h>
#include <openssl/x509.h>

namespace mailscout::test {

using namespace Qt::StringLiterals;

namespace {

constexpr auto systemDirectory = "/etc/ssl/certs"_L1;

QString errnoText()
{
    return QString::fromLocal8Bit(strerror(errno));
}

// The name OpenSSL's directory lookup asks for: the subject's hash, then ".0", ".1", ... on collisions.
QString subjectHash(const QString& caPemPath, QString* error)
{
    std::unique_ptr<FILE, int (*)(FILE*)> file(fopen(QFile::encodeName(caPemPath).constData(), "r"), fclose);
    if (!file) {
        *error = u"cannot read %1: %2"_s.arg(caPemPath, errnoText());
        return {};
    }
    std::unique_ptr<X509, void (*)(X509*)> certificate(
        PEM_read_X509(file.get(), nullptr, nullptr, nullptr), X509_free);
    if (!certificate) {
        *error = caPemPath + u": not a PEM certificate"_s;
        return {};
    }
    const unsigned long hash
        = X509_NAME_hash_ex(X509_get_subject_name(certificate.get()), nullptr, nullptr, nullptr);
    return u"%1"_s.arg(qulonglong { hash }, 8, 16, QLatin1Char('0'));
}

} // namespace

QString SystemTrustOverride::apply(const QString& directory, const QString& caPemPath)
{
    QString error;
    const QString hash = subjectHash(caPemPath, &error);
    if (hash.isEmpty())
        return error;
    const QString certs = QDir(directory).filePath(u"system-certs"_s);
    if (!QDir().mkpath(certs))
        return u"cannot create "_s + certs;
    const QDir system(systemDirectory);
    for (const QFileInfo& entry : system.entryInfoList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
        // Links to the real files, not copies: what the system trusts stays what it is.
        if (!QFile::link(entry.canonicalFilePath(), QDir(certs).filePath(entry.fileName())))
            return u"cannot link %1 into %2"_s.arg(entry.fileName(), certs);
    }
    const QString caCopy = QDir(certs).filePath(u"mailscout-test-ca.pem"_s);
    if (!QFile::copy(caPemPath, caCopy))
        return u"cannot copy %1 into %2"_s.arg(caPemPath, certs);
    int collision = 0;
    while (QFileInfo::exists(QDir(certs).filePath(u"%1.%2"_s.arg(hash).arg(collision))))
        ++collision;
    if (!QFile::link(caCopy, QDir(certs).filePath(u"%1.%2"_s.arg(hash).arg(collision))))
        return u"cannot link the CA's hash name in "_s + certs;
    if (mount(QFile::encodeName(certs).constData(), systemDirectory.data(), nullptr, MS_BIND, nullptr) != 0)
        return u"bind-mounting %1 on %2 failed: %3"_s.arg(certs, systemDirectory, errnoText());
    return {};
}

} // namespace mailscout::test
