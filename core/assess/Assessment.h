// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EndpointScore.h"
#include "model/AccountConfig.h"

#include <QList>
#include <QString>

namespace mailscout {

struct AssessOptions {
    QString emailAddress; // fills the username templates: full address, local part, domain
    bool preferPop3 = false;
    // The probes carry the user's credentials: a login result is expected, and a refused one is diagnosed.
    bool loginRequested = false;
};

// A finding stated for a helpdesk: what is wrong and what to do about it.
struct Diagnosis {
    QString code; // stable, documented in docs/json.md: "port25-blocked", "certificate-expired", ...
    QString message; // translated, plain words, ends with what to do
    QList<Endpoint> endpoints; // the endpoints the finding is about

    friend bool operator==(const Diagnosis&, const Diagnosis&) = default;
};

struct Assessment {
    QList<AccountConfig> configurations; // secure ones only, best first; empty when there is none
    QList<EndpointScore> scores; // every probed endpoint, usable ones first, best first
    // Nothing still running could outrank the best configuration: the answer will not change any more.
    bool settled = false;
    // Why it settled when it did, as a code documented in docs/json.md: "all-finished", "best-confirmed"
    // (nothing still running could outrank it), "better-filtered" (the better candidates still running
    // were reported filtered by their round-trip deadline); empty while not settled.
    QString settledCode;
    QString settledReason; // translated
    QList<Diagnosis> diagnosis; // the most urgent first (a security alert before all else)
};

} // namespace mailscout
