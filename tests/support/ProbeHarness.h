// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestPki.h"
#include "probe/Probe.h"

#include <QTemporaryDir>

#include <memory>

namespace mailscout::test {

// What every probe test needs: a test CA, a certificate for mail.example.test, options that send
// mail.example.test to loopback and trust the test CA, and a way to run a probe to its end.
class ProbeHarness {
public:
    static constexpr const char16_t* kHost = u"mail.example.test";

    ProbeHarness();
    [[nodiscard]] bool isValid() const { return m_pki && m_pki->isValid() && !m_good.certificate.isNull(); }
    [[nodiscard]] TestPki& pki() { return *m_pki; }
    [[nodiscard]] const IssuedCertificate& goodCertificate() const { return m_good; }

    // Short timeouts: scripted servers answer at once or never.
    [[nodiscard]] ProbeOptions options(const QString& address = QStringLiteral("127.0.0.1")) const;
    [[nodiscard]] static Endpoint endpoint(Protocol protocol, Security security, quint16 port);
    // Runs the probe until it finishes (or 30 s pass, which fails the calling test via the empty result).
    [[nodiscard]] static ProbeResult run(const Endpoint& endpoint, const ProbeOptions& options);

    // Where the canary password could hide in a result: the JSON, the text summary, the transcript.
    [[nodiscard]] static QString everythingShown(const ProbeResult& result);
    // The canary in any form a protocol would carry it (as typed, base64, inside a PLAIN message).
    [[nodiscard]] static bool containsCanary(QByteArrayView data);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestPki> m_pki;
    IssuedCertificate m_good;
};

} // namespace mailscout::test
