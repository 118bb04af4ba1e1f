// SPDX-License-Identifier: GPL-3.0-or-later
#include "EndpointScore.h"

#include <algorithm>

namespace mailscout {

int EndpointScore::total() const
{
    int sum = 0;
    for (const ScoreTerm& term : terms)
        sum += term.points;
    return sum;
}

QStringList EndpointScore::reasons() const
{
    QStringList result;
    for (const ScoreTerm& term : terms)
        result.append(term.reason);
    return result;
}

bool EndpointScore::hasTerm(QStringView code) const
{
    return std::any_of(
        terms.cbegin(), terms.cend(), [code](const ScoreTerm& term) { return term.code == code; });
}

} // namespace mailscout
