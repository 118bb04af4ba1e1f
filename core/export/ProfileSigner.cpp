// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileSigner.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace mailscout {

using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 30'000;
constexpr char kPassphraseVariable[] = "MAILSCOUT_SIGNING_KEY_PASSPHRASE";

} // namespace

ProfileSigner::Result ProfileSigner::sign(
    const QByteArray& content, const QString& certificatePath, const QString& keyPath)
{
    for (const QString& path : { certificatePath, keyPath }) {
        if (!QFileInfo(path).isReadable())
            return { {}, tr("Cannot read \"%1\".").arg(path) };
    }
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty())
        return { {}, tr("Signing needs the openssl command, which is not installed.") };

    // openssl resolves -passin before it knows whether the key is encrypted, and fails on an unset variable;
    // an empty passphrase instead keeps it from prompting on a terminal for an encrypted key.
    const QString passphrase = qEnvironmentVariableIsSet(kPassphraseVariable)
        ? u"env:"_s + QLatin1String(kPassphraseVariable)
        : u"pass:"_s;
    QProcess process;
    process.start(openssl,
        { u"smime"_s, u"-sign"_s, u"-binary"_s, u"-nodetach"_s, u"-outform"_s, u"der"_s, u"-signer"_s,
            certificatePath, u"-inkey"_s, keyPath, u"-passin"_s, passphrase });
    if (!process.waitForStarted(kTimeoutMs))
        return { {}, tr("Could not run openssl: %1").arg(process.errorString()) };
    process.write(content);
    process.closeWriteChannel();
    if (!process.waitForFinished(kTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return { {}, tr("openssl did not finish signing in time.") };
    }
    // openssl smime exits with 0 after some failures (an unreadable passphrase, for one): no output is
    // failure.
    const QByteArray output = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 || output.isEmpty()) {
        const QString message = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        return { {}, tr("openssl could not sign the profile: %1").arg(message) };
    }
    return { output, {} };
}

} // namespace mailscout
