// SPDX-License-Identifier: GPL-3.0-or-later
#include "Provenance.h"

#include <algorithm>
#include <iterator>

namespace mailscout::Provenance {

namespace {

int credibility(const Candidate& candidate)
{
    if (candidate.trusted)
        return 2;
    return isGuess(candidate) ? 0 : 1;
}

} // namespace

QList<Candidate> of(const Endpoint& endpoint, const QList<Candidate>& candidates)
{
    QList<Candidate> result;
    std::copy_if(candidates.cbegin(), candidates.cend(), std::back_inserter(result),
        [&endpoint](const Candidate& candidate) { return candidate.endpoint == endpoint; });
    return result;
}

QList<Candidate> byCredibility(QList<Candidate> provenance)
{
    std::stable_sort(provenance.begin(), provenance.end(),
        [](const Candidate& a, const Candidate& b) { return credibility(a) > credibility(b); });
    return provenance;
}

bool isGuess(const Candidate& candidate)
{
    return candidate.source == CandidateSource::Guess;
}

} // namespace mailscout::Provenance
