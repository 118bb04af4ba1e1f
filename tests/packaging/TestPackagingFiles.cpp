// SPDX-License-Identifier: GPL-3.0-or-later
// The packaging files for the systems this machine cannot build for: the Flatpak manifest (as YAML), the macOS
// Info.plist (configured as CMake does it, read with Python's plistlib), the Windows and macOS icons, and a dry run
// of the Windows and macOS CMake code (tests/packaging/dryrun: real Qt and CPack, stand-in programs).
#include "TestPaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace mailscout::test;
using namespace Qt::StringLiterals;

namespace {

// Runs a Python snippet that prints JSON for the file given as its argument.
QJsonObject pythonJson(const QString& script, const QString& file, QString* error)
{
    QProcess python;
    python.start(u"python3"_s, { u"-c"_s, script, file });
    if (!python.waitForStarted(10'000) || !python.waitForFinished(60'000)) {
        *error = u"python3 did not run: "_s + python.errorString();
        return {};
    }
    const QByteArray output = python.readAllStandardOutput();
    if (python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0) {
        *error = QString::fromUtf8(python.readAllStandardError());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(output, &parseError);
    if (!document.isObject())
        *error = u"no JSON object: "_s + parseError.errorString() + u'\n' + QString::fromUtf8(output);
    return document.object();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Run {
    bool ok = false;
    QString output;
};

Run cmake(const QStringList& arguments, const QString& workingDirectory = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(workingDirectory);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DESTDIR"_s, workingDirectory + u"/destdir"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(MAILSCOUT_CMAKE_COMMAND), arguments);
    const bool finished = process.waitForStarted(10'000) && process.waitForFinished(300'000);
    const QString output = QString::fromUtf8(process.readAll());
    return { finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             u"cmake "_s + arguments.join(u' ') + u'\n' + output };
}

// Configures tests/packaging/dryrun with one platform's packaging file into buildDir.
Run configureDryRun(const QString& platformFile, const QString& buildDir, const QStringList& options = {})
{
    return cmake(QStringList { u"-S"_s, sourceDir() + u"/tests/packaging/dryrun"_s, u"-B"_s, buildDir, u"-G"_s,
                               QStringLiteral(MAILSCOUT_CMAKE_GENERATOR), u"-DMAILSCOUT_PLATFORM_FILE="_s + platformFile }
                 + options);
}

quint16 le16(const QByteArray& data, qsizetype at)
{
    return quint16(quint8(data.at(at)) | quint8(data.at(at + 1)) << 8);
}

quint32 le32(const QByteArray& data, qsizetype at)
{
    return quint32(le16(data, at)) | quint32(le16(data, at + 2)) << 16;
}

} // namespace

class TestPackagingFiles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void flatpakManifestIsCompleteYaml()
    {
        QString error;
        const QJsonObject manifest = pythonJson(
            u"import json, sys, yaml\nprint(json.dumps(yaml.safe_load(open(sys.argv[1], encoding='utf-8'))))"_s,
            sourceDir() + u"/packaging/flatpak/org.mailscout.Mailscout.yml"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QCOMPARE(manifest.value(u"id"_s).toString(), u"org.mailscout.Mailscout"_s);
        QCOMPARE(manifest.value(u"runtime"_s).toString(), u"org.kde.Platform"_s);
        QCOMPARE(manifest.value(u"sdk"_s).toString(), u"org.kde.Sdk"_s);
        QVERIFY(manifest.value(u"runtime-version"_s).toString().startsWith(u"6."_s));
        QCOMPARE(manifest.value(u"command"_s).toString(), u"mailscout"_s);

        QSet<QString> finishArgs;
        for (const QJsonValue& argument : manifest.value(u"finish-args"_s).toArray())
            finishArgs.insert(argument.toString());
        for (const QString& wanted : { u"--share=network"_s, u"--socket=wayland"_s, u"--socket=fallback-x11"_s,
                                       u"--share=ipc"_s, u"--device=dri"_s })
            QVERIFY2(finishArgs.contains(wanted), qPrintable(wanted));

        QStringList names;
        for (const QJsonValue& value : manifest.value(u"modules"_s).toArray()) {
            const QJsonObject module = value.toObject();
            names.append(module.value(u"name"_s).toString());
            for (const QJsonValue& sourceValue : module.value(u"sources"_s).toArray()) {
                const QJsonObject source = sourceValue.toObject();
                if (source.value(u"type"_s).toString() != u"archive"_s)
                    continue;
                // A real checksum, not a placeholder.
                const QString sha256 = source.value(u"sha256"_s).toString();
                QVERIFY2(sha256.size() == 64 && QByteArray::fromHex(sha256.toLatin1()).toHex() == sha256.toLatin1(),
                         qPrintable(module.value(u"name"_s).toString() + u": "_s + sha256));
                QVERIFY(source.value(u"url"_s).toString().startsWith(u"https://"_s));
            }
        }
        QCOMPARE(names, (QStringList { u"gsasl"_s, u"libpsl"_s, u"mailscout"_s }));
        const QJsonObject mailscout = manifest.value(u"modules"_s).toArray().last().toObject();
        QCOMPARE(mailscout.value(u"buildsystem"_s).toString(), u"cmake-ninja"_s);
    }

    void infoPlistConfiguresToAValidPlist()
    {
        const QString path = QStringLiteral(MAILSCOUT_TEST_INFO_PLIST);
        const QByteArray text = readAll(path);
        QVERIFY2(!text.isEmpty(), qPrintable(path));
        QVERIFY2(!text.contains("${") && !text.contains('@'), text.constData()); // every placeholder filled in

        QString error;
        const QJsonObject plist = pythonJson(
            u"import json, plistlib, sys\nprint(json.dumps(plistlib.load(open(sys.argv[1], 'rb'))))"_s, path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(plist.value(u"CFBundleIdentifier"_s).toString(), u"org.mailscout.Mailscout"_s);
        QCOMPARE(plist.value(u"CFBundleShortVersionString"_s).toString(), QStringLiteral(MAILSCOUT_TEST_VERSION));
        QCOMPARE(plist.value(u"CFBundleVersion"_s).toString(), QStringLiteral(MAILSCOUT_TEST_VERSION));
        QCOMPARE(plist.value(u"CFBundleExecutable"_s).toString(), u"Mailscout"_s);
        QCOMPARE(plist.value(u"CFBundleName"_s).toString(), u"Mailscout"_s);
        QCOMPARE(plist.value(u"CFBundlePackageType"_s).toString(), u"APPL"_s);
        QCOMPARE(plist.value(u"CFBundleIconFile"_s).toString(), u"Mailscout.icns"_s);
        QCOMPARE(plist.value(u"NSHighResolutionCapable"_s), QJsonValue(true));
        QVERIFY(!plist.value(u"LSMinimumSystemVersion"_s).toString().isEmpty());
        QVERIFY(QFile::exists(sourceDir() + u"/packaging/macos/"_s + plist.value(u"CFBundleIconFile"_s).toString()));
    }

    void windowsIconHasSeveralSizes()
    {
        const QByteArray ico = readAll(sourceDir() + u"/packaging/windows/mailscout.ico"_s);
        QVERIFY(ico.size() > 6);
        QCOMPARE(le16(ico, 0), quint16(0)); // reserved
        QCOMPARE(le16(ico, 2), quint16(1)); // 1: icon (2 would be a cursor)
        const int count = le16(ico, 4);
        QVERIFY(ico.size() >= 6 + 16 * count);
        QSet<int> sizes;
        for (int i = 0; i < count; ++i) {
            const qsizetype entry = 6 + 16 * i;
            const int width = quint8(ico.at(entry)) == 0 ? 256 : quint8(ico.at(entry));
            const int height = quint8(ico.at(entry + 1)) == 0 ? 256 : quint8(ico.at(entry + 1));
            QCOMPARE(width, height);
            const quint32 bytes = le32(ico, entry + 8);
            const quint32 offset = le32(ico, entry + 12);
            QVERIFY2(bytes > 0 && quint64(offset) + bytes <= quint64(ico.size()), qPrintable(QString::number(width)));
            sizes.insert(width);
        }
        for (int wanted : { 16, 32, 48, 256 })
            QVERIFY2(sizes.contains(wanted), qPrintable(QString::number(wanted)));
    }

    void macIconIsAnIcnsFile()
    {
        const QByteArray icns = readAll(sourceDir() + u"/packaging/macos/Mailscout.icns"_s);
        QVERIFY(icns.size() > 8);
        QCOMPARE(icns.left(4), QByteArray("icns"));
        const quint32 length = quint32(quint8(icns.at(4))) << 24 | quint32(quint8(icns.at(5))) << 16
            | quint32(quint8(icns.at(6))) << 8 | quint32(quint8(icns.at(7)));
        QCOMPARE(qsizetype(length), icns.size());
        for (const char* type : { "il32", "ic08", "ic09" }) // 32, 256 and 512 pixels
            QVERIFY2(icns.contains(type), type);
        // The iconset iconutil takes on a Mac, for regenerating the .icns there.
        for (const QString& name : { u"icon_16x16.png"_s, u"icon_512x512@2x.png"_s })
            QVERIFY2(QFile::exists(sourceDir() + u"/packaging/macos/Mailscout.iconset/"_s + name), qPrintable(name));
    }

    void windowsCMakeCodeInstallsTheDeploymentLayout()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString build = dir.path();
        // Stand-ins for the OpenSSL DLLs the installer ships beside the executables.
        QVERIFY(QDir().mkpath(build + u"/openssl"_s));
        for (const QString& dll : { u"libssl-3-x64.dll"_s, u"libcrypto-3-x64.dll"_s }) {
            QFile file(build + u"/openssl/"_s + dll);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        Run run = configureDryRun(u"windows/Windows.cmake"_s, build,
                                  { u"-DMAILSCOUT_OPENSSL_BIN_DIR="_s + build + u"/openssl"_s });
        QVERIFY2(run.ok, qPrintable(run.output));
        QVERIFY2(!run.output.contains(u"CMake Warning"_s), qPrintable(run.output));

        const QString cpack = QString::fromUtf8(readAll(build + u"/CPackConfig.cmake"_s));
        for (const QString& line : { u"set(CPACK_GENERATOR \"NSIS;ZIP\")"_s, u"set(CPACK_PACKAGE_EXECUTABLES \"mailscout;Mailscout\")"_s,
                                     u"set(CPACK_PACKAGE_INSTALL_DIRECTORY \"Mailscout\")"_s, u"set(CPACK_NSIS_MODIFY_PATH \"ON\")"_s })
            QVERIFY2(cpack.contains(line), qPrintable(line));
        QVERIFY(cpack.contains(u"CPACK_NSIS_MUI_ICON"_s) && cpack.contains(u"mailscout.ico"_s));
        QVERIFY(cpack.contains(u"CPACK_RESOURCE_FILE_LICENSE"_s));

        run = cmake({ u"--build"_s, build });
        QVERIFY2(run.ok, qPrintable(run.output));
        run = cmake({ u"--install"_s, build, u"--prefix"_s, u"/prefix"_s }, build);
        QVERIFY2(run.ok, qPrintable(run.output));
        const QString prefix = build + u"/destdir/prefix"_s;
        for (const QString& file : { u"/bin/mailscout"_s, u"/bin/mailscout-cli"_s, u"/bin/mailscout-render"_s,
                                     u"/bin/libssl-3-x64.dll"_s, u"/bin/libcrypto-3-x64.dll"_s })
            QVERIFY2(QFile::exists(prefix + file), qPrintable(file));
        QVERIFY2(!QDir(prefix + u"/plugins/tls"_s).entryList({ u"*openssl*"_s }, QDir::Files).isEmpty(),
                 qPrintable(run.output));
        // One Qt deployment script per program.
        QCOMPARE(QString::fromUtf8(readAll(build + u"/deployed.txt"_s)).split(u'\n', Qt::SkipEmptyParts),
                 (QStringList { u"mailscout"_s, u"mailscout-cli"_s, u"mailscout-render"_s }));
    }

    void macCMakeCodeConfigures()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Run run = configureDryRun(u"macos/MacOS.cmake"_s, dir.path());
        QVERIFY2(run.ok, qPrintable(run.output));
        QVERIFY2(!run.output.contains(u"CMake Warning"_s), qPrintable(run.output));
        const QString cpack = QString::fromUtf8(readAll(dir.path() + u"/CPackConfig.cmake"_s));
        QVERIFY(cpack.contains(u"set(CPACK_GENERATOR \"DragNDrop\")"_s));
        QVERIFY(cpack.contains(u"set(CPACK_DMG_VOLUME_NAME \"Mailscout\")"_s));
        QVERIFY(cpack.contains(u"Mailscout.icns"_s));
        // macdeployqt also fixes up the helpers inside the bundle.
        const QString helpers = QString::fromUtf8(readAll(dir.path() + u"/deploy-macos-helpers.cmake"_s));
        QVERIFY2(helpers.contains(u"ADDITIONAL_EXECUTABLES Mailscout.app/Contents/MacOS/mailscout-cli "
                                  "Mailscout.app/Contents/MacOS/mailscout-render"_s), qPrintable(helpers));
        QVERIFY(QString::fromUtf8(readAll(dir.path() + u"/cmake_install.cmake"_s)).contains(u"codesign"_s));
    }
};

QTEST_GUILESS_MAIN(TestPackagingFiles)
#include "TestPackagingFiles.moc"
