// SPDX-License-Identifier: GPL-3.0-or-later
// The benchmark harness must not rot between the runs someone makes by hand: run mailscout-bench on one
// scenario at RTT 2 ms with tiny timeouts and check that its JSON is there and sane. Root only (the bench
// builds its lab); it skips otherwise.
#include "NetLab.h"
#include "RealMailServers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace mailscout::test;
using namespace Qt::StringLiterals;

class TestBenchSmoke : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void guessingScenarioAtTwoMilliseconds()
    {
        for (const QString& reason : { NetLab::unavailableReason(), RealMailServers::unavailableReason() }) {
            if (!reason.isEmpty())
                QSKIP(qPrintable(reason));
        }
        QTemporaryDir dir;
        const QString output = dir.filePath(u"results.json"_s);
        QProcess bench;
        bench.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        bench.start(QStringLiteral(MAILSCOUT_BENCH_PATH),
            // Small timeouts keep a broken run short; 5 s rather than less leaves room for a slow TLS
            // handshake on a loaded machine or under AddressSanitizer.
            { u"--scenarios"_s, u"b"_s, u"--rtt"_s, u"2"_s, u"--timeout"_s, u"5"_s, u"--connect-timeout"_s,
                u"5"_s, u"--baseline-connect-timeout-ms"_s, u"5000"_s, u"--baseline-cap-ms"_s, u"10000"_s,
                u"--output"_s, output });
        QVERIFY2(bench.waitForFinished(75'000), "the bench did not finish within 75 s");
        const QByteArray table = bench.readAllStandardOutput();
        QCOMPARE(bench.exitStatus(), QProcess::NormalExit);
        QVERIFY2(bench.exitCode() == 0, table.constData());
        QVERIFY2(table.contains("| (b) nothing published"), table.constData());

        QFile file(output);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(output));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(json.value(u"schema"_s).toString(), u"mailscout.bench/1"_s);
        // Trusted as a public CA is, with no --ca-file: the secure answers below depend on it.
        QCOMPARE(json.value(u"options"_s).toObject().value(u"lab_ca"_s).toString(), u"system root"_s);
        const QJsonArray rows = json.value(u"scenarios"_s).toArray();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.first().toObject();
        QCOMPARE(row.value(u"scenario"_s).toString(), u"b"_s);
        QCOMPARE(row.value(u"rtt_ms"_s).toInt(), 2);

        const QJsonObject product = row.value(u"mailscout"_s).toObject();
        QVERIFY2(product.value(u"ran"_s).toBool(), qPrintable(product.value(u"error"_s).toString()));
        // All ports open: implicit TLS on both sides is the answer, and it settles within the run.
        QCOMPARE(product.value(u"answer"_s).toString(), u"imap 993 tls + smtp 465 tls"_s);
        const qint64 settled = product.value(u"settled_ms"_s).toInteger(-1);
        const qint64 elapsed = product.value(u"elapsed_ms"_s).toInteger(-1);
        QVERIFY(settled >= 0 && settled <= elapsed);
        QVERIFY(product.value(u"probes"_s).toInt() > 0);
        QVERIFY(product.value(u"peak_rss_kb"_s).toInteger(-1) > 0);

        const QJsonObject bound = row.value(u"lower_bound"_s).toObject();
        QVERIFY2(bound.value(u"ms"_s).toInteger(-1) > 0, qPrintable(bound.value(u"error"_s).toString()));
        QCOMPARE(bound.value(u"round_trips"_s).toInt(), 5);
        QVERIFY(row.value(u"settled_over_bound"_s).toDouble() > 0);

        for (const QString& name : { u"sequential"_s, u"staggered"_s }) {
            const QJsonObject baseline = row.value(name).toObject();
            QVERIFY2(baseline.value(u"settled_ms"_s).toInteger(-1) >= 0, qPrintable(name));
            QCOMPARE(baseline.value(u"answer"_s).toString(), u"imap 993 tls + smtp 465 tls"_s);
            QVERIFY(!baseline.value(u"capped"_s).toBool());
        }
        QVERIFY(!row.value(u"verdict"_s).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBenchSmoke)
#include "TestBenchSmoke.moc"
