// SPDX-License-Identifier: GPL-3.0-or-later
#include "BaselineProber.h"

#include "probe/Probe.h"

#include <QEventLoop>
#include <QPointer>

namespace mailscout::bench {

using namespace Qt::StringLiterals;

struct BaselineProber::Side {
    QList<Endpoint> candidates;
    QList<QPointer<Probe>> probes; // index = candidate index; null until started or after it ended
    QList<int> state; // 0 not started, 1 running, 2 failed or insecure, 3 secure
    qsizetype next = 0;
    QTimer stagger;
    bool decided = false;
    qsizetype winner = -1;
};

BaselineProber::BaselineProber(Strategy strategy, const QList<Endpoint>& incoming,
    const QList<Endpoint>& outgoing, const ProbeOptions& options, int capMs, QObject* parent)
    : QObject(parent),
      m_strategy(strategy),
      m_options(options),
      m_capMs(capMs),
      m_incoming(std::make_unique<Side>()),
      m_outgoing(std::make_unique<Side>())
{
    for (const auto& [side, list] :
        { std::pair { m_incoming.get(), &incoming }, std::pair { m_outgoing.get(), &outgoing } }) {
        side->candidates = *list;
        side->probes.resize(list->size());
        side->state = QList<int>(list->size(), 0);
        side->stagger.setInterval(staggerMs);
        side->stagger.setTimerType(Qt::PreciseTimer);
        Side& s = *side;
        connect(&side->stagger, &QTimer::timeout, this, [this, &s] { startNext(s); });
    }
}

BaselineProber::~BaselineProber()
{
    stop(*m_incoming);
    stop(*m_outgoing);
}

void BaselineProber::startNext(Side& side)
{
    if (side.decided || side.next >= side.candidates.size()) {
        side.stagger.stop();
        decide(side);
        return;
    }
    const qsizetype index = side.next++;
    auto* probe = new Probe(side.candidates.at(index), m_options, this);
    side.probes[index] = probe;
    side.state[index] = 1;
    ++m_probes;
    connect(probe, &Probe::finished, this,
        [this, &side, index](const ProbeResult& result) { onFinished(side, index, result); });
    probe->start();
}

void BaselineProber::onFinished(Side& side, qsizetype index, const ProbeResult& result)
{
    if (side.decided || side.state.at(index) != 1)
        return;
    side.state[index] = result.isSecure() ? 3 : 2;
    if (Probe* probe = side.probes.at(index))
        probe->deleteLater();
    side.probes[index] = nullptr;
    decide(side);
    if (!side.decided && m_strategy == Strategy::Sequential)
        startNext(side);
}

// The best candidate that works, once every better one has failed: for the sequential prober that is
// simply the one that just worked.
void BaselineProber::decide(Side& side)
{
    if (side.decided)
        return;
    for (qsizetype i = 0; i < side.state.size(); ++i) {
        if (side.state.at(i) == 3) {
            side.winner = i;
            break;
        }
        if (side.state.at(i) != 2)
            return; // a better one is still untried or running
    }
    side.decided = true;
    stop(side);
    if (allDecided() && m_settledMs < 0) {
        m_settledMs = m_clock.elapsed();
        Q_EMIT settled();
    }
}

void BaselineProber::stop(Side& side)
{
    side.stagger.stop();
    for (QPointer<Probe>& probe : side.probes) {
        if (probe) {
            probe->disconnect(this);
            probe->deleteLater();
        }
        probe = nullptr;
    }
}

bool BaselineProber::allDecided() const
{
    return m_incoming->decided && m_outgoing->decided;
}

BaselineFigures BaselineProber::run()
{
    QEventLoop loop;
    QTimer cap;
    cap.setSingleShot(true);
    connect(&cap, &QTimer::timeout, &loop, [this, &loop] {
        m_capped = true;
        loop.quit();
    });
    connect(this, &BaselineProber::settled, &loop, &QEventLoop::quit);
    m_clock.start();
    cap.start(m_capMs);
    for (Side* side : { m_incoming.get(), m_outgoing.get() }) {
        startNext(*side);
        if (m_strategy == Strategy::Staggered)
            side->stagger.start();
    }
    if (!allDecided())
        loop.exec();
    stop(*m_incoming);
    stop(*m_outgoing);

    BaselineFigures figures;
    figures.ran = true;
    figures.capped = m_capped && !allDecided();
    figures.settledMs = figures.capped ? m_capMs : m_settledMs;
    figures.probes = m_probes;
    QStringList parts;
    for (const Side* side : { m_incoming.get(), m_outgoing.get() }) {
        if (side->winner >= 0) {
            const Endpoint& endpoint = side->candidates.at(side->winner);
            parts << u"%1 %2 %3"_s.arg(protocolName(endpoint.protocol))
                         .arg(endpoint.port)
                         .arg(securityName(endpoint.security));
        } else {
            parts << (side->decided ? u"none"_s : u"?"_s);
        }
    }
    figures.answer = parts.join(u" + "_s);
    return figures;
}

} // namespace mailscout::bench
