// SPDX-License-Identifier: GPL-3.0-or-later
// mailscout-cli discover --batch: the line formats (JSON lines, CSV), how input lines are read, what is
// refused, and a real batch run against scripted servers on loopback that must overlap its sessions.
#include "ScriptedServer.h"
#include "TestPaths.h"
#include "TestPki.h"
#include "report/BatchLine.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <optional>

Q_DECLARE_METATYPE(mailscout::BatchLine)

using namespace mailscout;
using namespace mailscout::test;
using namespace Qt::StringLiterals;

namespace {

// RFC 4180 read strictly: every record ends in CRLF; a field is either free of quotes, commas and line
// ends, or quoted with inner quotes doubled. Anything else is a quoting mistake: nullopt.
std::optional<QList<QStringList>> parseCsv(const QString& text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    enum class State { FieldStart, Unquoted, Quoted, QuoteClosed } state = State::FieldStart;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (state == State::Quoted) {
            if (c != u'"')
                field += c;
            else if (i + 1 < text.size() && text[i + 1] == u'"')
                field += text[++i];
            else
                state = State::QuoteClosed;
        } else if (c == u',') {
            record << field;
            field.clear();
            state = State::FieldStart;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text[i + 1] != u'\n')
                return std::nullopt;
            ++i;
            record << field;
            records << record;
            record.clear();
            field.clear();
            state = State::FieldStart;
        } else if (c == u'"' && state == State::FieldStart) {
            state = State::Quoted;
        } else if (c == u'"' || c == u'\n' || state == State::QuoteClosed) {
            return std::nullopt;
        } else {
            field += c;
            state = State::Unquoted;
        }
    }
    if (state != State::FieldStart || !field.isEmpty() || !record.isEmpty())
        return std::nullopt;
    return records;
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 wallMs = -1;
};

// Runs a program to its end while this process's event loop keeps serving the scripted servers.
Run execute(const QString& program, const QStringList& arguments, const QByteArray& input,
            const QString& loggingRules = {})
{
    QProcess process;
    if (!loggingRules.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_LOGGING_RULES"_s, loggingRules);
        process.setProcessEnvironment(environment);
    }
    QSignalSpy finished(&process, &QProcess::finished);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!finished.wait(120'000))
        return {};
    return { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError(), clock.elapsed() };
}

Run cli(const QStringList& arguments, const QByteArray& input = {}, const QString& loggingRules = {})
{
    return execute(cliPath(), arguments, input, loggingRules);
}

// The JSON lines of a batch's output, each checked to be one mailscout.batch/1 object.
QList<QJsonObject> jsonLines(const QByteArray& out)
{
    QList<QJsonObject> lines;
    for (const QByteArray& text : out.split('\n')) {
        if (text.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()
            || document.object()[u"schema"_s].toString() != u"mailscout.batch/1"_s)
            return {};
        lines << document.object();
    }
    return lines;
}

QStringList csvHeaderFields()
{
    const auto records = parseCsv(QString::fromUtf8(BatchLine::csvHeader()));
    return records && records->size() == 1 ? records->first() : QStringList();
}

} // namespace

class TestCliBatch : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void csvField_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::addRow("plain") << u"alice@example.test"_s << u"alice@example.test"_s;
        QTest::addRow("empty") << QString() << QString();
        QTest::addRow("spaces kept") << u" a b "_s << u" a b "_s;
        QTest::addRow("comma") << u"a,b"_s << u"\"a,b\""_s;
        QTest::addRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::addRow("line feed") << u"one\ntwo"_s << u"\"one\ntwo\""_s;
        QTest::addRow("carriage return") << u"one\rtwo"_s << u"\"one\rtwo\""_s;
        QTest::addRow("only a quote") << u"\""_s << u"\"\"\"\""_s;
        QTest::addRow("not ASCII") << u"jörg@bücher.test"_s << u"jörg@bücher.test"_s;
    }
    void csvField()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QCOMPARE(BatchLine::csvField(text), field);
    }

    void lineFormats_data()
    {
        QTest::addColumn<BatchLine>("line");
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QByteArray>("csv");

        const BatchLine awkward = BatchLine::failure(7, u"a,b\"c"_s, u"no-at"_s, u"bad, \"really\"\nsecond\r\nthird"_s);
        QTest::addRow("error with comma, quotes and line ends")
            << awkward
            << QJsonObject { { u"schema"_s, u"mailscout.batch/1"_s }, { u"line"_s, 7 }, { u"input"_s, u"a,b\"c"_s },
                             { u"address"_s, QJsonValue::Null }, { u"domain"_s, QJsonValue::Null }, { u"ok"_s, false },
                             { u"settled_ms"_s, QJsonValue::Null }, { u"elapsed_ms"_s, QJsonValue::Null },
                             { u"incoming"_s, QJsonValue::Null }, { u"outgoing"_s, QJsonValue::Null },
                             { u"diagnosis"_s, QJsonArray() }, { u"error_code"_s, u"no-at"_s },
                             { u"error"_s, u"bad, \"really\"\nsecond\r\nthird"_s } }
            << "7,\"a,b\"\"c\",,,false,,,,,,,,,,,,no-at,\"bad, \"\"really\"\"\nsecond\r\nthird\"\r\n"_ba;

        BatchLine found;
        found.line = 3;
        found.input = u"Alice <alice@example.test>"_s;
        found.address = u"alice@example.test"_s;
        found.domain = u"example.test"_s;
        found.ok = true;
        found.settledMs = 120;
        found.elapsedMs = 900;
        found.incoming = Endpoint { Protocol::Imap, u"imap.example.test"_s, 993, Security::ImplicitTls };
        found.outgoing = Endpoint { Protocol::Smtp, u"smtp.example.test"_s, 587, Security::StartTls };
        found.diagnosis = QStringList { u"port25-blocked"_s, u"host-filtered"_s };
        QTest::addRow("secure configuration")
            << found
            << QJsonObject { { u"schema"_s, u"mailscout.batch/1"_s }, { u"line"_s, 3 },
                             { u"input"_s, u"Alice <alice@example.test>"_s }, { u"address"_s, u"alice@example.test"_s },
                             { u"domain"_s, u"example.test"_s }, { u"ok"_s, true }, { u"settled_ms"_s, 120 },
                             { u"elapsed_ms"_s, 900 },
                             { u"incoming"_s, QJsonObject { { u"protocol"_s, u"imap"_s }, { u"host"_s, u"imap.example.test"_s },
                                                            { u"port"_s, 993 }, { u"security"_s, u"tls"_s } } },
                             { u"outgoing"_s, QJsonObject { { u"protocol"_s, u"smtp"_s }, { u"host"_s, u"smtp.example.test"_s },
                                                            { u"port"_s, 587 }, { u"security"_s, u"starttls"_s } } },
                             { u"diagnosis"_s, QJsonArray { u"port25-blocked"_s, u"host-filtered"_s } },
                             { u"error_code"_s, QJsonValue::Null }, { u"error"_s, QJsonValue::Null } }
            << "3,Alice <alice@example.test>,alice@example.test,example.test,true,120,900,imap,imap.example.test,993,tls,"
               "smtp,smtp.example.test,587,starttls,port25-blocked host-filtered,,\r\n"_ba;

        BatchLine domainOnly;
        domainOnly.line = 12;
        domainOnly.input = u"example.test"_s;
        domainOnly.domain = u"example.test"_s;
        domainOnly.elapsedMs = 4000;
        domainOnly.diagnosis = QStringList { u"no-secure-configuration"_s };
        QTest::addRow("domain, nothing secure, never settled")
            << domainOnly
            << QJsonObject { { u"schema"_s, u"mailscout.batch/1"_s }, { u"line"_s, 12 }, { u"input"_s, u"example.test"_s },
                             { u"address"_s, QJsonValue::Null }, { u"domain"_s, u"example.test"_s }, { u"ok"_s, false },
                             { u"settled_ms"_s, QJsonValue::Null }, { u"elapsed_ms"_s, 4000 },
                             { u"incoming"_s, QJsonValue::Null }, { u"outgoing"_s, QJsonValue::Null },
                             { u"diagnosis"_s, QJsonArray { u"no-secure-configuration"_s } },
                             { u"error_code"_s, QJsonValue::Null }, { u"error"_s, QJsonValue::Null } }
            << "12,example.test,,example.test,false,,4000,,,,,,,,,no-secure-configuration,,\r\n"_ba;
    }
    void lineFormats()
    {
        QFETCH(BatchLine, line);
        QFETCH(QJsonObject, json);
        QFETCH(QByteArray, csv);

        // JSON lines: exactly one line, which parses back to the documented object.
        const QByteArray jsonLine = line.toJsonLine();
        QVERIFY(jsonLine.endsWith('\n'));
        QCOMPARE(jsonLine.count('\n'), 1);
        QCOMPARE(QJsonDocument::fromJson(jsonLine).object(), json);

        // CSV: the exact bytes, and a strict RFC 4180 reader gets every field back, one per header column.
        const QByteArray record = line.toCsvRecord();
        QCOMPARE(record, csv);
        const auto records = parseCsv(QString::fromUtf8(record));
        QVERIFY(records);
        QCOMPARE(records->size(), 1);
        QCOMPARE(records->first().size(), csvHeaderFields().size());
        QCOMPARE(records->first().at(1), line.input);
        QCOMPARE(records->first().last(), line.error);
    }

    void csvHeader()
    {
        QCOMPARE(csvHeaderFields(),
                 QStringList({ u"line"_s, u"input"_s, u"address"_s, u"domain"_s, u"ok"_s, u"settled_ms"_s, u"elapsed_ms"_s,
                               u"incoming_protocol"_s, u"incoming_host"_s, u"incoming_port"_s, u"incoming_security"_s,
                               u"outgoing_protocol"_s, u"outgoing_host"_s, u"outgoing_port"_s, u"outgoing_security"_s,
                               u"diagnosis"_s, u"error_code"_s, u"error"_s }));
    }

    // Input lines through standard input ("-"), offline, so every session ends at once without a network:
    // which lines produce a result, with which error, and which are skipped.
    void inputLines_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("expected"); // "line:error code", or "line:checked", by line
        QTest::addColumn<int>("exitCode");

        QTest::addRow("empty input") << QByteArray() << QStringList() << 0;
        QTest::addRow("only blank lines and comments")
            << "\n# a comment\n   \n\t# indented comment\n\r\n"_ba << QStringList() << 0;
        QTest::addRow("blank and comment lines keep their numbers")
            << "# accounts\n\nalice@example.test\n  # done\nbob@example.test\n"_ba
            << QStringList { u"3:checked"_s, u"5:checked"_s } << 1;
        QTest::addRow("malformed lines do not stop the batch")
            << "alice\nalice@@example.test\nalice@example.test\nbob smith@example.test\n@example.test\nbob@example.test\n"_ba
            << QStringList { u"1:no-at"_s, u"2:two-at"_s, u"3:checked"_s, u"4:space"_s, u"5:empty-local-part"_s,
                             u"6:checked"_s }
            << 1;
        QTest::addRow("a domain is checked as a domain") << "example.test\n"_ba << QStringList { u"1:checked"_s } << 1;
        QTest::addRow("a server is refused")
            << "mail.example.test:2525\n192.0.2.1\n[2001:db8::1]:993\n"_ba
            << QStringList { u"1:not-address-or-domain"_s, u"2:not-address-or-domain"_s, u"3:not-address-or-domain"_s }
            << 1;
        QTest::addRow("byte order mark and CRLF")
            << "\xEF\xBB\xBF" "alice@example.test\r\nbob@example.test\r\n"_ba
            << QStringList { u"1:checked"_s, u"2:checked"_s } << 1;
        QTest::addRow("no line end at the end") << "alice@example.test\nbob@example.test"_ba
                                                << QStringList { u"1:checked"_s, u"2:checked"_s } << 1;
        QTest::addRow("a huge line is reported, the next one read")
            << QByteArray(100'000, 'x') + "@example.test\nalice@example.test\n"_ba
            << QStringList { u"1:line-too-long"_s, u"2:checked"_s } << 1;
        QTest::addRow("# inside an address is no comment")
            << "a#b@example.test\n"_ba << QStringList { u"1:checked"_s } << 1;
        QTest::addRow("display name form") << "Jane Doe <jane@example.test>\n"_ba << QStringList { u"1:checked"_s } << 1;
    }
    void inputLines()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, expected);
        QFETCH(int, exitCode);

        const Run run = cli({ u"discover"_s, u"--batch"_s, u"-"_s, u"--offline"_s, u"--jobs"_s, u"3"_s }, input);
        QVERIFY2(run.exitCode == exitCode, run.err.constData());
        const QList<QJsonObject> lines = jsonLines(run.out);
        QCOMPARE(lines.size(), run.out.count('\n'));
        QStringList got;
        for (const QJsonObject& line : lines) {
            const QString code = line[u"error_code"_s].toString();
            got << u"%1:%2"_s.arg(line[u"line"_s].toInt()).arg(code.isEmpty() ? u"checked"_s : code);
            QCOMPARE(line[u"ok"_s].toBool(), false); // offline, example.test: nothing to find
            QCOMPARE(line[u"error"_s].isString(), !code.isEmpty());
            QCOMPARE(line[u"elapsed_ms"_s].isDouble(), code.isEmpty());
        }
        // Printed as each finishes, each with its line number: the order is not the input's.
        std::sort(got.begin(), got.end(), [](const QString& a, const QString& b) {
            return a.section(u':', 0, 0).toInt() < b.section(u':', 0, 0).toInt();
        });
        QCOMPARE(got, expected);
    }

    void addressAndDomainFields()
    {
        const Run run = cli({ u"discover"_s, u"--batch"_s, u"-"_s, u"--offline"_s },
                            "Jane Doe <jane@EXAMPLE.test>\nexample.test\n"_ba);
        QList<QJsonObject> lines = jsonLines(run.out);
        QCOMPARE(lines.size(), 2);
        std::sort(lines.begin(), lines.end(),
                  [](const QJsonObject& a, const QJsonObject& b) { return a[u"line"_s].toInt() < b[u"line"_s].toInt(); });
        QCOMPARE(lines[0][u"input"_s].toString(), u"Jane Doe <jane@EXAMPLE.test>"_s);
        QCOMPARE(lines[0][u"address"_s].toString(), u"jane@example.test"_s);
        QCOMPARE(lines[0][u"domain"_s].toString(), u"example.test"_s);
        QVERIFY(lines[1][u"address"_s].isNull());
        QCOMPARE(lines[1][u"domain"_s].toString(), u"example.test"_s);
        QCOMPARE(lines[1][u"diagnosis"_s].toArray(), QJsonArray { u"no-secure-configuration"_s });
    }

    // CSV through the whole program, from a file: a header, then one record per address, quoted where needed.
    void csvFromFile()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"accounts.txt"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("bob,carol@example.test\n\"quoted\"@example.test\n# skipped\nalice@example.test\n");
        file.close();

        const Run run = cli({ u"discover"_s, u"--batch"_s, file.fileName(), u"--batch-format"_s, u"csv"_s, u"--offline"_s });
        QCOMPARE(run.exitCode, 1);
        const auto records = parseCsv(QString::fromUtf8(run.out));
        QVERIFY2(records, run.out.constData());
        QCOMPARE(records->size(), 4);
        QCOMPARE(records->first(), csvHeaderFields());
        QHash<QString, QStringList> byLine;
        for (const QStringList& record : records->mid(1)) {
            QCOMPARE(record.size(), csvHeaderFields().size());
            byLine.insert(record.first(), record);
        }
        QCOMPARE(byLine.value(u"1"_s).at(1), u"bob,carol@example.test"_s);
        QCOMPARE(byLine.value(u"1"_s).at(16), u"invalid-local-part-character"_s);
        QCOMPARE(byLine.value(u"2"_s).at(1), u"\"quoted\"@example.test"_s);
        QCOMPARE(byLine.value(u"2"_s).at(2), u"\"quoted\"@example.test"_s);
        QCOMPARE(byLine.value(u"4"_s).at(2), u"alice@example.test"_s);
        QCOMPARE(byLine.value(u"4"_s).at(15), u"no-secure-configuration"_s);
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QStringList batch { u"discover"_s, u"--batch"_s, u"-"_s, u"--offline"_s };
        QTest::addRow("password-stdin") << batch + QStringList { u"--password-stdin"_s } << u"--password-stdin cannot"_s;
        QTest::addRow("export") << batch + QStringList { u"--export"_s, u"msmtp"_s, u"-o"_s, u"/tmp/x"_s }
                                << u"--export cannot"_s;
        QTest::addRow("-o alone") << batch + QStringList { u"-o"_s, u"/tmp/x"_s } << u"--export cannot"_s;
        QTest::addRow("json") << batch + QStringList { u"--json"_s } << u"--batch-format"_s;
        QTest::addRow("list-candidates") << batch + QStringList { u"--list-candidates"_s } << u"--list-candidates"_s;
        QTest::addRow("an ADDRESS too") << batch + QStringList { u"alice@example.test"_s } << u"give no ADDRESS"_s;
        QTest::addRow("jobs 0") << batch + QStringList { u"--jobs"_s, u"0"_s } << u"--jobs"_s;
        QTest::addRow("jobs too many") << batch + QStringList { u"--jobs"_s, u"65"_s } << u"--jobs"_s;
        QTest::addRow("jobs not a number") << batch + QStringList { u"--jobs"_s, u"many"_s } << u"--jobs"_s;
        QTest::addRow("unknown format") << batch + QStringList { u"--batch-format"_s, u"xml"_s } << u"jsonl or csv"_s;
        QTest::addRow("jobs without batch") << QStringList { u"discover"_s, u"alice@example.test"_s, u"--jobs"_s, u"4"_s }
                                            << u"need --batch"_s;
        QTest::addRow("missing file") << QStringList { u"discover"_s, u"--batch"_s, u"/nonexistent/accounts.txt"_s }
                                      << u"cannot read"_s;
        QTest::addRow("bad shared option") << batch + QStringList { u"--timeout"_s, u"0"_s } << u"--timeout"_s;
    }
    void usage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = cli(arguments, "alice@example.test\n"_ba);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    // The open-file limit (ulimit -n) bounds the sessions at once: the soft limit is raised as far as needed
    // when the hard one allows it; below that, fewer sessions run, said on standard error, and the batch
    // still gives every line its result.
    void fileLimit_data()
    {
        QTest::addColumn<int>("soft");
        QTest::addColumn<int>("hard");
        QTest::addColumn<QString>("note"); // on standard error, or empty for none
        QTest::addRow("soft limit raised") << 256 << 4000 << QString();
        QTest::addRow("hard limit too low") << 300 << 300 << u"--jobs 16 lowered to 7"_s;
        QTest::addRow("room for one only") << 80 << 80 << u"--jobs 16 lowered to 1"_s;
    }
    void fileLimit()
    {
#ifndef Q_OS_UNIX
        QSKIP("open-file limits are a Unix matter");
#endif
        QFETCH(int, soft);
        QFETCH(int, hard);
        QFETCH(QString, note);
        QByteArray accounts;
        for (int i = 1; i <= 20; ++i)
            accounts += u"user%1@example.test\n"_s.arg(i).toUtf8();
        const QString script = u"ulimit -S -n %1 && ulimit -H -n %2 && exec \"$0\" \"$@\""_s.arg(soft).arg(hard);
        const Run run = execute(u"/bin/sh"_s,
                                { u"-c"_s, script, cliPath(), u"discover"_s, u"--batch"_s, u"-"_s, u"--offline"_s,
                                  u"--jobs"_s, u"16"_s },
                                accounts, u"mailscout.*.debug=false"_s);
        QVERIFY2(run.exitCode == 1, run.err.constData());
        QCOMPARE(jsonLines(run.out).size(), 20);
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(note.isEmpty() ? err.isEmpty() : err.contains(note), run.err.constData());
    }

    // 24 accounts on 24 domains, every guessed server sent to two scripted servers on loopback by
    // --connect-to; IMAP waits 1.5 s before its greeting, so no session can end sooner. With --jobs 8 the
    // log must show exactly 8 sessions running at once (never more) on one worker thread per core (up to
    // 8), every address must get its line with
    // the right answer, and the batch must take a fraction of the sum of its sessions' times.
    void concurrentRunAgainstLoopbackServers()
    {
        constexpr int kAccounts = 24;
        constexpr int kJobs = 8;
        constexpr int kGreetingDelayMs = 1500;
        QTemporaryDir dir;
        TestPki pki(dir.path());
        QVERIFY2(pki.isValid(), qPrintable(pki.errorString()));
        CertificateSpec spec;
        spec.dnsNames.clear();
        QByteArray accounts = "# helpdesk audit\n";
        for (int i = 1; i <= kAccounts; ++i) {
            const QString domain = u"d%1.example.test"_s.arg(i);
            for (const QString& prefix : { u""_s, u"imap."_s, u"mail."_s, u"smtp."_s, u"pop."_s, u"pop3."_s })
                spec.dnsNames << prefix + domain;
            accounts += u"user%1@%2\n"_s.arg(i).arg(domain).toUtf8();
        }
        const IssuedCertificate certificate = pki.issue(spec, u"batch"_s);
        QVERIFY2(!certificate.certificate.isNull(), qPrintable(pki.errorString()));

        ScriptedServer imap;
        QVERIFY(imap.setScript(u"TLS\nWAIT %1\nS: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\nC: a1 LOGOUT"_s.arg(kGreetingDelayMs)));
        imap.setCertificate(certificate);
        QVERIFY(imap.start());
        ScriptedServer smtp;
        QVERIFY(smtp.setScript(u"TLS\nS: 220 mail ESMTP\nC: EHLO *\nS~ 250-mail\\r\\n250 AUTH PLAIN\\r\\n\nC: QUIT"_s));
        smtp.setCertificate(certificate);
        QVERIFY(smtp.start());
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 closedPort = closed.serverPort();
        closed.close();
        QFile file(dir.filePath(u"accounts.txt"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(accounts);
        file.close();

        // Nothing leaves the machine: DNS to a loopback address where nothing listens, web sources and
        // every other mail port to a closed port.
        QStringList arguments { u"discover"_s, u"--batch"_s, file.fileName(), u"--jobs"_s, QString::number(kJobs),
                                u"--ca-file"_s, pki.caPath(), u"--dns-server"_s, u"127.0.0.254"_s,
                                u"--ispdb-url"_s, u"https://ispdb.example.test/v1.1/"_s, u"--timeout"_s, u"5"_s };
        const std::pair<int, quint16> routes[] = { { 993, imap.serverPort() }, { 465, smtp.serverPort() },
                                                   { 143, closedPort }, { 587, closedPort }, { 25, closedPort },
                                                   { 995, closedPort }, { 110, closedPort }, { 80, closedPort },
                                                   { 443, closedPort } };
        for (const auto& [from, to] : routes)
            arguments << u"--connect-to"_s << u":%1:127.0.0.1:%2"_s.arg(from).arg(to);

        const Run run = cli(arguments, {}, u"mailscout.batch.debug=true"_s);
        QVERIFY2(run.exitCode == 0, run.err.constData());

        // One line per address, each with its own line number (the comment is line 1), each the right answer.
        const QList<QJsonObject> lines = jsonLines(run.out);
        QCOMPARE(lines.size(), kAccounts);
        QCOMPARE(run.out.count('\n'), kAccounts);
        QSet<int> numbers;
        qint64 sumOfSessionsMs = 0;
        for (const QJsonObject& line : lines) {
            const int number = line[u"line"_s].toInt();
            numbers.insert(number);
            QCOMPARE(line[u"address"_s].toString(), u"user%1@d%1.example.test"_s.arg(number - 1));
            QVERIFY2(line[u"ok"_s].toBool(), QJsonDocument(line).toJson().constData());
            const QJsonObject incoming = line[u"incoming"_s].toObject();
            QCOMPARE(incoming[u"port"_s].toInt(), 993);
            QCOMPARE(incoming[u"security"_s].toString(), u"tls"_s);
            QVERIFY(incoming[u"host"_s].toString().endsWith(u"d%1.example.test"_s.arg(number - 1)));
            QCOMPARE(line[u"outgoing"_s].toObject()[u"port"_s].toInt(), 465);
            const qint64 elapsedMs = line[u"elapsed_ms"_s].toInteger();
            QVERIFY(elapsedMs >= kGreetingDelayMs);
            QVERIFY(line[u"settled_ms"_s].toInteger() <= elapsedMs);
            sumOfSessionsMs += elapsedMs;
        }
        QCOMPARE(numbers.size(), kAccounts);
        QCOMPARE(*std::min_element(numbers.cbegin(), numbers.cend()), 2);
        QCOMPARE(*std::max_element(numbers.cbegin(), numbers.cend()), kAccounts + 1);

        // The log: sessions overlap up to --jobs and never beyond, spread over one worker thread per core.
        static const QRegularExpression started(u"line (\\d+) started on worker (\\d+), (\\d+) running"_s);
        int startedCount = 0;
        int mostRunning = 0;
        QSet<int> workers;
        for (auto match = started.globalMatch(QString::fromUtf8(run.err)); match.hasNext();) {
            const QRegularExpressionMatch line = match.next();
            ++startedCount;
            workers.insert(line.captured(2).toInt());
            mostRunning = std::max(mostRunning, line.captured(3).toInt());
        }
        QCOMPARE(startedCount, kAccounts);
        QCOMPARE(mostRunning, kJobs);
        QCOMPARE(workers.size(), std::min(QThread::idealThreadCount(), kJobs));

        // Structural, not a stopwatch race: 24 sessions of at least 1.5 s each in three waves of eight.
        qInfo("%d addresses, --jobs %d: %lld ms for the batch, %lld ms for its sessions one after another", kAccounts,
              kJobs, run.wallMs, sumOfSessionsMs);
        QVERIFY2(run.wallMs * 3 < sumOfSessionsMs, qPrintable(u"%1 ms vs %2 ms"_s.arg(run.wallMs).arg(sumOfSessionsMs)));
    }
};

QTEST_GUILESS_MAIN(TestCliBatch)
#include "TestCliBatch.moc"
