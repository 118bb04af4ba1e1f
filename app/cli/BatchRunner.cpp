// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchRunner.h"

#include "BatchInput.h"
#include "BatchWorker.h"
#include "CliCommand.h"
#include "report/BatchLine.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace mailscout::cli {

using namespace Qt::StringLiterals;

namespace {

// Which lines run at once (the tests read it to see that sessions really overlap).
Q_LOGGING_CATEGORY(lcBatch, "mailscout.batch", QtWarningMsg)

// How many sessions may run at once within the open-file limit (ulimit -n), raising its soft value as far
// as the hard one allows. Running out of descriptors is no slow-down: Qt cannot create the sockets and
// threads' wake-up pipes it needs and aborts, losing the rest of the batch.
int sessionsWithinFileLimit(int wanted)
{
#ifdef Q_OS_UNIX
    const auto needed
        = static_cast<rlim_t>(wanted * BatchRunner::kFilesPerSession + BatchRunner::kFilesReserved);
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return wanted;
    if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < needed) {
        limit.rlim_cur = limit.rlim_max == RLIM_INFINITY ? needed : std::min(needed, limit.rlim_max);
        setrlimit(RLIMIT_NOFILE, &limit);
        getrlimit(RLIMIT_NOFILE, &limit);
    }
    if (limit.rlim_cur == RLIM_INFINITY || limit.rlim_cur >= needed)
        return wanted;
    const auto spare = static_cast<qint64>(limit.rlim_cur) - BatchRunner::kFilesReserved;
    return static_cast<int>(std::max<qint64>(1, spare / BatchRunner::kFilesPerSession));
#else
    return wanted; // Windows counts no open-file limit of this kind
#endif
}

} // namespace

void BatchRunner::addOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        { u"batch"_s,
            tr("Check every e-mail address or domain in this file (\"-\": standard input), one per line; "
               "blank lines and lines starting with # are skipped. Prints one result line per address as "
               "it finishes."),
            u"file"_s },
        { u"batch-format"_s, tr("With --batch: jsonl (one JSON object per line, the default) or csv."),
            u"format"_s, u"jsonl"_s },
        { u"jobs"_s,
            tr("With --batch: how many addresses to check at once (default %1, at most %2).")
                .arg(kDefaultJobs)
                .arg(kMaxJobs),
            u"n"_s, QString::number(kDefaultJobs) },
    });
}

bool BatchRunner::isRequested(const QCommandLineParser& parser)
{
    return parser.isSet(u"batch"_s) || parser.isSet(u"batch-format"_s) || parser.isSet(u"jobs"_s);
}

QString BatchRunner::readOptions(const QCommandLineParser& parser)
{
    if (!parser.isSet(u"batch"_s))
        return tr("--batch-format and --jobs need --batch FILE");
    if (!parser.positionalArguments().isEmpty())
        return tr("--batch reads the addresses from its file: give no ADDRESS");
    if (parser.isSet(u"password-stdin"_s))
        return tr("--password-stdin cannot be used with --batch: a batch verifies no login");
    if (parser.isSet(u"export"_s) || parser.isSet(u"output"_s))
        return tr("--export cannot be used with --batch: export one address at a time");
    for (const QString& option : { u"json"_s, u"list-candidates"_s }) {
        if (parser.isSet(option))
            return tr("--%1 cannot be used with --batch (see --batch-format)").arg(option);
    }

    const QString format = parser.value(u"batch-format"_s).toLower();
    if (format != u"jsonl"_s && format != u"csv"_s)
        return tr("--batch-format takes jsonl or csv, not \"%1\"").arg(parser.value(u"batch-format"_s));
    m_format = format == u"csv"_s ? Format::Csv : Format::JsonLines;
    bool ok = false;
    m_jobs = parser.value(u"jobs"_s).toInt(&ok);
    if (!ok || m_jobs < 1 || m_jobs > kMaxJobs)
        return tr("--jobs must be a number from 1 to %1").arg(kMaxJobs);

    const QString path = parser.value(u"batch"_s);
    m_file = std::make_unique<QFile>(path);
    // Standard input unbuffered: each line is taken as soon as it arrives, not when a buffer fills.
    const bool opened = path == u"-"_s ? m_file->open(stdin, QIODevice::ReadOnly | QIODevice::Unbuffered)
                                       : m_file->open(QIODevice::ReadOnly);
    if (!opened)
        return tr("cannot read \"%1\": %2").arg(path, m_file->errorString());
    return {};
}

int BatchRunner::run(const SetupOptions& options)
{
    m_options = options;
    if (const int allowed = sessionsWithinFileLimit(m_jobs); allowed < m_jobs) {
        QTextStream(stderr) << u"mailscout-cli discover: "_s
                            << tr("--jobs %1 lowered to %2 to fit the limit of open files (ulimit -n)")
                                   .arg(m_jobs)
                                   .arg(allowed)
                            << u'\n';
        m_jobs = allowed;
    }
    if (!m_out.open(stdout, QIODevice::WriteOnly))
        return NotWorking;
    if (m_format == Format::Csv) {
        m_out.write(BatchLine::csvHeader());
        m_out.flush();
    }

    startWorkers();
    m_input = new BatchInput(std::move(m_file));
    m_input->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_input, &QObject::deleteLater);
    connect(m_input, &BatchInput::lineRead, this, &BatchRunner::onLine);
    connect(m_input, &BatchInput::atEnd, this, [this] {
        m_inputDone = true;
        finishIfDone();
    });
    m_thread.start();

    QEventLoop loop;
    m_loop = &loop;
    // One request per free job: every line read either starts a session or asks for the next line, and
    // every finished session asks for one, so exactly m_jobs sessions run while lines remain.
    for (int i = 0; i < m_jobs; ++i)
        requestLine();
    loop.exec();
    m_loop = nullptr;
    m_thread.quit();
    m_thread.wait();
    stopWorkers();
    return m_allOk ? Success : NotWorking;
}

void BatchRunner::startWorkers()
{
    const int count = std::clamp(QThread::idealThreadCount(), 1, m_jobs);
    for (int i = 0; i < count; ++i) {
        Worker worker { std::make_unique<QThread>(), new BatchWorker(m_options) };
        worker.thread->setObjectName(u"batch worker %1"_s.arg(i + 1));
        worker.worker->moveToThread(worker.thread.get());
        connect(worker.thread.get(), &QThread::finished, worker.worker, &QObject::deleteLater);
        connect(worker.worker, &BatchWorker::finished, this, [this, i](const BatchLine& line) {
            --m_workers[static_cast<std::size_t>(i)].running;
            --m_running;
            qCDebug(lcBatch, "line %d finished after %lld ms on worker %d, %d running", line.line,
                line.elapsedMs, i + 1, m_running);
            write(line);
            requestLine();
            finishIfDone();
        });
        worker.thread->start();
        m_workers.push_back(std::move(worker));
    }
    qCDebug(lcBatch, "%d workers", count);
}

void BatchRunner::stopWorkers()
{
    for (Worker& worker : m_workers) {
        worker.thread->quit();
        worker.thread->wait();
    }
    m_workers.clear();
}

void BatchRunner::requestLine()
{
    QMetaObject::invokeMethod(m_input, &BatchInput::readLine, Qt::QueuedConnection);
}

void BatchRunner::onLine(int number, const QString& text, bool tooLong)
{
    const QString input = text.trimmed();
    if (tooLong) {
        write(BatchLine::failure(number, input, u"line-too-long"_s,
            tr("the line is longer than %1 bytes").arg(BatchInput::kMaxLineBytes)));
        requestLine();
        return;
    }
    // Only a whole line is a comment: "#" may appear in the local part of an address.
    if (input.isEmpty() || input.startsWith(u'#')) {
        requestLine();
        return;
    }
    const EmailAddress address = EmailAddress::parse(input);
    if (!address.isValid()) {
        write(BatchLine::failure(
            number, input, EmailAddress::errorCode(address.error()), address.errorMessage()));
        requestLine();
        return;
    }
    // A batch audits accounts and domains; a server (a host with a port, an IP address) is what
    // "discover HOST" and "probe" are for, and it has no e-mail domain to report.
    if (address.kind() == EmailAddress::Kind::Host) {
        write(BatchLine::failure(number, input, u"not-address-or-domain"_s,
            tr("not an e-mail address or a domain; check a single server with "
               "\"mailscout-cli discover HOST\" instead")));
        requestLine();
        return;
    }
    startSession(number, input, address);
}

void BatchRunner::startSession(int number, const QString& input, const EmailAddress& address)
{
    const auto least = std::min_element(m_workers.begin(), m_workers.end(),
        [](const Worker& a, const Worker& b) { return a.running < b.running; });
    ++least->running;
    ++m_running;
    qCDebug(lcBatch, "line %d started on worker %d, %d running", number,
        static_cast<int>(least - m_workers.begin()) + 1, m_running);
    least->worker->start(number, input, address);
}

void BatchRunner::write(const BatchLine& line)
{
    m_allOk = m_allOk && line.ok;
    m_out.write(m_format == Format::Csv ? line.toCsvRecord() : line.toJsonLine());
    m_out.flush(); // a line is complete for whoever reads the pipe the moment it is printed
}

void BatchRunner::finishIfDone()
{
    if (m_inputDone && m_running == 0 && m_loop)
        m_loop->quit();
}

} // namespace mailscout::cli
