// SPDX-License-Identifier: GPL-3.0-or-later
// Proves the lab (tests/support/NetLab.h) that the latency tests and the benchmark stand on: every packet
// pays the round-trip time (a TCP connect and a DNS lookup each take one), a filtered port stays silent
// while a closed one is refused at once, and the real servers answer on the standard ports from the
// client side. Properties of the lab, not speed tests: the upper bounds are generous.
#include "Canary.h"
#include "NetLab.h"
#include "TestPki.h"

#include <QElapsedTimer>
#include <QHostInfo>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace mailscout::test;
using namespace Qt::StringLiterals;

namespace {

// Scheduling on a shared 2-core machine; still far below anything a lab bug would cause.
constexpr qint64 slackMs = 300;
constexpr quint16 closedPort = 9; // nothing listens in a namespace the lab just made

qint64 elapsedMs(const QElapsedTimer& clock)
{
    return clock.nsecsElapsed() / 1'000'000;
}

} // namespace

class TestNetLab : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<NetLab> m_lab;
    QTcpServer* m_open = nullptr;
    QTcpServer* m_filtered = nullptr;

    void useRtt(int rttMs)
    {
        const QString error = m_lab->setRtt(rttMs);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString reason = NetLab::unavailableReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        m_lab = std::make_unique<NetLab>();
        QString error = m_lab->start(0);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = m_lab->startDns(
            { u"--host-record=host.lab.test,"_s + NetLab::serverAddress(), u"--local=/test/"_s });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Listening sockets made in the server namespace stay there.
        m_lab->runInServerNamespace([this] {
            m_open = new QTcpServer(this);
            m_filtered = new QTcpServer(this);
            QVERIFY(m_open->listen(QHostAddress(NetLab::serverAddress()), 0));
            QVERIFY(m_filtered->listen(QHostAddress(NetLab::serverAddress()), 0));
        });
        QVERIFY(m_open && m_open->isListening() && m_filtered && m_filtered->isListening());
        // Something listens behind the filter: only the firewall rule can keep it from answering.
        error = m_lab->filterPort(m_filtered->serverPort());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The server side is out of the client's reach except over the link.
        QTcpServer local;
        QVERIFY2(
            !local.listen(QHostAddress(NetLab::serverAddress()), 0), "the client must not own 10.77.0.2");
    }

    void connectTakesOneRoundTrip_data()
    {
        QTest::addColumn<int>("rtt");
        QTest::newRow("0 ms") << 0;
        QTest::newRow("100 ms") << 100;
        QTest::newRow("600 ms") << 600;
    }
    void connectTakesOneRoundTrip()
    {
        QFETCH(int, rtt);
        useRtt(rtt);
        QTcpSocket socket;
        QElapsedTimer clock;
        clock.start();
        socket.connectToHost(QHostAddress(NetLab::serverAddress()), m_open->serverPort());
        QVERIFY2(socket.waitForConnected(5000), qPrintable(socket.errorString()));
        const qint64 took = elapsedMs(clock);
        QVERIFY2(took >= rtt && took < rtt + slackMs,
            qPrintable(u"connect took %1 ms at RTT %2 ms"_s.arg(took).arg(rtt)));
    }

    void dnsLookupTakesOneRoundTrip_data() { connectTakesOneRoundTrip_data(); }
    void dnsLookupTakesOneRoundTrip()
    {
        QFETCH(int, rtt);
        useRtt(rtt);
        QElapsedTimer clock;
        clock.start();
        // Blocking, in this thread: getaddrinfo with the lab's resolv.conf, A and AAAA side by side.
        const QHostInfo info = QHostInfo::fromName(u"host.lab.test"_s);
        const qint64 took = elapsedMs(clock);
        QCOMPARE(info.error(), QHostInfo::NoError);
        QVERIFY(info.addresses().contains(QHostAddress(NetLab::serverAddress())));
        QVERIFY2(took >= rtt && took < rtt + slackMs,
            qPrintable(u"lookup took %1 ms at RTT %2 ms\n%3"_s.arg(took).arg(rtt).arg(m_lab->dnsLog())));
    }

    void filteredPortNeverAnswers()
    {
        useRtt(20);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress(NetLab::serverAddress()), m_filtered->serverPort());
        QTest::qWait(2000);
        QCOMPARE(socket.state(), QAbstractSocket::ConnectingState);
        QCOMPARE(socket.error(), QAbstractSocket::UnknownSocketError);
        socket.abort();
    }

    void closedPortIsRefusedAtOnce()
    {
        useRtt(100);
        QTcpSocket socket;
        QElapsedTimer clock;
        clock.start();
        socket.connectToHost(QHostAddress(NetLab::serverAddress()), closedPort);
        QVERIFY(!socket.waitForConnected(5000));
        const qint64 took = elapsedMs(clock);
        QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
        QVERIFY2(took >= 100 && took < 100 + slackMs, qPrintable(u"refused after %1 ms"_s.arg(took)));
    }

    void realServersGreetOnStandardPorts()
    {
        if (const QString reason = RealMailServers::unavailableReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        useRtt(20);
        QTemporaryDir pkiDir;
        TestPki pki(pkiDir.path());
        QVERIFY2(pki.isValid(), qPrintable(pki.errorString()));
        CertificateSpec spec;
        spec.dnsNames = { u"mail.lab.test"_s };
        const IssuedCertificate certificate = pki.issue(spec, u"mail"_s);
        QVERIFY2(!certificate.certificate.isNull(), qPrintable(pki.errorString()));
        const QString error = m_lab->startMailServers(certificate, canaryUser(), canaryPassword());
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QSslSocket imaps;
        QSslConfiguration configuration = imaps.sslConfiguration();
        configuration.addCaCertificate(pki.caCertificate());
        imaps.setSslConfiguration(configuration);
        imaps.connectToHostEncrypted(NetLab::serverAddress(), 993, u"mail.lab.test"_s);
        QVERIFY2(imaps.waitForEncrypted(5000), qPrintable(imaps.errorString()));
        QVERIFY(imaps.waitForReadyRead(5000));
        QVERIFY2(imaps.readLine().startsWith("* OK"), "IMAPS greeting");

        QTcpSocket submission;
        submission.connectToHost(QHostAddress(NetLab::serverAddress()), 587);
        QVERIFY2(submission.waitForConnected(5000), qPrintable(submission.errorString()));
        QVERIFY(submission.waitForReadyRead(5000));
        QVERIFY2(submission.readLine().startsWith("220 "), "submission greeting");
        m_lab->stopMailServers();
    }

    void cleanupTestCase()
    {
        delete m_open;
        delete m_filtered;
        m_open = m_filtered = nullptr;
        m_lab.reset();
    }
};

QTEST_GUILESS_MAIN(TestNetLab)
#include "TestNetLab.moc"
