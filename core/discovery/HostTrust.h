// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Candidate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mailscout {

// DESIGN.md, "Security rules": a host learned over a channel anybody on the path can alter (plain DNS,
// plain HTTP) may serve as the reference identity only if it lies within the e-mail domain or its
// registrable domain. Everything else is flagged, with the reason, so the UI can ask the user.
class HostTrust {
    Q_DECLARE_TR_FUNCTIONS(HostTrust)

public:
    HostTrust() = delete;

    // via names the channel in a sentence: "the MX record of example.com", "unencrypted HTTP".
    static void applyUnauthenticated(Candidate& candidate, const QString& emailDomain, const QString& via);
    static void applyUnauthenticated(
        QList<Candidate>& candidates, const QString& emailDomain, const QString& via);
    [[nodiscard]] static bool isWithinDomain(const QString& host, const QString& emailDomain);
};

} // namespace mailscout
