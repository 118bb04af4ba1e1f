// SPDX-License-Identifier: GPL-3.0-or-later
#include "CandidateJson.h"

#include <QJsonArray>

namespace mailscout::CandidateJson {

using namespace Qt::StringLiterals;

QJsonObject toJson(const Candidate& candidate)
{
    const Endpoint& endpoint = candidate.endpoint;
    return {
        { u"endpoint"_s,
            QJsonObject {
                { u"protocol"_s, protocolName(endpoint.protocol) },
                { u"host"_s, endpoint.host },
                { u"port"_s, endpoint.port },
                { u"security"_s, securityName(endpoint.security) },
            } },
        { u"source"_s, candidateSourceCode(candidate.source) },
        { u"trusted"_s, candidate.trusted },
        { u"reason"_s, candidate.trustReason },
        { u"username"_s,
            candidate.usernameTemplate.isEmpty() ? QJsonValue() : QJsonValue(candidate.usernameTemplate) },
        { u"auth_methods"_s, QJsonArray::fromStringList(candidate.authMethods) },
        { u"oauth2_required"_s, candidate.oauth2Required },
    };
}

} // namespace mailscout::CandidateJson
