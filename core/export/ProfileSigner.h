// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace mailscout {

// Signs a configuration profile the way Apple devices expect (a DER CMS SignedData with the content
// attached, as "openssl smime -sign -binary -nodetach -outform der" makes it), by running the openssl
// command. The core links only Qt Core and Network and Qt has no CMS API; signing is rare, offline and
// asked for explicitly, so a child process is cheaper than a libcrypto dependency for the whole core.
// An encrypted key is read with the passphrase in MAILSCOUT_SIGNING_KEY_PASSPHRASE; openssl never prompts.
class ProfileSigner {
    Q_DECLARE_TR_FUNCTIONS(ProfileSigner)

public:
    struct Result {
        QByteArray signedData;
        QString error; // translated, with openssl's own message; empty on success
    };

    [[nodiscard]] static Result sign(
        const QByteArray& content, const QString& certificatePath, const QString& keyPath);
};

} // namespace mailscout
