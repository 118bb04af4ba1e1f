// SPDX-License-Identifier: GPL-3.0-or-later
// "Network unreachable" told apart from refused and filtered. A fresh network namespace has its loopback
// interface down, so connecting even to 127.0.0.1 fails with ENETUNREACH: no packet leaves, no address
// outside loopback is involved. Needs root (CI runs as root); skips with the reason otherwise.
#include "ProbeHarness.h"

#include <QTest>

#include <sched.h>
#include <unistd.h>

using namespace mailscout;
using namespace mailscout::test;
using namespace Qt::StringLiterals;

class TestProbeUnreachable : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void unreachable()
    {
        if (geteuid() != 0)
            QSKIP("needs root to make a network namespace (CI runs as root)");
        // This process only: the namespace goes away with it.
        if (unshare(CLONE_NEWNET) != 0)
            QSKIP("this system does not allow a new network namespace here");
        ProbeHarness harness;
        QVERIFY(harness.isValid());
        const ProbeResult result = ProbeHarness::run(ProbeHarness::endpoint(Protocol::Imap, Security::ImplicitTls, 993),
                                                     harness.options());
        QVERIFY2(result.outcome == ProbeOutcome::Unreachable, qPrintable(outcomeCode(result.outcome) + u": "_s + result.detail));
        QVERIFY2(result.detail.contains(u"unreachable"_s, Qt::CaseInsensitive), qPrintable(result.detail));
    }
};

QTEST_GUILESS_MAIN(TestProbeUnreachable)
#include "TestProbeUnreachable.moc"
