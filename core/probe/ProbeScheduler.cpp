// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProbeScheduler.h"

#include "Probe.h"

#include <QLocale>

#include <algorithm>
#include <optional>

namespace mailscout {

ProbeScheduler::ProbeScheduler(Limits limits, QObject* parent)
    : QObject(parent)
    , m_limits(limits)
{
    m_clock.start();
    m_softDeadlineTimer.setSingleShot(true);
    connect(&m_softDeadlineTimer, &QTimer::timeout, this, &ProbeScheduler::applySoftDeadlines);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        startWhatFits();
        armRetryTimer();
    });
}

ProbeScheduler::~ProbeScheduler()
{
    m_queue.clear();
    for (const Running& running : std::as_const(m_running))
        running.probe->disconnect(this);
}

void ProbeScheduler::enqueue(const Endpoint& endpoint, const ProbeOptions& options, int priority)
{
    Queued queued;
    queued.endpoint = endpoint;
    queued.options = options;
    queued.priority = priority;
    queued.order = m_nextOrder++;
    insert(std::move(queued));
    startWhatFits();
}

void ProbeScheduler::insert(Queued queued)
{
    // Stable: equal priorities keep their arrival order.
    const auto position = std::find_if(m_queue.begin(), m_queue.end(),
        [priority = queued.priority](const Queued& other) { return other.priority < priority; });
    m_queue.insert(position, std::move(queued));
}

void ProbeScheduler::armRetryTimer()
{
    std::optional<qint64> due;
    for (const Queued& queued : std::as_const(m_queue)) {
        if (queued.notBeforeMs > 0)
            due = std::min(due.value_or(queued.notBeforeMs), queued.notBeforeMs);
    }
    if (due)
        m_retryTimer.start(static_cast<int>(std::max<qint64>(0, *due - m_clock.elapsed())));
    else
        m_retryTimer.stop();
}

void ProbeScheduler::cancel()
{
    // A retry still waiting has started as far as anyone knows: it ends with what its last try said.
    QList<ProbeResult> busy;
    for (const Queued& queued : std::as_const(m_queue)) {
        if (queued.busy)
            busy.append(*queued.busy);
    }
    m_queue.clear();
    m_retryTimer.stop();
    m_softDeadlineTimer.stop();
    for (const ProbeResult& result : std::as_const(busy))
        Q_EMIT probeFinished(result);
    if (!busy.isEmpty() && m_running.isEmpty())
        Q_EMIT idle();
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

// A connect the firewall drops costs the server nothing: only the others count against the limits.
int ProbeScheduler::runningOn(const QString& key) const
{
    return static_cast<int>(std::count_if(m_running.cbegin(), m_running.cend(), [&key](const Running& running) {
        return running.hostKey == key && !running.released;
    }));
}

qsizetype ProbeScheduler::activeCount() const
{
    return std::count_if(m_running.cbegin(), m_running.cend(),
                         [](const Running& running) { return !running.released; });
}

ProbeScheduler::Running* ProbeScheduler::find(Probe* probe)
{
    const auto it = std::find_if(m_running.begin(), m_running.end(),
                                 [probe](const Running& running) { return running.probe == probe; });
    return it == m_running.end() ? nullptr : &*it;
}

void ProbeScheduler::startWhatFits()
{
    const qint64 now = m_clock.elapsed();
    for (auto it = m_queue.begin(); it != m_queue.end() && activeCount() < m_limits.global;) {
        const QString key = hostKey(it->endpoint, it->options);
        if (it->notBeforeMs > now || runningOn(key) >= m_limits.perHost) {
            ++it;
            continue;
        }
        auto* probe = new Probe(it->endpoint, it->options, this);
        const Endpoint endpoint = it->endpoint;
        Running running;
        running.job = *it;
        it = m_queue.erase(it);
        running.probe = probe;
        running.hostKey = key;
        m_running.append(running);
        connect(probe, &Probe::finished, this, [this, probe](const ProbeResult& result) { onProbeFinished(probe, result); });
        connect(probe, &Probe::resolved, this, [this, probe](const QList<QHostAddress>& addresses, qint64 dnsMs) {
            onResolved(probe, addresses, dnsMs);
        });
        connect(probe, &Probe::connectedTo, this, [this, probe](const QHostAddress& address, qint64 connectMs) {
            onConnected(probe, address, connectMs);
        });
        Q_EMIT probeStarted(endpoint);
        probe->start();
    }
}

void ProbeScheduler::onResolved(Probe* probe, const QList<QHostAddress>& addresses, qint64 dnsMs)
{
    Running* running = find(probe);
    if (!running)
        return;
    running->addresses = addresses;
    running->connectStartedMs = m_clock.elapsed();
    m_rtt.addDnsSample(dnsMs);
    // From the event loop, not from inside startWhatFits() or a probe's own signal.
    m_softDeadlineTimer.start(0);
}

void ProbeScheduler::onConnected(Probe* probe, const QHostAddress& address, qint64 connectMs)
{
    Running* running = find(probe);
    if (!running)
        return;
    running->connected = true;
    m_rtt.addConnectSample(address, connectMs);
    m_softDeadlineTimer.start(0);
}

void ProbeScheduler::applySoftDeadlines()
{
    const qint64 now = m_clock.elapsed();
    std::optional<qint64> nextDue;
    const auto wakeAt = [&nextDue](qint64 due) { nextDue = std::min(nextDue.value_or(due), due); };
    // Announced after the loop: a listener may enqueue more probes, which would move m_running under us.
    QList<ProbeResult> verdicts;
    bool released = false;
    for (Running& running : m_running) {
        if (running.connected || running.verdict.given() || running.connectStartedMs < 0)
            continue;
        if (!running.released && running.job.options.connectTimeoutMs > RttEstimator::kFloorMs) {
            const qint64 releaseAt = running.connectStartedMs + RttEstimator::kFloorMs;
            if (releaseAt <= now)
                running.released = released = true;
            else
                wakeAt(releaseAt);
        }
        const std::optional<qint64> deadline = m_rtt.softDeadlineMs(running.addresses, running.job.options.connectTimeoutMs);
        if (!deadline)
            continue;
        const qint64 due = running.connectStartedMs + *deadline;
        if (due <= now) {
            running.released = released = true;
            verdicts.append(giveEarlyVerdict(running, *deadline));
        } else {
            wakeAt(due);
        }
    }
    if (nextDue)
        m_softDeadlineTimer.start(static_cast<int>(*nextDue - now));
    else
        m_softDeadlineTimer.stop();
    if (released)
        startWhatFits();
    for (const ProbeResult& verdict : std::as_const(verdicts))
        Q_EMIT probeProvisional(verdict);
}

ProbeResult ProbeScheduler::giveEarlyVerdict(Running& running, qint64 deadlineMs)
{
    const RttEstimator::Estimate rtt = *m_rtt.estimate(running.addresses);
    running.verdict = { deadlineMs, rtt.rttMs, RttEstimator::basisCode(rtt.basis) };
    ProbeResult provisional = running.probe->result();
    provisional.outcome = ProbeOutcome::Timeout;
    provisional.provisional = true;
    provisional.earlyVerdict = running.verdict;
    const QString seconds = QLocale().toString(deadlineMs / 1000.0, 'f', 1);
    const QString fullSeconds = QLocale().toString(running.job.options.connectTimeoutMs / 1000.0);
    provisional.detail = rtt.basis == RttEstimator::Basis::Connect
        ? tr("No answer within %1 s, although other ports of the same server answered within %2 ms: the port "
             "is most likely filtered by a firewall. Still waiting for it, up to %3 s.")
              .arg(seconds)
              .arg(rtt.rttMs)
              .arg(fullSeconds)
        : tr("No answer within %1 s, although the DNS server answered within %2 ms: the port is most likely "
             "filtered by a firewall. Still waiting for it, up to %3 s.")
              .arg(seconds)
              .arg(rtt.rttMs)
              .arg(fullSeconds);
    return provisional;
}

void ProbeScheduler::onProbeFinished(Probe* probe, const ProbeResult& result)
{
    ProbeResult final = result;
    std::optional<Queued> retry;
    if (const Running* running = find(probe)) {
        final.attempts = running->job.attempt;
        if (running->verdict.given()) {
            final.earlyVerdict = running->verdict;
            // Any answer at all, even a refusal, proves the port was not silently dropped.
            final.late = result.timings.connect >= 0 || result.outcome == ProbeOutcome::Refused;
        }
        if (result.serverBusy && running->job.attempt <= kBusyRetries) {
            retry = running->job;
            retry->notBeforeMs = m_clock.elapsed() + qint64 { retry->options.busyRetryDelayMs } * retry->attempt;
            retry->attempt += 1;
            retry->busy = final;
        } else if (result.serverBusy) {
            final.detail += u' '
                + tr("The server turned the connection away %n time(s) in a row: it limits how many connections "
                     "one client may open at once.",
                    nullptr, final.attempts);
        }
    }
    m_running.removeIf([probe](const Running& running) { return running.probe == probe; });
    probe->deleteLater();
    if (retry) {
        insert(std::move(*retry));
        armRetryTimer();
        startWhatFits();
        return;
    }
    Q_EMIT probeFinished(final);
    startWhatFits();
    if (isIdle())
        Q_EMIT idle();
}

} // namespace mailscout
