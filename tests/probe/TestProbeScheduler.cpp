// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProbeHarness.h"
#include "ScriptedServer.h"
#include "probe/ProbeScheduler.h"

#include <QSignalSpy>
#include <QTest>

using namespace mailscout;
using namespace mailscout::test;
using namespace Qt::StringLiterals;

namespace {

// A server that takes its time before greeting, so probes overlap.
const QString kSlowImap = u"WAIT 150\nS: * OK [CAPABILITY IMAP4rev1] hi\nC: a1 LOGOUT"_s;

} // namespace

class TestProbeScheduler : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ProbeHarness> m_harness;

    // Watches how many probes run at once, overall and per host key (the address connected to).
    struct Watch {
        int running = 0;
        int peak = 0;
        QStringList started;
        QList<ProbeResult> finished;
    };
    static void watch(ProbeScheduler& scheduler, Watch& w)
    {
        QObject::connect(&scheduler, &ProbeScheduler::probeStarted, &scheduler, [&w](const Endpoint& endpoint) {
            w.peak = std::max(w.peak, ++w.running);
            w.started.append(endpoint.host + u':' + QString::number(endpoint.port));
        });
        QObject::connect(&scheduler, &ProbeScheduler::probeFinished, &scheduler, [&w](const ProbeResult& result) {
            --w.running;
            w.finished.append(result);
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_harness = std::make_unique<ProbeHarness>();
        QVERIFY(m_harness->isValid());
    }

    void limits_data()
    {
        QTest::addColumn<int>("global");
        QTest::addColumn<int>("perHost");
        QTest::addColumn<int>("expectedPeak");
        QTest::addRow("global limit") << 2 << 10 << 2;
        QTest::addRow("per-host limit") << 10 << 3 << 3;
        QTest::addRow("both generous") << 10 << 10 << 6;
    }
    void limits()
    {
        QFETCH(int, global);
        QFETCH(int, perHost);
        ScriptedServer server;
        QVERIFY(server.setScript(kSlowImap));
        QVERIFY(server.start());
        ProbeScheduler scheduler({ global, perHost });
        Watch w;
        watch(scheduler, w);
        QSignalSpy idle(&scheduler, &ProbeScheduler::idle);
        for (int i = 0; i < 6; ++i)
            scheduler.enqueue(ProbeHarness::endpoint(Protocol::Imap, Security::Plain, server.serverPort()), m_harness->options());
        QVERIFY(idle.wait(10'000));
        QTEST(w.peak, "expectedPeak");
        QCOMPARE(w.finished.size(), 6);
        for (const ProbeResult& result : std::as_const(w.finished))
            QCOMPARE(result.outcome, ProbeOutcome::Ok);
        QCOMPARE(server.connectionCount(), 6);
        QVERIFY(scheduler.isIdle());
    }

    void higherPriorityStartsFirst()
    {
        ScriptedServer server;
        QVERIFY(server.setScript(kSlowImap));
        QVERIFY(server.start());
        ProbeScheduler scheduler({ 1, 1 });
        Watch w;
        watch(scheduler, w);
        QSignalSpy idle(&scheduler, &ProbeScheduler::idle);
        ProbeOptions options = m_harness->options();
        Q_UNUSED(options.overrides.addResolve(u"a.example.test:*:127.0.0.1"_s));
        Q_UNUSED(options.overrides.addResolve(u"b.example.test:*:127.0.0.1"_s));
        Q_UNUSED(options.overrides.addResolve(u"c.example.test:*:127.0.0.1"_s));
        const quint16 port = server.serverPort();
        scheduler.enqueue({ Protocol::Imap, u"a.example.test"_s, port, Security::Plain }, options, 1);
        scheduler.enqueue({ Protocol::Imap, u"b.example.test"_s, port, Security::Plain }, options, 1);
        scheduler.enqueue({ Protocol::Imap, u"c.example.test"_s, port, Security::Plain }, options, 5);
        QVERIFY(idle.wait(10'000));
        // a started at once (nothing was running); then c (priority 5) before b.
        const QString p = QString::number(port);
        QCOMPARE(w.started, (QStringList { u"a.example.test:"_s + p, u"c.example.test:"_s + p, u"b.example.test:"_s + p }));
        QCOMPARE(w.peak, 1);
    }

    void cancelStopsEverything()
    {
        ScriptedServer server;
        QVERIFY(server.setScript(u"SILENT"_s));
        QVERIFY(server.start());
        ProbeScheduler scheduler({ 2, 2 });
        Watch w;
        watch(scheduler, w);
        QSignalSpy idle(&scheduler, &ProbeScheduler::idle);
        for (int i = 0; i < 5; ++i)
            scheduler.enqueue(ProbeHarness::endpoint(Protocol::Pop3, Security::Plain, server.serverPort()), m_harness->options());
        QTRY_COMPARE(server.connectionCount(), 2);
        scheduler.cancel();
        QVERIFY(idle.wait(2'000));
        QCOMPARE(w.started.size(), 2); // the queued three never started
        QCOMPARE(w.finished.size(), 2);
        for (const ProbeResult& result : std::as_const(w.finished))
            QCOMPARE(result.outcome, ProbeOutcome::Cancelled);
        QTest::qWait(50);
        QVERIFY(scheduler.findChildren<Probe*>().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProbeScheduler)
#include "TestProbeScheduler.moc"
