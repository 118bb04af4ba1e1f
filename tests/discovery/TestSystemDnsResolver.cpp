// SPDX-License-Identifier: GPL-3.0-or-later
// SystemDnsResolver against a scripted DNS server on loopback (a high port: no root needed): what each
// kind of answer becomes, hostile ones included, that lookups really run in parallel (Qt's QDnsLookup runs
// five at a time), and that a cancelled lookup says nothing. TestDnsSources proves it against dnsmasq.
#include "discovery/SystemDnsResolver.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUdpSocket>

#include <memory>

using namespace mailscout;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(mailscout::DnsAnswer::Status)

namespace {

QByteArray u16(int value)
{
    QByteArray bytes(2, '\0');
    bytes[0] = static_cast<char>((value >> 8) & 0xff);
    bytes[1] = static_cast<char>(value & 0xff);
    return bytes;
}

QByteArray labels(const QByteArray& name)
{
    QByteArray wire;
    for (const QByteArray& label : name.split('.')) {
        if (!label.isEmpty())
            wire += static_cast<char>(label.size()) + label;
    }
    return wire + '\0';
}

// One resource record whose owner is the question's name (a compression pointer to offset 12).
QByteArray record(int type, const QByteArray& data)
{
    return "\xc0\x0c"_ba + u16(type) + u16(1) + "\0\0\x0e\x10"_ba + u16(static_cast<int>(data.size())) + data;
}

QByteArray mx(int preference, const QByteArray& exchange)
{
    return record(15, u16(preference) + labels(exchange));
}

QByteArray srv(int priority, int weight, int port, const QByteArray& target)
{
    return record(33, u16(priority) + u16(weight) + u16(port) + labels(target));
}

// A DNS server answering every query the same way, after holdMs: `answers` (records, or raw bytes after
// the question) with `rcode` and the answer count `count` (-1: the number of records given).
class ScriptedDns : public QObject {
public:
    QByteArray answers;
    int count = -1;
    int rcode = 0;
    int holdMs = 0;
    int outstanding = 0;
    int mostOutstanding = 0;

    bool start() { return m_socket.bind(QHostAddress::LocalHost, 0); }
    [[nodiscard]] quint16 port() const { return m_socket.localPort(); }

    explicit ScriptedDns(int records = 0) : count(records)
    {
        connect(&m_socket, &QUdpSocket::readyRead, this, [this] {
            while (m_socket.hasPendingDatagrams()) {
                QByteArray query(static_cast<qsizetype>(m_socket.pendingDatagramSize()), '\0');
                QHostAddress from;
                quint16 fromPort = 0;
                m_socket.readDatagram(query.data(), query.size(), &from, &fromPort);
                ++outstanding;
                mostOutstanding = std::max(mostOutstanding, outstanding);
                QTimer::singleShot(holdMs, this, [this, query, from, fromPort] {
                    --outstanding;
                    m_socket.writeDatagram(reply(query), from, fromPort);
                });
            }
        });
    }

private:
    [[nodiscard]] QByteArray reply(const QByteArray& query) const
    {
        // The question: the name's labels from offset 12 to the root, then type and class.
        qsizetype end = 12;
        while (end < query.size() && query.at(end) != '\0')
            end += 1 + static_cast<unsigned char>(query.at(end));
        const QByteArray question = query.mid(12, end + 5 - 12);
        return query.left(2) + "\x81"_ba + static_cast<char>(0x80 | rcode) + u16(1) + u16(count) + u16(0) + u16(0)
            + question + answers;
    }

    QUdpSocket m_socket;
};

DnsAnswer lookUp(const ScriptedDns& server, DnsResolver::Type type, const QString& name)
{
    SystemDnsResolver resolver(QHostAddress::LocalHost, server.port());
    QObject context;
    DnsQuery* query = resolver.lookup(type, name, &context);
    QSignalSpy finished(query, &DnsQuery::finished);
    if (!finished.wait(15'000))
        return {};
    return finished.first().first().value<DnsAnswer>();
}

QString recordsText(const QList<DnsRecord>& records)
{
    QStringList parts;
    for (const DnsRecord& r : records)
        parts << u"%1 %2 %3 %4"_s.arg(r.priority).arg(r.weight).arg(r.port).arg(r.target);
    return parts.join(u"; "_s);
}

} // namespace

class TestSystemDnsResolver : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void answers_data()
    {
        QTest::addColumn<bool>("isMx");
        QTest::addColumn<QByteArray>("answers");
        QTest::addColumn<int>("count"); // -1: as many as in answers (counted by the row)
        QTest::addColumn<int>("rcode");
        QTest::addColumn<DnsAnswer::Status>("status");
        QTest::addColumn<QString>("records");
        using S = DnsAnswer::Status;
        QTest::addRow("two MX") << true << mx(20, "MX2.Example.Test") + mx(10, "mx1.example.test") << 2 << 0
                                << S::Ok << u"20 0 0 mx2.example.test; 10 0 0 mx1.example.test"_s;
        QTest::addRow("null MX (RFC 7505)") << true << mx(0, "") << 1 << 0 << S::Ok << u"0 0 0 ."_s;
        QTest::addRow("SRV") << false << srv(0, 5, 993, "imap.example.test") << 1 << 0 << S::Ok
                             << u"0 5 993 imap.example.test"_s;
        QTest::addRow("SRV not offered (RFC 2782 \".\")") << false << srv(0, 0, 0, "") << 1 << 0 << S::Ok
                                                          << u"0 0 0 ."_s;
        QTest::addRow("a CNAME on the way is skipped")
            << true << record(5, labels("alias.example.test")) + mx(10, "mx.example.test") << 2 << 0 << S::Ok
            << u"10 0 0 mx.example.test"_s;
        QTest::addRow("NXDOMAIN") << true << QByteArray() << 0 << 3 << S::NotFound << QString();
        QTest::addRow("no such record (NODATA)") << false << QByteArray() << 0 << 0 << S::NotFound << QString();
        QTest::addRow("only other types") << true << record(5, labels("alias.example.test")) << 1 << 0
                                          << S::NotFound << QString();
        QTest::addRow("SERVFAIL") << true << QByteArray() << 0 << 2 << S::Failed << QString();
        QTest::addRow("REFUSED") << true << QByteArray() << 0 << 5 << S::Failed << QString();
        QTest::addRow("more answers counted than sent") << true << mx(10, "mx.example.test") << 3 << 0
                                                        << S::Failed << QString();
        QTest::addRow("MX data too short") << true << record(15, "\0\x0a"_ba) << 1 << 0 << S::Failed << QString();
        QTest::addRow("a name running past its record")
            << true << record(15, u16(10) + "\x02mx"_ba) + "\x07" "example\0"_ba << 1 << 0 << S::Failed << QString();
        // The target at offset 60 (header 12, question 30, the record's fixed part 12, SRV's 6) points at itself.
        QTest::addRow("a compression loop") << false << record(33, u16(0) + u16(0) + u16(993) + "\xc0\x3c"_ba)
                                            << 1 << 0 << S::Failed << QString();
    }
    void answers()
    {
        QFETCH(bool, isMx);
        QFETCH(QByteArray, answers);
        QFETCH(int, count);
        QFETCH(int, rcode);
        QFETCH(DnsAnswer::Status, status);
        QFETCH(QString, records);
        ScriptedDns server(count);
        server.answers = answers;
        server.rcode = rcode;
        QVERIFY(server.start());
        const DnsAnswer answer
            = lookUp(server, isMx ? DnsResolver::Type::Mx : DnsResolver::Type::Srv, u"_imaps._tcp.example.test"_s);
        QVERIFY2(answer.status == status, qPrintable(answer.error));
        QCOMPARE(recordsText(answer.records), records);
        QCOMPARE(answer.error.isEmpty(), status == DnsAnswer::Status::Ok);
        if (status != DnsAnswer::Status::Ok)
            QVERIFY2(answer.error.contains(u"_imaps._tcp.example.test"_s), qPrintable(answer.error));
    }

    // A batch asks seven names per domain; Qt's resolver has five in flight at most, process-wide.
    void lookupsRunInParallel()
    {
        constexpr int kLookups = 20;
        ScriptedDns server(1);
        server.answers = mx(10, "mx.example.test");
        server.holdMs = 500;
        QVERIFY(server.start());
        SystemDnsResolver resolver(QHostAddress::LocalHost, server.port());
        QObject context;
        int finished = 0;
        for (int i = 0; i < kLookups; ++i) {
            DnsQuery* query = resolver.lookup(DnsResolver::Type::Mx, u"d%1.example.test"_s.arg(i), &context);
            connect(query, &DnsQuery::finished, &context, [&finished](const DnsAnswer& answer) {
                finished += answer.status == DnsAnswer::Status::Ok ? 1 : 0;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, kLookups, 15'000);
        QCOMPARE(server.mostOutstanding, kLookups);
    }

    // Deleting a query before its answer: no signal afterwards, nothing left dangling (ASan in CI).
    void cancelledLookupSaysNothing()
    {
        ScriptedDns server(1);
        server.answers = mx(10, "mx.example.test");
        server.holdMs = 300;
        QVERIFY(server.start());
        SystemDnsResolver resolver(QHostAddress::LocalHost, server.port());
        auto context = std::make_unique<QObject>();
        DnsQuery* query = resolver.lookup(DnsResolver::Type::Mx, u"example.test"_s, context.get());
        bool spoke = false;
        connect(query, &DnsQuery::finished, this, [&spoke] { spoke = true; });
        QTRY_COMPARE(server.outstanding, 1);
        context.reset();
        QTRY_COMPARE(server.outstanding, 0);
        QTest::qWait(200); // the lookup's thread has its answer now and must drop it
        QVERIFY(!spoke);
    }

    void notAName()
    {
        SystemDnsResolver resolver(QHostAddress::LocalHost, 9);
        QObject context;
        DnsQuery* query = resolver.lookup(DnsResolver::Type::Mx, u"bad..name"_s, &context);
        QSignalSpy finished(query, &DnsQuery::finished);
        QVERIFY(finished.isEmpty()); // never from within lookup()
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().value<DnsAnswer>().status, DnsAnswer::Status::Failed);
    }
};

QTEST_GUILESS_MAIN(TestSystemDnsResolver)
#include "TestSystemDnsResolver.moc"
