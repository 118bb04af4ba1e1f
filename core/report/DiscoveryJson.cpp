// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiscoveryJson.h"

#include "AccountConfigJson.h"
#include "CandidateJson.h"
#include "ProbeJson.h"
#include "session/SetupSession.h"

#include <QJsonArray>

namespace mailscout::DiscoveryJson {

using namespace Qt::StringLiterals;

namespace {

QJsonObject endpointJson(const Endpoint& e)
{
    return { { u"protocol"_s, protocolName(e.protocol) }, { u"host"_s, e.host }, { u"port"_s, e.port },
             { u"security"_s, securityName(e.security) } };
}

// The two servers a revision moved between; null where there was none.
QJsonObject configurationEndpoints(const AccountConfig& config)
{
    const auto server = [](const ServerSetting& setting) {
        return setting.endpoint.host.isEmpty() ? QJsonValue() : QJsonValue(endpointJson(setting.endpoint));
    };
    return { { u"incoming"_s, server(config.incoming) }, { u"outgoing"_s, server(config.outgoing) } };
}

} // namespace

QJsonObject toJson(const SetupSession& session)
{
    QJsonArray candidates;
    for (const Candidate& candidate : session.candidates())
        candidates.append(CandidateJson::toJson(candidate));
    QJsonArray sources;
    for (auto it = session.sources().cbegin(); it != session.sources().cend(); ++it)
        sources.append(QJsonObject { { u"id"_s, it.key() }, { u"state"_s, it->state }, { u"reason"_s, it->reason } });
    QJsonArray probes;
    for (const ProbeResult& result : session.results())
        probes.append(ProbeJson::toJson(result));
    const Assessment& assessment = session.assessment();
    QJsonArray configurations;
    for (qsizetype i = 0; i < assessment.configurations.size(); ++i)
        configurations.append(AccountConfigJson::toJson(assessment.configurations[i], static_cast<int>(i + 1)));
    QJsonArray diagnosis;
    for (const Diagnosis& finding : assessment.diagnosis) {
        QJsonArray endpoints;
        for (const Endpoint& endpoint : finding.endpoints)
            endpoints.append(endpointJson(endpoint));
        diagnosis.append(QJsonObject { { u"code"_s, finding.code }, { u"message"_s, finding.message }, { u"endpoints"_s, endpoints } });
    }
    QJsonArray revisions;
    for (const Revision& revision : session.revisions()) {
        revisions.append(QJsonObject { { u"at_ms"_s, revision.atMs },
                                       { u"late_endpoint"_s, endpointJson(revision.lateEndpoint) },
                                       { u"from"_s, configurationEndpoints(revision.before) },
                                       { u"to"_s, configurationEndpoints(revision.after) },
                                       { u"message"_s, revision.message } });
    }
    return {
        { u"schema"_s, kSchema.toString() },
        { u"address"_s, session.address().address() },
        { u"domain"_s, session.address().domain() },
        { u"sources"_s, sources },
        { u"candidates"_s, candidates },
        { u"probes"_s, probes },
        { u"configurations"_s, configurations },
        { u"diagnosis"_s, diagnosis },
        { u"settled"_s, assessment.settled },
        { u"settled_ms"_s, session.settledMs() },
        { u"settled_reason"_s, assessment.settledReason },
        { u"settled_code"_s, assessment.settledCode.isEmpty() ? QJsonValue() : QJsonValue(assessment.settledCode) },
        { u"revisions"_s, revisions },
        { u"elapsed_ms"_s, session.elapsedMs() },
        { u"cancelled"_s, session.wasCancelled() },
    };
}

} // namespace mailscout::DiscoveryJson
