// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetupWizard.h"

#include <QLineEdit>
#include <QTest>

using namespace mailscout;
using namespace Qt::StringLiterals;

class TestSetupWizard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void constructsAndNeedsAnAddress()
    {
        SetupWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(SetupWizard::AccountPageId));
        auto* address = wizard.findChild<QLineEdit*>(u"addressEdit"_s);
        QVERIFY(address);
        QVERIFY(!address->accessibleName().isEmpty());
        // The address is a mandatory field: the page is not complete until something is typed.
        QVERIFY(!wizard.currentPage()->isComplete());
        QTest::keyClicks(address, u"user@example.test"_s);
        QVERIFY(wizard.currentPage()->isComplete());
    }
};

QTEST_MAIN(TestSetupWizard)
#include "TestSetupWizard.moc"
