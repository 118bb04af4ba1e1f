// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartupBench.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

namespace mailscout::bench {

using namespace Qt::StringLiterals;

namespace {

// A start-up that takes this long has failed, whatever the reason.
constexpr int kTimeoutMs = 30'000;

} // namespace

StartupBench::Result StartupBench::run(const QString& program, int runs)
{
    Result result;
    // Its own settings folder: no saved window geometry or language from whoever runs the benchmark.
    QTemporaryDir config;
    for (int i = 0; i < runs && result.error.isEmpty(); ++i)
        result.runs.append(once(program, config.path(), &result.error));
    return result;
}

StartupBench::Run StartupBench::once(const QString& program, const QString& configDir, QString* error)
{
    static const QRegularExpression shown(u"first page shown after (\\d+) ms"_s);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"QT_LOGGING_RULES"_s, u"mailscout.ui.info=true"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, configDir);
    process.setProcessEnvironment(environment);

    Run run;
    QByteArray log;
    QEventLoop loop;
    QElapsedTimer sinceSpawn;
    QObject::connect(&process, &QProcess::readyReadStandardError, &loop, [&] {
        log += process.readAllStandardError();
        const QRegularExpressionMatch match = shown.match(QString::fromUtf8(log));
        if (match.hasMatch()) {
            run.sinceSpawnMs = sinceSpawn.elapsed();
            run.sinceMainMs = match.captured(1).toLongLong();
            loop.quit();
        }
    });
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    sinceSpawn.start();
    process.start(program, {});
    loop.exec();

    if (run.sinceSpawnMs < 0) {
        *error = u"%1 did not show its first page (%2): %3"_s.arg(
            program, process.errorString(), QString::fromUtf8(log).trimmed());
    }
    process.kill();
    process.waitForFinished();
    return run;
}

} // namespace mailscout::bench
