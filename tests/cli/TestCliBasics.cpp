// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestPaths.h"

#include <QProcess>
#include <QTest>

using namespace mailscout::test;
using namespace Qt::StringLiterals;

class TestCliBasics : public QObject {
    Q_OBJECT

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QString& program, const QStringList& arguments)
    {
        QProcess process;
        process.start(program, arguments);
        process.closeWriteChannel();
        if (!process.waitForFinished(30'000))
            return {};
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                 QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
    }

private Q_SLOTS:
    void version()
    {
        const Run cli = run(cliPath(), { u"--version"_s });
        QCOMPARE(cli.exitCode, 0);
        QVERIFY2(cli.out.startsWith(u"mailscout-cli "_s), qPrintable(cli.out));
        QVERIFY(cli.out.contains(QStringLiteral(MAILSCOUT_VERSION)));
    }

    void help()
    {
        const Run cli = run(cliPath(), { u"--help"_s });
        QCOMPARE(cli.exitCode, 0);
        QVERIFY(cli.out.contains(u"probe"_s));
        const Run probe = run(cliPath(), { u"probe"_s, u"--help"_s });
        QCOMPARE(probe.exitCode, 0);
        QVERIFY(probe.out.contains(u"--connect-to"_s));
        QVERIFY(probe.out.contains(u"--password-stdin"_s));
    }

    void guiVersionAndHelpWithoutDisplay()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        process.setProcessEnvironment(env);
        process.start(guiPath(), { u"--version"_s });
        QVERIFY(process.waitForFinished(30'000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains(QStringLiteral(MAILSCOUT_VERSION)));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("no command") << QStringList() << u"Usage"_s;
        QTest::addRow("unknown command") << QStringList { u"frobnicate"_s } << u"unknown command"_s;
        QTest::addRow("no host") << QStringList { u"probe"_s, u"--protocol"_s, u"imap"_s } << u"HOST"_s;
        QTest::addRow("empty host") << QStringList { u"probe"_s, u""_s, u"--protocol"_s, u"imap"_s } << u"HOST"_s;
        QTest::addRow("no protocol") << QStringList { u"probe"_s, u"mail.example.test"_s } << u"--protocol"_s;
        QTest::addRow("unknown protocol") << QStringList { u"probe"_s, u"mail.example.test"_s, u"--protocol"_s, u"http"_s }
                                          << u"unknown protocol"_s;
        QTest::addRow("port 0") << QStringList { u"probe"_s, u"h.test"_s, u"--protocol"_s, u"imap"_s, u"--port"_s, u"0"_s }
                                << u"1 to 65535"_s;
        QTest::addRow("port 70000") << QStringList { u"probe"_s, u"h.test"_s, u"--protocol"_s, u"imap"_s, u"--port"_s, u"70000"_s }
                                    << u"1 to 65535"_s;
        QTest::addRow("port text") << QStringList { u"probe"_s, u"h.test"_s, u"--protocol"_s, u"smtp"_s, u"--port"_s, u"smtp"_s }
                                   << u"1 to 65535"_s;
        QTest::addRow("bad security") << QStringList { u"probe"_s, u"h.test"_s, u"--protocol"_s, u"imap"_s, u"--security"_s, u"ssl3"_s }
                                      << u"unknown security"_s;
        QTest::addRow("bad connect-to") << QStringList { u"probe"_s, u"h.test"_s, u"--protocol"_s, u"imap"_s, u"--connect-to"_s, u"a:b"_s }
                                        << u"--connect-to"_s;
        QTest::addRow("bad resolve") << QStringList { u"probe"_s, u"h.test"_s, u"--protocol"_s, u"imap"_s, u"--resolve"_s, u"h.test:993:nope"_s }
                                     << u"--resolve"_s;
        QTest::addRow("missing ca file") << QStringList { u"probe"_s, u"h.test"_s, u"--protocol"_s, u"imap"_s, u"--ca-file"_s, u"/nonexistent.pem"_s }
                                         << u"does not exist"_s;
        QTest::addRow("user without password") << QStringList { u"probe"_s, u"h.test"_s, u"--protocol"_s, u"imap"_s, u"--user"_s, u"a"_s }
                                               << u"--password-stdin"_s;
        QTest::addRow("unknown option") << QStringList { u"probe"_s, u"h.test"_s, u"--protocol"_s, u"imap"_s, u"--frob"_s }
                                        << u"frob"_s;
        QTest::addRow("bad timeout") << QStringList { u"probe"_s, u"h.test"_s, u"--protocol"_s, u"imap"_s, u"--timeout"_s, u"-1"_s }
                                     << u"--timeout"_s;
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run cli = run(cliPath(), arguments);
        QCOMPARE(cli.exitCode, 2);
        QVERIFY2(cli.err.contains(message), qPrintable(cli.err));
        QVERIFY(cli.out.isEmpty());
    }

    // The core must stay headless: mailscout-cli links only the core, and the core only Qt Core/Network.
    void cliDoesNotLinkGuiLibraries()
    {
        QProcess ldd;
        ldd.start(u"ldd"_s, { cliPath() });
        if (!ldd.waitForStarted(5'000))
            QSKIP("ldd is not available on this system");
        QVERIFY(ldd.waitForFinished(30'000));
        const QString libraries = QString::fromUtf8(ldd.readAllStandardOutput());
        QVERIFY2(libraries.contains(u"libQt6Network"_s), qPrintable(libraries));
        QVERIFY2(!libraries.contains(u"libQt6Gui"_s), qPrintable(libraries));
        QVERIFY2(!libraries.contains(u"libQt6Widgets"_s), qPrintable(libraries));
    }
};

QTEST_GUILESS_MAIN(TestCliBasics)
#include "TestCliBasics.moc"
