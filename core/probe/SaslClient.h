// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

#include <optional>

struct Gsasl_session;

namespace mailscout {

struct Credentials;

// The client side of one SASL exchange, through GNU SASL (SCRAM and CRAM-MD5 need real crypto, which we do
// not write ourselves). Works on decoded bytes; the protocol dialogs do the base64 framing.
class SaslClient {
public:
    SaslClient(const QString& mechanism, const Credentials& credentials, const QString& service,
               const QString& host);
    ~SaslClient();
    SaslClient(const SaslClient&) = delete;
    SaslClient& operator=(const SaslClient&) = delete;

    // The mechanism to use among those the server offers, by our preference, or empty if none fits.
    // `preferred` (the user's choice) wins when the server offers it.
    [[nodiscard]] static QString choose(const QStringList& offered, const QString& preferred = {});
    [[nodiscard]] static bool isSupported(const QString& mechanism);

    [[nodiscard]] bool isValid() const { return m_session != nullptr; }
    [[nodiscard]] QString mechanism() const { return m_mechanism; }
    // Mechanisms such as PLAIN send data first: the initial response for SASL-IR / RFC 4954, if any.
    [[nodiscard]] bool clientSpeaksFirst() const;
    // One round: the server's decoded challenge in, our response out; nothing on failure.
    [[nodiscard]] std::optional<QByteArray> step(const QByteArray& challenge);
    // The mechanism considers the exchange complete on our side.
    [[nodiscard]] bool isComplete() const { return m_complete; }

private:
    QString m_mechanism;
    Gsasl_session* m_session = nullptr;
    bool m_complete = false;
};

} // namespace mailscout
