// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Endpoint.h"

#include <QList>
#include <QString>

namespace mailscout::bench {

// The candidate lists the baselines walk, best first, as the clients they stand for build them.
class BaselineCandidates {
public:
    // Guessing, host by host, each host's ports best first (imap.: 993 then 143; then mail., the bare
    // domain; POP3 after every IMAP try): the order that makes Delta Chat wait for one timeout per filtered
    // port on the way.
    [[nodiscard]] static QList<Endpoint> guessedIncoming(const QString& domain);
    [[nodiscard]] static QList<Endpoint> guessedOutgoing(const QString& domain);
    // What the lab's autoconfig file for auto.test lists, in its order.
    [[nodiscard]] static QList<Endpoint> autoconfigIncoming(const QString& domain);
    [[nodiscard]] static QList<Endpoint> autoconfigOutgoing(const QString& domain);
};

} // namespace mailscout::bench
