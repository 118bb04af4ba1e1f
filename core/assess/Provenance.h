// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Candidate.h"

#include <QList>

namespace mailscout::Provenance {

// The candidates that proposed this endpoint (one probe, possibly several sources).
[[nodiscard]] QList<Candidate> of(const Endpoint& endpoint, const QList<Candidate>& candidates);
// The same, most credible first: trusted sources, then untrusted ones, then guesses; otherwise in the
// order discovery found them.
[[nodiscard]] QList<Candidate> byCredibility(QList<Candidate> provenance);
[[nodiscard]] bool isGuess(const Candidate& candidate);

} // namespace mailscout::Provenance
