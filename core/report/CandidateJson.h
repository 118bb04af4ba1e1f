// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Candidate.h"

#include <QJsonObject>

namespace mailscout::CandidateJson {

// One candidate as `mailscout-cli discover --list-candidates --json` prints it: endpoint (as in
// mailscout.probe/1), source (candidateSourceCode), trusted, reason, username (template or null),
// auth_methods (clientConfig codes), oauth2_required.
[[nodiscard]] QJsonObject toJson(const Candidate& candidate);

} // namespace mailscout::CandidateJson
