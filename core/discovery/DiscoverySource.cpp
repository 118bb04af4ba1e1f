// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiscoverySource.h"

namespace mailscout {

using namespace Qt::StringLiterals;

DiscoverySource::DiscoverySource(const QString& id, int timeoutMs, QObject* parent)
    : QObject(parent), m_id(id), m_timeoutMs(timeoutMs)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(State::Failed, tr("No answer within %1 seconds.").arg(m_timeoutMs / 1000.0, 0, 'g', 3));
    });
}

void DiscoverySource::start()
{
    if (m_running)
        return;
    m_running = true;
    m_reported = false;
    m_timeout.start(m_timeoutMs);
    // Queued, so that a source that knows its answer at once still reports after its caller connected
    // and returned from start().
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_running)
                run();
        },
        Qt::QueuedConnection);
}

void DiscoverySource::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    m_timeout.stop();
    stop();
}

QString DiscoverySource::stateCode(State state)
{
    switch (state) {
    case State::Found:
        return u"found"_s;
    case State::Nothing:
        return u"nothing"_s;
    case State::Failed:
        return u"failed"_s;
    }
    return {};
}

void DiscoverySource::report(const QList<Candidate>& candidates)
{
    if (!m_running || candidates.isEmpty())
        return;
    m_reported = true;
    Q_EMIT candidatesFound(candidates);
}

void DiscoverySource::finish(State stateWithoutCandidates, const QString& reason)
{
    if (!m_running)
        return;
    m_running = false;
    m_timeout.stop();
    stop();
    Q_EMIT finished(m_reported ? State::Found : stateWithoutCandidates, reason);
}

} // namespace mailscout
