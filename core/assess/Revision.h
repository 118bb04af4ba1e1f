// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/AccountConfig.h"
#include "model/ProbeResult.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace mailscout {

// The recommendation changed after a probe that had been reported filtered answered after all (a port
// slower than its round-trip deadline, or a firewall that let a retransmitted SYN through). The user
// sees it in words, and the JSON keeps it, so nobody wonders why the answer moved.
struct Revision {
    Q_DECLARE_TR_FUNCTIONS(Revision)

public:
    qint64 atMs = -1; // since the session started
    Endpoint lateEndpoint;
    AccountConfig before;
    AccountConfig after;
    QString message; // translated: "imap.example.com port 993 answered late, after 3.1 s: incoming mail now …"

    // A revision when the late result changed the recommended servers, else nothing.
    [[nodiscard]] static std::optional<Revision> between(const ProbeResult& late, qint64 atMs,
        const std::optional<AccountConfig>& before, const std::optional<AccountConfig>& after);
};

} // namespace mailscout
