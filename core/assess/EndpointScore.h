// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Endpoint.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mailscout {

// One ranking rule applied to one endpoint: the points it earns and the sentence that explains them, so
// that no point is ever given without a reason a person can read.
struct ScoreTerm {
    QString code; // stable: "login-verified", "implicit-tls", ... (see Ranker)
    int points = 0;
    QString reason; // translated

    friend bool operator==(const ScoreTerm&, const ScoreTerm&) = default;
};

// How one endpoint ranks, either as probed or as it could still turn out while its probe runs.
struct EndpointScore {
    Endpoint endpoint;
    QList<ScoreTerm> terms;
    // Translated: why the endpoint must not be recommended however many points it earns (no verified TLS,
    // TLS 1.0/1.1, not working). Such endpoints are reported, never ranked as usable.
    QStringList blockers;
    QStringList warnings; // translated: usable, but worth knowing

    [[nodiscard]] int total() const;
    [[nodiscard]] bool usable() const { return blockers.isEmpty(); }
    [[nodiscard]] QStringList reasons() const;
    [[nodiscard]] bool hasTerm(QStringView code) const;

    friend bool operator==(const EndpointScore&, const EndpointScore&) = default;
};

} // namespace mailscout
