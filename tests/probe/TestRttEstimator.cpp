// SPDX-License-Identifier: GPL-3.0-or-later
// How long a connect may stay silent before its port counts as filtered (likely): learned per address.
#include "probe/RttEstimator.h"

#include <QTest>

using namespace mailscout;
using namespace Qt::StringLiterals;

namespace {

struct Sample {
    QString address; // empty: a DNS answer time
    qint64 ms = 0;
};

} // namespace

Q_DECLARE_METATYPE(QList<Sample>)

class TestRttEstimator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void softDeadline_data()
    {
        QTest::addColumn<QList<Sample>>("samples");
        QTest::addColumn<QStringList>("addresses"); // what the connect in question tries
        QTest::addColumn<qint64>("connectTimeoutMs");
        QTest::addColumn<qint64>("expected"); // -1: no soft deadline, wait for the full timeout

        const QString a = u"192.0.2.1"_s;
        const QString b = u"2001:db8::1"_s;
        const QString other = u"198.51.100.7"_s;
        QTest::addRow("nothing known: the full timeout") << QList<Sample> {} << QStringList { a } << 10'000LL << -1LL;
        QTest::addRow("loopback-fast siblings: the floor survives one lost SYN")
            << QList<Sample> { { a, 1 } } << QStringList { a } << 10'000LL << 1'500LL;
        QTest::addRow("100 ms link: still the floor") << QList<Sample> { { a, 100 } } << QStringList { a } << 10'000LL << 1'500LL;
        QTest::addRow("satellite 600 ms: four round trips") << QList<Sample> { { a, 600 } } << QStringList { a } << 10'000LL << 2'400LL;
        QTest::addRow("the slowest answer counts, not the fastest")
            << QList<Sample> { { a, 20 }, { a, 900 }, { a, 30 } } << QStringList { a } << 10'000LL << 3'600LL;
        QTest::addRow("another address's answers say nothing about this one, DNS does")
            << QList<Sample> { { other, 5 }, { {}, 700 } } << QStringList { a } << 10'000LL << 2'800LL;
        QTest::addRow("another address only: nothing known") << QList<Sample> { { other, 5 } } << QStringList { a } << 10'000LL << -1LL;
        QTest::addRow("a connect sample beats the DNS time")
            << QList<Sample> { { {}, 900 }, { a, 10 } } << QStringList { a } << 10'000LL << 1'500LL;
        QTest::addRow("Happy Eyeballs: the slowest of the addresses tried")
            << QList<Sample> { { a, 10 }, { b, 800 } } << QStringList { b, a } << 10'000LL << 3'200LL;
        QTest::addRow("no earlier than the full timeout anyway") << QList<Sample> { { a, 3'000 } } << QStringList { a } << 10'000LL << -1LL;
        QTest::addRow("a short connect timeout needs no soft deadline") << QList<Sample> { { a, 1 } } << QStringList { a } << 1'000LL << -1LL;
        QTest::addRow("negative samples are ignored") << QList<Sample> { { a, -1 }, { {}, -1 } } << QStringList { a } << 10'000LL << -1LL;
    }
    void softDeadline()
    {
        QFETCH(QList<Sample>, samples);
        QFETCH(QStringList, addresses);
        QFETCH(qint64, connectTimeoutMs);
        QFETCH(qint64, expected);
        RttEstimator estimator;
        for (const Sample& sample : samples) {
            if (sample.address.isEmpty())
                estimator.addDnsSample(sample.ms);
            else
                estimator.addConnectSample(QHostAddress(sample.address), sample.ms);
        }
        QList<QHostAddress> tried;
        for (const QString& address : addresses)
            tried.append(QHostAddress(address));
        const std::optional<qint64> deadline = estimator.softDeadlineMs(tried, connectTimeoutMs);
        QCOMPARE(deadline.value_or(-1), expected);
    }

    void basisSaysWhereTheEstimateCameFrom()
    {
        RttEstimator estimator;
        const QList<QHostAddress> tried { QHostAddress(u"192.0.2.1"_s) };
        estimator.addDnsSample(40);
        QCOMPARE(estimator.estimate(tried)->basis, RttEstimator::Basis::Dns);
        QCOMPARE(estimator.estimate(tried)->rttMs, 40);
        estimator.addConnectSample(tried.first(), 12);
        QCOMPARE(estimator.estimate(tried)->basis, RttEstimator::Basis::Connect);
        QCOMPARE(estimator.estimate(tried)->rttMs, 12);
        QCOMPARE(RttEstimator::basisCode(RttEstimator::Basis::Connect), u"connect"_s);
        QCOMPARE(RttEstimator::basisCode(RttEstimator::Basis::Dns), u"dns"_s);
    }
};

QTEST_GUILESS_MAIN(TestRttEstimator)
#include "TestRttEstimator.moc"
