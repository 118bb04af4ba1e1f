// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NetLab.h"
#include "TestPki.h"
#include "session/SetupSession.h"

#include <QTemporaryDir>

#include <memory>

namespace mailscout::test {

// example.test as a typical provider publishes it, in the lab (NetLab): imap.example.test and
// smtp.example.test in DNS, the real Dovecot and Postfix behind them on the standard ports with a
// certificate for both names, and nothing else (no autoconfig, no SRV, an ISPDB that refuses). What the
// issue 11 measurements of Thunderbird and Delta Chat ran against. Root only.
class LabMailDomain {
public:
    // Starts the lab at this round-trip time; an error message, or empty. Call it from the main thread
    // before anything starts a thread (see NetLab).
    [[nodiscard]] QString start(int rttMs);
    [[nodiscard]] NetLab& lab() { return *m_lab; }
    // A session's options for alice@example.test on this network: guessing finds the servers.
    [[nodiscard]] SetupOptions options(int connectTimeoutMs) const;

private:
    std::unique_ptr<NetLab> m_lab;
    QTemporaryDir m_pkiDir;
    std::unique_ptr<TestPki> m_pki;
};

} // namespace mailscout::test
