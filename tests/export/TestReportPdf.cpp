// SPDX-License-Identifier: GPL-3.0-or-later
// report-pdf as a user makes it: a real discover run against scripted servers on loopback, then
// `mailscout-cli export --format report-pdf`, which prints through mailscout-render. Proved by poppler, an
// independent consumer: pdfinfo reads a valid PDF with pages, pdftotext finds the recommended server, its
// port and a diagnosis sentence, and pdftoppm renders the first page (MAILSCOUT_UPDATE_SCREENSHOTS=1 keeps
// it as docs/screenshots/report-pdf.png).
#include "Canary.h"
#include "ExportFixture.h"
#include "ProbeHarness.h"
#include "ScriptedServer.h"
#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace mailscout;
using namespace mailscout::test;
using namespace Qt::StringLiterals;

namespace {

QString tool(const QString& name)
{
    return QStandardPaths::findExecutable(name, { u"/usr/bin"_s, u"/usr/local/bin"_s, u"/bin"_s });
}

QString renderPath()
{
    return QFileInfo(cliPath()).dir().filePath(u"mailscout-render"_s);
}

// pdftotext breaks lines where the page does, and gives ligatures as one character ("\uFB01" for "fi"):
// compare words in compatibility form.
QString words(const QByteArray& text)
{
    return QString::fromUtf8(text).normalized(QString::NormalizationForm_KC).simplified();
}

} // namespace

class TestReportPdf : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProbeHarness> m_harness;
    IssuedCertificate m_certificate;

    QString writeJson(const QString& name, const QJsonObject& object)
    {
        QFile file(m_dir.filePath(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(QJsonDocument(object).toJson());
        return file.fileName();
    }

    // report-pdf of a RESULT.json through the CLI; its text as pdftotext reads it.
    QByteArray pdfText(const QString& result, const QString& pdf)
    {
        QByteArray output;
        const int status = runProgram(
            cliPath(), { u"export"_s, u"--format"_s, u"report-pdf"_s, u"--from"_s, result, u"-o"_s, pdf }, &output);
        if (status != 0) {
            qWarning("%s", output.constData());
            return {};
        }
        QByteArray text;
        if (runProgram(tool(u"pdftotext"_s), { u"-layout"_s, pdf, u"-"_s }, &text) != 0)
            return {};
        return text;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const QString& name : { u"pdftotext"_s, u"pdfinfo"_s, u"pdftoppm"_s }) {
            if (tool(name).isEmpty())
                QSKIP("poppler's tools are needed (Debian: apt-get install poppler-utils)");
        }
        QVERIFY2(QFileInfo(renderPath()).isExecutable(), qPrintable(renderPath()));
        m_harness = std::make_unique<ProbeHarness>();
        QVERIFY(m_harness->isValid());
        CertificateSpec spec;
        spec.dnsNames = QStringList { u"example.test"_s, u"imap.example.test"_s, u"mail.example.test"_s,
            u"smtp.example.test"_s, u"pop.example.test"_s, u"pop3.example.test"_s };
        m_certificate = m_harness->pki().issue(spec, u"report-pdf"_s);
    }

    void rendererCommandLine()
    {
        QByteArray output;
        QCOMPARE(runProgram(renderPath(), { u"--version"_s }, &output), 0);
        QVERIFY2(output.contains("mailscout-render " MAILSCOUT_VERSION "\n"), output.constData());
        QCOMPARE(runProgram(renderPath(), { u"--help"_s }, &output), 0);
        QVERIFY(output.contains("PDF"));
        QCOMPARE(runProgram(renderPath(), { u"--page-size"_s, u"A0"_s }, &output), 2);
        // Standard input to standard output, as PdfRenderer uses it (Qt may warn on standard error).
        QProcess render;
        render.start(renderPath(), {});
        QVERIFY(render.waitForStarted());
        render.write("<h1>Hello</h1>");
        render.closeWriteChannel();
        QVERIFY(render.waitForFinished(60'000));
        QCOMPARE(render.exitCode(), 0);
        QVERIFY(render.readAllStandardOutput().startsWith("%PDF-"));
    }

    void reportOfARealRun()
    {
        ScriptedServer imap;
        QVERIFY(imap.setScript(u"TLS\nS: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\nC: a1 LOGOUT"_s));
        imap.setCertificate(m_certificate);
        QVERIFY(imap.start());
        ScriptedServer smtp;
        QVERIFY(smtp.setScript(u"TLS\nS: 220 mail ESMTP\nC: EHLO *\nS~ 250-mail\\r\\n250 AUTH PLAIN\\r\\n\nC: QUIT"_s));
        smtp.setCertificate(m_certificate);
        QVERIFY(smtp.start());
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 closedPort = closed.serverPort();
        closed.close();
        QStringList args { u"discover"_s, u"alice@example.test"_s, u"--ca-file"_s, m_harness->pki().caPath(),
            u"--dns-server"_s, u"127.0.0.254"_s, u"--ispdb-url"_s, u"https://ispdb.example.test/v1.1/"_s,
            u"--timeout"_s, u"3"_s, u"--json"_s };
        const std::pair<int, quint16> routes[] = { { 993, imap.serverPort() }, { 465, smtp.serverPort() },
            { 143, closedPort }, { 587, closedPort }, { 25, closedPort }, { 995, closedPort }, { 110, closedPort },
            { 80, closedPort }, { 443, closedPort } };
        for (const auto& [from, to] : routes)
            args << u"--connect-to"_s << u":%1:127.0.0.1:%2"_s.arg(from).arg(to);
        // The scripted servers live in this process: wait with the event loop running, not blocked.
        QProcess discover;
        QSignalSpy finished(&discover, &QProcess::finished);
        discover.start(cliPath(), args);
        discover.closeWriteChannel();
        QVERIFY(finished.wait(90'000));
        const QByteArray json = discover.readAllStandardOutput();
        QVERIFY2(discover.exitCode() == 0, discover.readAllStandardError().constData());
        const QJsonObject result = QJsonDocument::fromJson(json).object();
        const QJsonObject incoming
            = result.value("configurations"_L1).toArray().at(0).toObject().value("incoming"_L1).toObject();
        QCOMPARE(incoming.value("port"_L1).toInt(), 993);
        const QString host = incoming.value("host"_L1).toString();
        QVERIFY(!host.isEmpty());
        const QJsonArray diagnosis = result.value("diagnosis"_L1).toArray();
        QVERIFY2(!diagnosis.isEmpty(), json.constData());

        const QString pdf = m_dir.filePath(u"report.pdf"_s);
        const QString text = words(pdfText(writeJson(u"run.json"_s, result), pdf));
        QVERIFY2(text.contains(u"Mail server report for alice@example.test"_s), qPrintable(text));
        QVERIFY2(text.contains(host), qPrintable(text));
        QVERIFY(text.contains(u"993"_s));
        // pdftotext may also break a line after a colon inside "host:25": compare without any white space.
        static const QRegularExpression space(u"\\s+"_s);
        const QString sentence = diagnosis.at(0).toObject().value("message"_L1).toString();
        QVERIFY2(QString(text).remove(space).contains(QString(sentence).remove(space)),
            qPrintable(sentence + u"\n---\n"_s + text));
        QVERIFY(text.contains(u"secure"_s)); // the port matrix, in words
        QVERIFY(text.contains(u"refused"_s));

        QByteArray info;
        QCOMPARE(runProgram(tool(u"pdfinfo"_s), { pdf }, &info), 0);
        const QRegularExpressionMatch pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(QString::fromUtf8(info));
        QVERIFY2(pages.hasMatch() && pages.captured(1).toInt() >= 1, info.constData());
        QVERIFY(info.contains("Mail server report for alice@example.test")); // the title
        QVERIFY(info.contains("PDF version:"));

        const QString prefix = m_dir.filePath(u"page"_s);
        QCOMPARE(runProgram(tool(u"pdftoppm"_s), { u"-png"_s, u"-r"_s, u"60"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s,
                                                     u"-singlefile"_s, pdf, prefix }),
            0);
        QFile png(prefix + u".png"_s);
        QVERIFY(png.open(QIODevice::ReadOnly));
        QVERIFY(png.read(8) == QByteArray("\x89PNG\r\n\x1a\n", 8));
        if (qEnvironmentVariableIntValue("MAILSCOUT_UPDATE_SCREENSHOTS") == 1) {
            const QString kept = sourceDir() + u"/docs/screenshots/report-pdf.png"_s;
            QFile::remove(kept);
            QVERIFY(QFile::copy(png.fileName(), kept));
        }
    }

    void plantedCanaryStaysOut()
    {
        ExportInput input = sampleInput(Security::StartTls);
        const QString result = writeJson(u"planted.json"_s, plantedDiscovery(input.discovery, canaryPassword()));
        const QByteArray text = pdfText(result, m_dir.filePath(u"planted.pdf"_s));
        QVERIFY2(words(text).contains(u"a9 LOGIN <redacted>"_s), text.constData());
        for (const QByteArray& form : canaryForms())
            QVERIFY2(!text.contains(form), form.constData());
    }

    // The CLI without its renderer says what is missing instead of writing a broken file.
    void missingRenderer()
    {
        QTemporaryDir lonely;
        const QString cli = lonely.filePath(u"mailscout-cli"_s);
        QVERIFY(QFile::copy(cliPath(), cli));
        const QString result = writeJson(u"sample.json"_s, sampleInput(Security::ImplicitTls).discovery);
        const QString pdf = lonely.filePath(u"report.pdf"_s);
        QByteArray output;
        QCOMPARE(runProgram(cli, { u"export"_s, u"--format"_s, u"report-pdf"_s, u"--from"_s, result, u"-o"_s, pdf }, &output),
            1);
        QVERIFY2(output.contains("mailscout-render is missing"), output.constData());
        QVERIFY(!QFile::exists(pdf));
    }
};

QTEST_GUILESS_MAIN(TestReportPdf)
#include "TestReportPdf.moc"
