// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiscoverySummary.h"

#include "session/SetupSession.h"

#include <QMap>

namespace mailscout {

using namespace Qt::StringLiterals;

namespace {

QString securityText(Security security)
{
    switch (security) {
    case Security::ImplicitTls:
        return DiscoverySummary::tr("SSL/TLS");
    case Security::StartTls:
        return DiscoverySummary::tr("STARTTLS");
    case Security::Plain:
        return DiscoverySummary::tr("none (unencrypted)");
    }
    return {};
}

QString serverCard(const QString& title, const ServerSetting& server)
{
    const Endpoint& e = server.endpoint;
    QString text = title + u'\n';
    text += u"  "_s + DiscoverySummary::tr("Protocol:  %1").arg(protocolName(e.protocol).toUpper()) + u'\n';
    text += u"  "_s + DiscoverySummary::tr("Server:    %1").arg(e.host) + u'\n';
    text += u"  "_s + DiscoverySummary::tr("Port:      %1").arg(e.port) + u'\n';
    text += u"  "_s + DiscoverySummary::tr("Security:  %1").arg(securityText(e.security)) + u'\n';
    text += u"  "_s + DiscoverySummary::tr("Username:  %1").arg(server.username) + u'\n';
    text += u"  "_s + DiscoverySummary::tr("Login:     %1").arg(server.authMethod == u"OAuth2"_s ? DiscoverySummary::tr("OAuth2 (sign in through the provider)") : DiscoverySummary::tr("normal password")) + u'\n';
    if (server.loginVerified)
        text += u"  "_s + DiscoverySummary::tr("Your login was verified on this server.") + u'\n';
    return text;
}

QString describe(const AccountConfig& config)
{
    // -> QString: an auto return would be a QStringBuilder referring to temporaries that die at return.
    const auto short_ = [](const ServerSetting& s) -> QString {
        return protocolName(s.endpoint.protocol).toUpper() + u' ' + s.endpoint.host + u':' + QString::number(s.endpoint.port)
            + u" ("_s + securityText(s.endpoint.security) + u')';
    };
    return short_(config.incoming) + u" + "_s + short_(config.outgoing);
}

} // namespace

QString DiscoverySummary::cellText(const ProbeResult& result)
{
    if (result.isSecure())
        return result.endpoint.security == Security::StartTls ? tr("starttls") : tr("secure");
    switch (result.outcome) {
    case ProbeOutcome::Ok:
    case ProbeOutcome::AuthOk:
    case ProbeOutcome::AuthFailed:
        return tr("insecure");
    case ProbeOutcome::Refused:
        return tr("refused");
    case ProbeOutcome::Timeout:
        // "filtered?": reported by the round-trip deadline, still waited for in the background.
        return result.provisional ? tr("filtered?") : tr("filtered");
    case ProbeOutcome::CertificateExpired:
    case ProbeOutcome::CertificateNameMismatch:
    case ProbeOutcome::CertificateUntrusted:
        return tr("cert");
    case ProbeOutcome::StartTlsUnavailable:
        return tr("no-tls");
    case ProbeOutcome::Cancelled:
        return tr("cancelled");
    default:
        return tr("error");
    }
}

QString DiscoverySummary::toText(const SetupSession& session)
{
    const Assessment& assessment = session.assessment();
    QString text;
    if (assessment.configurations.isEmpty()) {
        text += tr("No secure configuration was found for %1.").arg(session.address().address()) + u"\n\n"_s;
    } else {
        const AccountConfig& best = assessment.configurations.first();
        text += tr("Recommended settings for %1").arg(session.address().address()) + u"\n\n"_s;
        text += serverCard(tr("Incoming mail"), best.incoming) + u'\n';
        text += serverCard(tr("Outgoing mail"), best.outgoing) + u'\n';
        if (best.oauth2Required)
            text += tr("This provider requires OAuth2 sign-in (or an app password).") + u"\n\n"_s;
        text += tr("Why:") + u'\n';
        for (const QString& reason : best.reasons)
            text += u"  - "_s + reason + u'\n';
        for (const QString& warning : best.warnings)
            text += u"  ! "_s + warning + u'\n';
        if (assessment.configurations.size() > 1) {
            text += u'\n' + tr("Alternatives:") + u'\n';
            for (qsizetype i = 1; i < assessment.configurations.size(); ++i)
                text += u"  %1. "_s.arg(i + 1) + describe(assessment.configurations[i]) + u'\n';
        }
    }
    if (!assessment.diagnosis.isEmpty()) {
        text += u'\n' + tr("Diagnosis:") + u'\n';
        for (const Diagnosis& finding : assessment.diagnosis)
            text += u"  ["_s + finding.code + u"] "_s + finding.message + u'\n';
    }
    if (!session.revisions().isEmpty()) {
        text += u'\n' + tr("Revised after a late answer:") + u'\n';
        for (const Revision& revision : session.revisions())
            text += u"  "_s + revision.message + u'\n';
    }
    // Hosts as rows, protocol/port as columns: the port matrix a helpdesk reads first.
    QMap<QString, QMap<QString, QString>> matrix;
    QStringList columns;
    for (const ProbeResult& result : session.results()) {
        const QString column = protocolName(result.endpoint.protocol) + u'/' + QString::number(result.endpoint.port);
        if (!columns.contains(column))
            columns.append(column);
        matrix[result.endpoint.host][column] = cellText(result);
    }
    if (!matrix.isEmpty()) {
        std::sort(columns.begin(), columns.end());
        qsizetype hostWidth = 4;
        for (auto it = matrix.cbegin(); it != matrix.cend(); ++it)
            hostWidth = std::max(hostWidth, it.key().size());
        text += u'\n' + tr("Ports checked:") + u'\n' + QString(hostWidth + 2, u' ');
        for (const QString& column : std::as_const(columns))
            text += column.leftJustified(10);
        text += u'\n';
        for (auto it = matrix.cbegin(); it != matrix.cend(); ++it) {
            text += it.key().leftJustified(hostWidth + 2);
            for (const QString& column : std::as_const(columns))
                text += it->value(column, u"-"_s).leftJustified(10);
            text += u'\n';
        }
    }
    text += u'\n'
        + tr("Settled after %1 ms, finished after %2 ms.").arg(session.settledMs()).arg(session.elapsedMs()) + u'\n';
    if (!assessment.settledReason.isEmpty())
        text += assessment.settledReason + u'\n';
    return text;
}

} // namespace mailscout
