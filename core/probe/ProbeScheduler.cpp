// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProbeScheduler.h"

#include "Probe.h"

#include <algorithm>

namespace mailscout {

ProbeScheduler::ProbeScheduler(Limits limits, QObject* parent)
    : QObject(parent)
    , m_limits(limits)
{
}

ProbeScheduler::~ProbeScheduler()
{
    m_queue.clear();
    for (const Running& running : std::as_const(m_running))
        running.probe->disconnect(this);
}

void ProbeScheduler::enqueue(const Endpoint& endpoint, const ProbeOptions& options, int priority)
{
    Queued queued { endpoint, options, priority, m_nextOrder++ };
    // Stable: equal priorities keep their arrival order.
    const auto position = std::find_if(m_queue.begin(), m_queue.end(),
                                       [priority](const Queued& other) { return other.priority < priority; });
    m_queue.insert(position, std::move(queued));
    startWhatFits();
}

void ProbeScheduler::cancel()
{
    m_queue.clear();
    // Each cancelled probe reports through onProbeFinished, which removes it from m_running.
    const QList<Running> running = m_running;
    for (const Running& entry : running)
        entry.probe->cancel();
}

QString ProbeScheduler::hostKey(const Endpoint& endpoint, const ProbeOptions& options)
{
    const ConnectionOverrides::Target target = options.overrides.resolve(endpoint.host, endpoint.port);
    return target.addresses.isEmpty() ? target.host.toLower() : target.addresses.first().toString();
}

int ProbeScheduler::runningOn(const QString& key) const
{
    return static_cast<int>(std::count_if(m_running.cbegin(), m_running.cend(),
                                          [&key](const Running& running) { return running.hostKey == key; }));
}

void ProbeScheduler::startWhatFits()
{
    for (auto it = m_queue.begin(); it != m_queue.end() && m_running.size() < m_limits.global;) {
        const QString key = hostKey(it->endpoint, it->options);
        if (runningOn(key) >= m_limits.perHost) {
            ++it;
            continue;
        }
        auto* probe = new Probe(it->endpoint, it->options, this);
        const Endpoint endpoint = it->endpoint;
        it = m_queue.erase(it);
        m_running.append({ probe, key });
        connect(probe, &Probe::finished, this, [this, probe](const ProbeResult& result) { onProbeFinished(probe, result); });
        Q_EMIT probeStarted(endpoint);
        probe->start();
    }
}

void ProbeScheduler::onProbeFinished(Probe* probe, const ProbeResult& result)
{
    m_running.removeIf([probe](const Running& running) { return running.probe == probe; });
    probe->deleteLater();
    Q_EMIT probeFinished(result);
    startWhatFits();
    if (isIdle())
        Q_EMIT idle();
}

} // namespace mailscout
