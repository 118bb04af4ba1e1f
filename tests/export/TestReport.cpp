// SPDX-License-Identifier: GPL-3.0-or-later
// The formats made from a whole run: json round trip, the helpdesk report's content, that every server
// string is escaped (a tag whitelist over the whole page), and that a password planted in a result file
// (unknown fields, unredacted client lines) never reaches json or the report. Golden files of both are
// in TestExporters; the PDF is proved in TestReportPdf.
#include "Canary.h"
#include "ExportFixture.h"
#include "export/ExporterRegistry.h"
#include "export/HtmlText.h"
#include "report/DiscoveryDocument.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace mailscout;
using namespace mailscout::test;
using namespace Qt::StringLiterals;

namespace {

QString exportText(const QString& id, const ExportInput& input)
{
    const ExportResult result = ExporterRegistry::instance().find(id)->exportConfig(input);
    return result.ok() ? QString::fromUtf8(result.data) : u"ERROR: "_s + result.error;
}

QJsonObject probeAt(const QJsonObject& document, qsizetype index)
{
    return document.value("probes"_L1).toArray().at(index).toObject();
}

void setProbe(QJsonObject& document, qsizetype index, const QJsonObject& probe)
{
    QJsonArray probes = document.value("probes"_L1).toArray();
    probes[index] = probe;
    document.insert("probes"_L1, probes);
}

} // namespace

class TestReport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void jsonRoundTrip()
    {
        const ExportInput input = sampleInput(Security::StartTls);
        const ExportResult result = ExporterRegistry::instance().find(u"json")->exportConfig(input);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.data.contains("\n    \"")); // indented
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(result.data, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        // A document with only documented fields comes back unchanged...
        QCOMPARE(parsed.object(), input.discovery);
        // ...and its configurations read back to the same configurations.
        const AccountConfigJson::Parsed first
            = AccountConfigJson::fromJson(parsed.object().value("configurations"_L1).toArray().at(0).toObject());
        QVERIFY(first.config);
        QCOMPARE(first.rank, 1);
        QCOMPARE(first.config->incoming.endpoint, input.config.incoming.endpoint);
        QCOMPARE(first.config->outgoing.endpoint, input.config.outgoing.endpoint);
    }

    void jsonDropsUnknownAndMistyped()
    {
        ExportInput input = sampleInput(Security::ImplicitTls);
        input.discovery.insert(u"extra"_s, u"x"_s);
        input.discovery.insert(u"elapsed_ms"_s, u"not a number"_s);
        const QJsonObject cleaned = QJsonDocument::fromJson(exportText(u"json"_s, input).toUtf8()).object();
        QVERIFY(!cleaned.contains(u"extra"_s));
        QVERIFY(!cleaned.contains(u"elapsed_ms"_s));
        QCOMPARE(cleaned.value(u"settled_ms"_s).toInt(), 412);
    }

    void needsTheDiscovery_data()
    {
        QTest::addColumn<QString>("id");
        for (const Exporter* exporter : ExporterRegistry::instance().exporters()) {
            if (exporter->needsDiscovery())
                QTest::addRow("%s", qPrintable(exporter->id())) << exporter->id();
        }
    }
    void needsTheDiscovery()
    {
        QFETCH(QString, id);
        ExportInput input = sampleInput(Security::ImplicitTls);
        input.discovery = QJsonObject();
        QVERIFY(exportText(id, input).contains(u"mailscout.discovery/1"_s));
        input.discovery.insert(u"schema"_s, u"mailscout.probe/1"_s);
        QVERIFY(exportText(id, input).startsWith(u"ERROR"_s));
        // A run that found nothing: the report says so instead of refusing.
        input = sampleInput(Security::ImplicitTls);
        input.config = AccountConfig();
        input.alternatives.clear();
        input.discovery.insert(u"configurations"_s, QJsonArray());
        QVERIFY(!exportText(id, input).startsWith(u"ERROR"_s));
    }

    void reportContent()
    {
        const ExportInput input = sampleInput(Security::ImplicitTls);
        const QString html = exportText(u"report-html"_s, input);
        for (const QString& expected : {
                 u"<title>Mail server report for alice@example.test</title>"_s,
                 u"2024-05-01 09:30:00 UTC"_s, // when, injected
                 u"<td>mail.example.test</td><td>mail.example.test</td>"_s, // the card: incoming, outgoing
                 u"<td>993</td><td>465</td>"_s,
                 u"Port 25 on mail.example.test does not answer"_s, // the diagnosis
                 u"(port25-blocked)"_s,
                 u"<th>IMAP/993</th>"_s, // the port matrix, in words...
                 u"#c8e6c9\"><a href=\"#probe-1\">secure</a>"_s, // ...and colour
                 u">filtered</a>"_s,
                 u">refused</a>"_s,
                 u"TLSv1.3, TLS_AES_256_GCM_SHA384"_s,
                 u"<td>Example Test CA</td>"_s, // issuer
                 u"from 2024-01-01T00:00:00Z until 2026-01-01T00:00:00Z"_s,
                 u"3F:9A:00:11"_s, // fingerprint
                 u"DNS 2 ms, connect 11 ms, TLS 23 ms"_s,
                 u"IMAP4REV1 AUTH=PLAIN IDLE"_s, // capabilities
                 u"C: a3 LOGIN &lt;redacted&gt;"_s, // the transcript
                 u"S: * OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready"_s,
                 u"Alternatives"_s,
                 u"IMAP mail.example.test:143 (STARTTLS)"_s,
             })
            QVERIFY2(html.contains(expected), qPrintable(expected));
        QVERIFY(!html.contains(u"<link"_s));
        QVERIFY(!html.contains(u"src="_s));
    }

    void escape_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("html");
        QTest::addRow("tag") << u"<script>alert(1)</script>"_s << u"&lt;script&gt;alert(1)&lt;/script&gt;"_s;
        QTest::addRow("quotes") << u"\"a\" 'b'"_s << u"&quot;a&quot; &#39;b&#39;"_s;
        QTest::addRow("ampersand") << u"a&amp;b"_s << u"a&amp;amp;b"_s;
        QTest::addRow("escape sequence") << u"\x1b[31mred"_s << u"\\u{1b}[31mred"_s;
        QTest::addRow("line break") << u"a\r\nb"_s << u"a\\u{d}\\u{a}b"_s;
        QTest::addRow("nul") << QString(QChar(0)) + u"x"_s << u"\\u{0}x"_s;
        QTest::addRow("bidi override") << u"abc\u202Efdp.exe"_s << u"abc\\u{202e}fdp.exe"_s;
        QTest::addRow("c1") << QString(QChar(0x85)) << u"\\u{85}"_s;
        QTest::addRow("unicode kept") << u"Grüße ✉"_s << u"Grüße ✉"_s;
    }
    void escape()
    {
        QFETCH(QString, text);
        QFETCH(QString, html);
        QCOMPARE(HtmlText::escape(text), html);
    }

    // Hostile text wherever a server or a file can put it; the page must keep exactly its own markup.
    void hostileServerText_data()
    {
        QTest::addColumn<QString>("hostile");
        QTest::addRow("script") << u"<script>alert(1)</script>"_s;
        QTest::addRow("attribute break") << u"\"><img src=x onerror=alert(1)>"_s;
        QTest::addRow("single quote") << u"' onmouseover='alert(1)"_s;
        QTest::addRow("control characters") << u"ok\x1b]8;;http://evil\x07\r\n<b>\x00"_s;
        QTest::addRow("closing tags") << u"</pre></td></table><h1>fake</h1>"_s;
    }
    void hostileServerText()
    {
        QFETCH(QString, hostile);
        ExportInput input = sampleInput(Security::ImplicitTls);
        QJsonObject& doc = input.discovery;
        QJsonObject probe = probeAt(doc, 0);
        probe.insert(u"greeting"_s, hostile);
        probe.insert(u"detail"_s, hostile);
        QJsonObject endpoint = probe.value("endpoint"_L1).toObject();
        endpoint.insert(u"host"_s, hostile); // a probe is reported whatever its host is called
        probe.insert(u"endpoint"_s, endpoint);
        QJsonObject tls = probe.value("tls"_L1).toObject();
        QJsonObject leaf = tls.value("certificate"_L1).toObject();
        for (const QString& key : { u"subject"_s, u"issuer"_s, u"sha256"_s, u"not_after"_s })
            leaf.insert(key, hostile);
        leaf.insert(u"sans"_s, QJsonArray { hostile });
        leaf.insert(u"error_messages"_s, QJsonArray { hostile });
        tls.insert(u"certificate"_s, leaf);
        tls.insert(u"cipher"_s, hostile);
        probe.insert(u"tls"_s, tls);
        probe.insert(u"transcript"_s, QJsonArray { QJsonObject { { u"dir"_s, u"S"_s }, { u"text"_s, hostile } } });
        probe.insert(u"warnings"_s, QJsonArray { hostile });
        probe.insert(u"outcome"_s, hostile);
        setProbe(doc, 0, probe);
        doc.insert(u"diagnosis"_s,
            QJsonArray { QJsonObject { { u"code"_s, hostile }, { u"message"_s, hostile } } });
        doc.insert(u"settled_reason"_s, hostile);
        doc.insert(u"address"_s, hostile);
        doc.insert(u"sources"_s, QJsonArray { QJsonObject { { u"id"_s, hostile }, { u"reason"_s, hostile } } });
        QJsonArray configurations = doc.value("configurations"_L1).toArray();
        QJsonObject best = configurations.at(0).toObject();
        best.insert(u"reasons"_s, QJsonArray { hostile });
        configurations[0] = best;
        doc.insert(u"configurations"_s, configurations);

        const QString html = exportText(u"report-html"_s, input);
        QVERIFY2(!html.startsWith(u"ERROR"_s), qPrintable(html));
        // Every tag is one the report writes, with only the attributes it writes.
        static const QStringList kTags { u"!DOCTYPE"_s, u"html"_s, u"head"_s, u"meta"_s, u"title"_s, u"style"_s,
            u"body"_s, u"h1"_s, u"h2"_s, u"h3"_s, u"p"_s, u"table"_s, u"tr"_s, u"th"_s, u"td"_s, u"ul"_s, u"li"_s,
            u"pre"_s, u"span"_s, u"a"_s };
        static const QRegularExpression tag(u"<(/?)([^\\s>/]+)([^>]*)>"_s);
        static const QRegularExpression attributes(
            u"^(\\s+(class=\"[a-z]+\"|id=\"probe-\\d+\"|href=\"#probe-\\d+\"|"
            u"style=\"background-color:#[0-9a-f]{6}\"|charset=\"utf-8\"|width=\"100%\"|html))*$"_s);
        for (auto match = tag.globalMatch(html); match.hasNext();) {
            const QRegularExpressionMatch m = match.next();
            QVERIFY2(kTags.contains(m.captured(2)), qPrintable(m.captured(0)));
            QVERIFY2(attributes.match(m.captured(3)).hasMatch(), qPrintable(m.captured(0)));
        }
        QCOMPARE(html.count(u"<h1>"_s), 1);
        QCOMPARE(html.count(u"<table"_s), html.count(u"</table>"_s));
        QCOMPARE(html.count(u"<pre"_s), html.count(u"</pre>"_s));
        for (const QChar ch : html)
            QVERIFY2(ch == u'\n' || (ch.unicode() >= 0x20 && ch.unicode() != 0x7f), qPrintable(u"U+%1"_s.arg(ch.unicode(), 4, 16)));
        QVERIFY(html.contains(HtmlText::escape(hostile)));
    }

    void redactClientLine_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("previous"); // the server's last line
        QTest::addColumn<QString>("redacted");
        QTest::addRow("imap login") << u"a1 LOGIN alice secret"_s << u"* OK"_s << u"a1 LOGIN <redacted>"_s;
        QTest::addRow("imap login quoted") << u"a1 login \"alice\" \"se cret\""_s << QString() << u"a1 login <redacted>"_s;
        QTest::addRow("imap authenticate ir") << u"a2 AUTHENTICATE PLAIN AGFsaWNlAHM="_s << QString()
                                              << u"a2 AUTHENTICATE PLAIN <redacted>"_s;
        QTest::addRow("imap authenticate") << u"a2 AUTHENTICATE PLAIN"_s << QString() << u"a2 AUTHENTICATE PLAIN"_s;
        QTest::addRow("imap continuation") << u"AGFsaWNlAHM="_s << u"+ "_s << u"<redacted>"_s;
        QTest::addRow("imap literal") << u"alice {6}"_s << u"+ Ready for literal data"_s << u"<redacted>"_s;
        QTest::addRow("smtp auth plain") << u"AUTH PLAIN AGFsaWNlAHM="_s << u"250 AUTH PLAIN"_s << u"AUTH PLAIN <redacted>"_s;
        QTest::addRow("smtp auth login") << u"AUTH LOGIN"_s << u"250 AUTH LOGIN"_s << u"AUTH LOGIN"_s;
        QTest::addRow("smtp challenge") << u"c2VjcmV0"_s << u"334 UGFzc3dvcmQ6"_s << u"<redacted>"_s;
        QTest::addRow("sasl cancel") << u"*"_s << u"334 "_s << u"*"_s;
        QTest::addRow("pop3 pass") << u"PASS secret"_s << u"+OK"_s << u"PASS <redacted>"_s;
        QTest::addRow("pop3 apop") << u"APOP alice c4c9334bac560ecc979e58001b3e22fb"_s << u"+OK <1@x>"_s
                                   << u"APOP alice <redacted>"_s;
        QTest::addRow("pop3 user kept") << u"USER alice"_s << u"+OK"_s << u"USER alice"_s;
        QTest::addRow("already redacted") << u"a1 LOGIN <redacted>"_s << QString() << u"a1 LOGIN <redacted>"_s;
        QTest::addRow("ehlo") << u"EHLO mailscout"_s << u"220 hi"_s << u"EHLO mailscout"_s;
        QTest::addRow("capability") << u"a1 CAPABILITY"_s << u"* OK"_s << u"a1 CAPABILITY"_s;
    }
    void redactClientLine()
    {
        QFETCH(QString, line);
        QFETCH(QString, previous);
        QFETCH(QString, redacted);
        QCOMPARE(DiscoveryDocument::redactClientLine(line, previous), redacted);
    }

    // "Planted": the password where a careless or older writer of RESULT.json could have put it: fields
    // Mailscout does not know (at every level) and client lines of a transcript that were not redacted.
    void plantedCanary_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addRow("json") << u"json"_s;
        QTest::addRow("report-html") << u"report-html"_s;
        QTest::addRow("report-pdf (its HTML)") << u"report-pdf"_s;
    }
    void plantedCanary()
    {
        QFETCH(QString, id);
        ExportInput input = sampleInput(Security::StartTls);
        input.discovery = plantedDiscovery(input.discovery, canaryPassword());
        const QByteArray out = exportText(id, input).toUtf8();
        QVERIFY2(!out.startsWith("ERROR"), out.constData());
        for (const QByteArray& form : canaryForms())
            QVERIFY2(!out.contains(form), form.constData());
        QVERIFY(out.contains("a9 LOGIN"));
        QVERIFY(out.contains("AUTH PLAIN"));
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "TestReport.moc"
