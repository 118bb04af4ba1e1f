// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProbeHarness.h"
#include "ScriptedServer.h"
#include "probe/ProbeScheduler.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace mailscout;
using namespace mailscout::test;
using namespace Qt::StringLiterals;

namespace {

// A server that takes its time before greeting, so probes overlap.
const QString kSlowImap = u"WAIT 150\nS: * OK [CAPABILITY IMAP4rev1] hi\nC: a1 LOGOUT"_s;

// Turns its first `busy` connections away as Postfix does a client over its connection limit, then talks
// SMTP (no STARTTLS: the probe ends after EHLO either way).
class BusySmtpServer : public QTcpServer {
public:
    int busy = 0;
    int connections = 0;

    BusySmtpServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                if (++connections <= busy) {
                    socket->write("421 4.7.0 mail.example.test Error: too many connections from 127.0.0.1\r\n");
                    socket->disconnectFromHost();
                    continue;
                }
                socket->write("220 mail.example.test ESMTP\r\n");
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    while (socket->canReadLine()) {
                        const QByteArray line = socket->readLine().trimmed().toUpper();
                        if (line.startsWith("EHLO")) {
                            socket->write("250-mail.example.test\r\n250 AUTH PLAIN\r\n");
                        } else if (line == "QUIT") {
                            socket->write("221 bye\r\n");
                            socket->disconnectFromHost();
                        } else {
                            socket->write("502 no\r\n");
                        }
                    }
                });
            }
        });
    }
};

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

    // A server that says it is busy (SMTP 421 as the greeting) gets two more tries, 1 and 2 delays later;
    // only the last try's result is reported, with how many connections it took.
    void busyServerIsTriedAgain_data()
    {
        QTest::addColumn<int>("busy");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<bool>("stillBusy");
        QTest::addRow("not busy") << 0 << 1 << false;
        QTest::addRow("busy once") << 1 << 2 << false;
        QTest::addRow("busy twice") << 2 << 3 << false;
        QTest::addRow("busy every time") << 5 << 3 << true;
    }
    void busyServerIsTriedAgain()
    {
        QFETCH(int, busy);
        BusySmtpServer server;
        server.busy = busy;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        ProbeScheduler scheduler({ 4, 4 });
        Watch w;
        watch(scheduler, w);
        QSignalSpy idle(&scheduler, &ProbeScheduler::idle);
        ProbeOptions options = m_harness->options();
        options.busyRetryDelayMs = 50;
        scheduler.enqueue(ProbeHarness::endpoint(Protocol::Smtp, Security::Plain, server.serverPort()), options);
        QVERIFY(idle.wait(10'000));
        QCOMPARE(w.finished.size(), 1);
        const ProbeResult& result = w.finished.first();
        QTEST(result.attempts, "attempts");
        QTEST(server.connections, "attempts");
        QTEST(result.serverBusy, "stillBusy");
        QCOMPARE(result.outcome == ProbeOutcome::ServerError, result.serverBusy);
        if (result.serverBusy)
            QVERIFY2(result.detail.contains(u" 3 time"_s), qPrintable(result.detail));
        QCOMPARE(w.started.size(), result.attempts);
        QVERIFY(scheduler.isIdle());
    }

    // Cancelled while a retry waits: the endpoint ends with what its last try said, and the scheduler is idle.
    void cancelWhileARetryWaits()
    {
        BusySmtpServer server;
        server.busy = 1;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        ProbeScheduler scheduler({ 4, 4 });
        Watch w;
        watch(scheduler, w);
        QSignalSpy idle(&scheduler, &ProbeScheduler::idle);
        ProbeOptions options = m_harness->options();
        options.busyRetryDelayMs = 60'000;
        scheduler.enqueue(ProbeHarness::endpoint(Protocol::Smtp, Security::Plain, server.serverPort()), options);
        QTRY_COMPARE(scheduler.runningCount(), 0);
        QVERIFY(w.finished.isEmpty());
        QCOMPARE(scheduler.queuedCount(), 1);
        scheduler.cancel();
        QCOMPARE(w.finished.size(), 1);
        QCOMPARE(w.finished.first().outcome, ProbeOutcome::ServerError);
        QVERIFY(w.finished.first().serverBusy);
        QCOMPARE(idle.size(), 1);
        QVERIFY(scheduler.isIdle());
        QCOMPARE(server.connections, 1);
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
