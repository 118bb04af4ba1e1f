// SPDX-License-Identifier: GPL-3.0-or-later
// The Linux package as a user gets it: validated metadata, a .deb built by CPack from this build that
// lintian accepts without errors, and (as root) installed, run from /usr/bin, and removed again.
#include "TestPaths.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace mailscout::test;
using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QString output;
};

Run run(const QString& program, const QStringList& arguments, int timeoutMs = 300'000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted(10'000))
        return { -1, program + u" did not start: "_s + process.errorString() };
    process.waitForFinished(timeoutMs);
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, QString::fromUtf8(process.readAll()) };
}

QString packagingDir() { return sourceDir() + u"/packaging/linux"_s; }

} // namespace

class TestLinuxPackage : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_out;
    QString m_deb;

private Q_SLOTS:
    void desktopEntryIsValid()
    {
        const Run check = run(u"desktop-file-validate"_s, { packagingDir() + u"/org.mailscout.Mailscout.desktop"_s });
        QVERIFY2(check.exitCode == 0 && check.output.trimmed().isEmpty(), qPrintable(check.output));
    }

    void appstreamMetadataIsValid()
    {
        const Run check = run(u"appstreamcli"_s, { u"validate"_s, u"--no-net"_s, u"--pedantic"_s,
                                                    QStringLiteral(MAILSCOUT_BUILD_DIR) + u"/packaging/org.mailscout.Mailscout.metainfo.xml"_s });
        QVERIFY2(check.exitCode == 0, qPrintable(check.output));
        QVERIFY2(!check.output.contains(u"E: "_s) && !check.output.contains(u"W: "_s), qPrintable(check.output));
    }

    void debBuildsAndLintianAccepts()
    {
        const Run cpack = run(u"cpack"_s, { u"-G"_s, u"DEB"_s, u"--config"_s, QStringLiteral(MAILSCOUT_BUILD_DIR) + u"/CPackConfig.cmake"_s,
                                            u"-B"_s, m_out.path() });
        QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.output));
        const QStringList debs = QDir(m_out.path()).entryList({ u"*.deb"_s });
        QCOMPARE(debs.size(), 1);
        m_deb = m_out.filePath(debs.first());

        const Run contents = run(u"dpkg-deb"_s, { u"--contents"_s, m_deb });
        for (const QString& path : { u"./usr/bin/mailscout"_s, u"./usr/bin/mailscout-cli"_s,
                                     u"./usr/share/applications/org.mailscout.Mailscout.desktop"_s,
                                     u"./usr/share/metainfo/org.mailscout.Mailscout.metainfo.xml"_s,
                                     u"./usr/share/icons/hicolor/scalable/apps/org.mailscout.Mailscout.svg"_s,
                                     u"./usr/share/icons/hicolor/128x128/apps/org.mailscout.Mailscout.png"_s,
                                     u"./usr/share/man/man1/mailscout-cli.1.gz"_s, u"./usr/share/doc/mailscout/copyright"_s })
            QVERIFY2(contents.output.contains(path), qPrintable(path + u'\n' + contents.output));

        // The dependencies are the libraries the binaries really use, as dpkg-shlibdeps found them.
        const Run depends = run(u"dpkg-deb"_s, { u"--field"_s, m_deb, u"Depends"_s });
        for (const QString& library : { u"libqt6network6"_s, u"libqt6widgets6"_s, u"libgsasl"_s, u"libpsl5"_s })
            QVERIFY2(depends.output.contains(library), qPrintable(depends.output));

        const Run lintian = run(u"lintian"_s, { u"--fail-on"_s, u"error"_s, m_deb });
        QVERIFY2(lintian.exitCode == 0, qPrintable(lintian.output));
        QVERIFY2(!lintian.output.contains(u"E: "_s), qPrintable(lintian.output));
    }

    void installsAndRunsFromUsrBin()
    {
        if (m_deb.isEmpty())
            QSKIP("no package was built");
        if (geteuid() != 0)
            QSKIP("installing a package needs root (CI runs as root)");
        const Run install = run(u"dpkg"_s, { u"--install"_s, m_deb });
        QVERIFY2(install.exitCode == 0, qPrintable(install.output));
        const Run cli = run(u"/usr/bin/mailscout-cli"_s, { u"--version"_s });
        const Run gui = run(u"/usr/bin/mailscout"_s, { u"--help"_s });
        const Run remove = run(u"dpkg"_s, { u"--remove"_s, u"mailscout"_s });
        QVERIFY2(cli.exitCode == 0 && cli.output.contains(QStringLiteral(MAILSCOUT_VERSION)), qPrintable(cli.output));
        QVERIFY2(gui.exitCode == 0 && gui.output.contains(u"--version"_s), qPrintable(gui.output));
        QVERIFY2(remove.exitCode == 0, qPrintable(remove.output));
        QVERIFY(!QFile::exists(u"/usr/bin/mailscout-cli"_s));
    }
};

QTEST_GUILESS_MAIN(TestLinuxPackage)
#include "TestLinuxPackage.moc"
