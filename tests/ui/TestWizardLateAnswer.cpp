// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard says it in words when a port reported filtered answers after all and the recommendation
// changes (issue 11): in the lab (tests/support/NetLab.h, root only) with 993 dropped by iptables at first,
// then let through after the answer settled on 143 STARTTLS.
#include "LabMailDomain.h"
#include "session/SetupSession.h"
#include "SessionController.h"
#include "SetupWizard.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace mailscout;
using namespace mailscout::test;
using namespace Qt::StringLiterals;

class TestWizardLateAnswer : public QObject {
    Q_OBJECT

private:
    LabMailDomain m_domain;

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString reason = NetLab::unavailableReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        const QString error = m_domain.start(50);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void lateAnswerIsShownInWords()
    {
        QString error = m_domain.lab().filterPort(993);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        SetupWizard wizard(m_domain.options(20'000));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTest::keyClicks(wizard.findChild<QLineEdit*>(u"addressEdit"_s), u"alice@example.test"_s);
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QPointer<SetupSession> session = wizard.controller()->session();
        QVERIFY(session);
        QSignalSpy revised(session.data(), &SetupSession::rankingRevised);
        QTRY_VERIFY_WITH_TIMEOUT(session->assessment().settled, 15'000);
        auto* status = wizard.findChild<QLabel*>(u"statusLabel"_s);
        QVERIFY2(status->text().contains(u"imap.example.test:993"_s), qPrintable(status->text()));
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(SetupWizard::ResultsPageId));
        QCOMPARE(wizard.findChild<QLabel*>(u"incomingPort"_s)->text(), u"143"_s);
        auto* revision = wizard.findChild<QLabel*>(u"revision"_s);
        QVERIFY(revision->isHidden());

        error = m_domain.lab().clearFilters(); // the firewall lets the next retransmitted SYN through
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(revised.wait(20'000));
        QCOMPARE(wizard.findChild<QLabel*>(u"incomingPort"_s)->text(), u"993"_s);
        QVERIFY(revision->isVisible());
        QVERIFY2(revision->text().contains(u"imap.example.test port 993 answered late"_s), qPrintable(revision->text()));
        QVERIFY2(revision->text().contains(u"implicit TLS"_s), qPrintable(revision->text()));
        QCOMPARE(revision->accessibleName(), u"Late answer"_s);
        session->cancel();
    }
};

QTEST_MAIN(TestWizardLateAnswer)
#include "TestWizardLateAnswer.moc"
