// SPDX-License-Identifier: GPL-3.0-or-later
#include "RttEstimator.h"

#include <algorithm>

namespace mailscout {

using namespace Qt::StringLiterals;

void RttEstimator::addConnectSample(const QHostAddress& address, qint64 ms)
{
    if (ms < 0 || address.isNull())
        return;
    qint64& slowest = m_slowestConnect[address];
    slowest = std::max(slowest, ms);
}

void RttEstimator::addDnsSample(qint64 ms)
{
    if (ms < 0)
        return;
    m_slowestDns = std::max(m_slowestDns.value_or(0), ms);
}

std::optional<RttEstimator::Estimate> RttEstimator::estimate(const QList<QHostAddress>& addresses) const
{
    std::optional<qint64> slowest;
    for (const QHostAddress& address : addresses) {
        const auto found = m_slowestConnect.constFind(address);
        if (found != m_slowestConnect.cend())
            slowest = std::max(slowest.value_or(0), *found);
    }
    if (slowest)
        return Estimate { *slowest, Basis::Connect };
    if (m_slowestDns)
        return Estimate { *m_slowestDns, Basis::Dns };
    return std::nullopt;
}

std::optional<qint64> RttEstimator::softDeadlineMs(const QList<QHostAddress>& addresses, qint64 connectTimeoutMs) const
{
    const std::optional<Estimate> rtt = estimate(addresses);
    if (!rtt)
        return std::nullopt;
    const qint64 deadline = std::max(kFloorMs, kRttMultiple * rtt->rttMs);
    if (deadline >= connectTimeoutMs)
        return std::nullopt;
    return deadline;
}

QString RttEstimator::basisCode(Basis basis)
{
    switch (basis) {
    case Basis::Connect:
        return u"connect"_s;
    case Basis::Dns:
        return u"dns"_s;
    }
    return {};
}

} // namespace mailscout
