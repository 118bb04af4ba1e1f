// SPDX-License-Identifier: GPL-3.0-or-later
#include "Revision.h"

#include <QLocale>

#include <algorithm>

namespace mailscout {

namespace {

QString serverText(const Endpoint& endpoint)
{
    switch (endpoint.security) {
    case Security::ImplicitTls:
        return Revision::tr("%1 port %2 with implicit TLS").arg(endpoint.host).arg(endpoint.port);
    case Security::StartTls:
        return Revision::tr("%1 port %2 with STARTTLS").arg(endpoint.host).arg(endpoint.port);
    case Security::Plain:
        return Revision::tr("%1 port %2 without encryption").arg(endpoint.host).arg(endpoint.port);
    }
    return {};
}

} // namespace

std::optional<Revision> Revision::between(const ProbeResult& late, qint64 atMs,
    const std::optional<AccountConfig>& before, const std::optional<AccountConfig>& after)
{
    const Endpoint none;
    const Endpoint& inBefore = before ? before->incoming.endpoint : none;
    const Endpoint& outBefore = before ? before->outgoing.endpoint : none;
    const Endpoint& inAfter = after ? after->incoming.endpoint : none;
    const Endpoint& outAfter = after ? after->outgoing.endpoint : none;
    if (inBefore == inAfter && outBefore == outAfter)
        return std::nullopt;

    Revision revision;
    revision.atMs = atMs;
    revision.lateEndpoint = late.endpoint;
    revision.before = before.value_or(AccountConfig {});
    revision.after = after.value_or(AccountConfig {});
    const qint64 answeredMs = late.timings.connect >= 0 ? std::max<qint64>(late.timings.dns, 0) + late.timings.connect
                                                         : late.timings.total;
    const QString seconds = QLocale().toString(answeredMs / 1000.0, 'f', 1);
    QString message = tr("%1 port %2 answered late, after %3 s.").arg(late.endpoint.host).arg(late.endpoint.port).arg(seconds);
    const auto describe = [&message](const Endpoint& from, const Endpoint& to, bool incoming) {
        if (from == to)
            return;
        QString sentence;
        if (to.host.isEmpty())
            sentence = incoming ? tr("No secure incoming server is left.") : tr("No secure outgoing server is left.");
        else if (from.host.isEmpty())
            sentence = incoming ? tr("Incoming mail: %1.").arg(serverText(to)) : tr("Outgoing mail: %1.").arg(serverText(to));
        else
            sentence = incoming ? tr("Switching incoming mail to %1 (was %2).").arg(serverText(to), serverText(from))
                                : tr("Switching outgoing mail to %1 (was %2).").arg(serverText(to), serverText(from));
        message += u' ' + sentence;
    };
    describe(inBefore, inAfter, true);
    describe(outBefore, outAfter, false);
    revision.message = message;
    return revision;
}

} // namespace mailscout
