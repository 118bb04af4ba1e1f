// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelpdeskReport.h"

#include "HtmlText.h"
#include "ProbeReportSection.h"

#include <QJsonArray>
#include <QMap>
#include <algorithm>

namespace mailscout {

using namespace Qt::StringLiterals;
using HtmlText::element;
using HtmlText::escape;

namespace {

// Inline, so the file is complete on its own; only what Qt's rich text engine understands as well, so the
// PDF looks like the page.
// (No auto margins on the body: Qt's engine would narrow the printed page to a column.)
constexpr auto kStyle = "body{font-family:sans-serif;font-size:10pt;color:#000;max-width:62em}"
                        "h1{font-size:16pt}h2{font-size:13pt;margin-top:1.2em}h3{font-size:11pt}"
                        "table{border-collapse:collapse;margin:4px 0}"
                        "th,td{border:1px solid #888;padding:3px 6px;text-align:left;vertical-align:top}"
                        "th{background-color:#eeeeee;font-weight:bold}"
                        "pre{white-space:pre-wrap;font-size:8pt;background-color:#f6f6f6;padding:4px}"
                        "a{color:#000}th.host,table.matrix td{white-space:nowrap}.small{font-size:8pt;color:#444}"_L1;

QString heading(int level, const QString& text)
{
    return element(u"h%1"_s.arg(level), text) + u'\n';
}

QString paragraph(const QString& text, const QString& cls = {})
{
    return element(u"p"_s, text, cls) + u'\n';
}

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list.append(item.toString());
    return list;
}

// Rank order, whatever order the file has.
QList<QJsonObject> ranked(const QJsonArray& configurations)
{
    QList<QJsonObject> list;
    for (const QJsonValue& item : configurations)
        list.append(item.toObject());
    std::stable_sort(list.begin(), list.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a.value("rank"_L1).toInt() < b.value("rank"_L1).toInt();
    });
    return list;
}

QString brief(const QJsonObject& server)
{
    return ProbeReportSection::title(server);
}

// Matrix columns in a fixed order: incoming (IMAP, POP3) before outgoing, then by port.
int protocolOrder(const QString& protocol)
{
    return protocol == "imap"_L1 ? 0 : protocol == "pop3"_L1 ? 1 : protocol == "smtp"_L1 ? 2 : 3;
}

} // namespace

QString HelpdeskReport::authenticationText(const QString& code)
{
    if (code.isEmpty() || code == "password-cleartext"_L1)
        return tr("normal password");
    if (code == "password-encrypted"_L1)
        return tr("encrypted password (CRAM-MD5)");
    if (code.compare("OAuth2"_L1, Qt::CaseInsensitive) == 0)
        return tr("OAuth2 (sign in through the provider's web page)");
    return code;
}

QString HelpdeskReport::header(const QJsonObject& document, const QDateTime& madeAt)
{
    QString html;
    const qint64 elapsed = document.value("elapsed_ms"_L1).toInteger(-1);
    const qint64 settled = document.value("settled_ms"_L1).toInteger(-1);
    html += u"<table class=\"facts\">\n"_s;
    html += HtmlText::row(tr("Address"), document.value("address"_L1).toString());
    html += HtmlText::row(tr("Report made"), madeAt.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s));
    if (elapsed >= 0)
        html += HtmlText::row(tr("The check took"), tr("%1 ms").arg(elapsed));
    if (settled >= 0) {
        html += HtmlText::row(tr("Answer certain after"),
            tr("%1 ms: %2").arg(settled).arg(document.value("settled_reason"_L1).toString()));
    }
    html += u"</table>\n"_s;
    if (document.value("cancelled"_L1).toBool())
        html += paragraph(tr("The check was cancelled before it finished: the results are incomplete."));
    return html;
}

QString HelpdeskReport::settingsCard(const QJsonObject& configuration)
{
    const QJsonObject in = configuration.value("incoming"_L1).toObject();
    const QJsonObject out = configuration.value("outgoing"_L1).toObject();
    const auto line = [&](const QString& label, const auto& value) -> QString {
        return u"<tr>"_s + element(u"th"_s, label) + element(u"td"_s, value(in)) + element(u"td"_s, value(out))
            + u"</tr>\n"_s;
    };
    QString html = u"<table class=\"card\">\n<tr><th></th>"_s + element(u"th"_s, tr("Incoming mail"))
        + element(u"th"_s, tr("Outgoing mail")) + u"</tr>\n"_s;
    html += line(tr("Protocol"), [](const QJsonObject& s) { return s.value("protocol"_L1).toString().toUpper(); });
    html += line(tr("Server"), [](const QJsonObject& s) { return s.value("host"_L1).toString(); });
    html += line(tr("Port"), [](const QJsonObject& s) { return QString::number(s.value("port"_L1).toInt()); });
    html += line(tr("Security"), [](const QJsonObject& s) {
        return ProbeReportSection::securityText(s.value("security"_L1).toString());
    });
    html += line(tr("User name"), [](const QJsonObject& s) { return s.value("username"_L1).toString(); });
    html += line(tr("Login"), [](const QJsonObject& s) { return authenticationText(s.value("auth"_L1).toString()); });
    html += line(tr("Login verified"), [](const QJsonObject& s) {
        return s.value("login_verified"_L1).toBool() ? tr("yes") : tr("not tried");
    });
    html += u"</table>\n"_s;
    if (configuration.value("oauth2_required"_L1).toBool())
        html += paragraph(tr("This provider requires OAuth2 or an app password: a normal password will be refused."));
    const QStringList reasons = strings(configuration.value("reasons"_L1));
    if (!reasons.isEmpty())
        html += paragraph(tr("Why these settings:")) + HtmlText::list(reasons);
    const QStringList warnings = strings(configuration.value("warnings"_L1));
    if (!warnings.isEmpty())
        html += paragraph(tr("Good to know:")) + HtmlText::list(warnings);
    return html;
}

QString HelpdeskReport::alternatives(const QJsonArray& configurations)
{
    const QList<QJsonObject> list = ranked(configurations);
    if (list.size() < 2)
        return paragraph(tr("There are no alternatives."));
    QString html = u"<table>\n<tr>"_s + element(u"th"_s, tr("Rank")) + element(u"th"_s, tr("Incoming mail"))
        + element(u"th"_s, tr("Outgoing mail")) + element(u"th"_s, tr("Score")) + u"</tr>\n"_s;
    for (qsizetype i = 1; i < list.size(); ++i) {
        const QJsonObject& c = list.at(i);
        html += u"<tr>"_s + element(u"td"_s, QString::number(c.value("rank"_L1).toInt()))
            + element(u"td"_s, brief(c.value("incoming"_L1).toObject()))
            + element(u"td"_s, brief(c.value("outgoing"_L1).toObject()))
            + element(u"td"_s, QString::number(c.value("score"_L1).toInt())) + u"</tr>\n"_s;
    }
    return html + u"</table>\n"_s;
}

QString HelpdeskReport::diagnosis(const QJsonArray& findings)
{
    if (findings.isEmpty())
        return paragraph(tr("Nothing wrong was found."));
    QString html = u"<ul>\n"_s;
    for (const QJsonValue& item : findings) {
        const QJsonObject finding = item.toObject();
        html += u"<li>"_s + escape(finding.value("message"_L1).toString()) + u" <span class=\"small\">("_s
            + escape(finding.value("code"_L1).toString()) + u")</span></li>\n"_s;
    }
    return html + u"</ul>\n"_s;
}

QString HelpdeskReport::portMatrix(const QJsonArray& probes)
{
    if (probes.isEmpty())
        return paragraph(tr("No port was checked."));
    // host -> "protocol/port" -> probe index; a later probe of the same endpoint (the login check) wins.
    QMap<QString, QMap<QString, qsizetype>> cells;
    QList<std::pair<QString, int>> columns; // "imap/993", port
    for (qsizetype i = 0; i < probes.size(); ++i) {
        const QJsonObject endpoint = probes.at(i).toObject().value("endpoint"_L1).toObject();
        const QString column = endpoint.value("protocol"_L1).toString() + u'/'
            + QString::number(endpoint.value("port"_L1).toInt());
        if (std::none_of(columns.cbegin(), columns.cend(), [&](const auto& c) { return c.first == column; }))
            columns.append({ column, endpoint.value("port"_L1).toInt() });
        cells[endpoint.value("host"_L1).toString()][column] = i;
    }
    std::sort(columns.begin(), columns.end(), [](const auto& a, const auto& b) {
        const int pa = protocolOrder(a.first.section(u'/', 0, 0));
        const int pb = protocolOrder(b.first.section(u'/', 0, 0));
        return pa != pb ? pa < pb : a.second < b.second;
    });
    QString html = u"<table class=\"matrix\" width=\"100%\">\n<tr>"_s + element(u"th"_s, tr("Host"));
    for (const auto& column : std::as_const(columns))
        html += element(u"th"_s, column.first.toUpper());
    html += u"</tr>\n"_s;
    for (auto host = cells.cbegin(); host != cells.cend(); ++host) {
        html += u"<tr>"_s + element(u"th"_s, host.key(), u"host"_s);
        for (const auto& column : std::as_const(columns)) {
            const qsizetype index = host->value(column.first, -1);
            if (index < 0) {
                html += element(u"td"_s, tr("not checked"), u"small"_s);
                continue;
            }
            const ProbeReportSection::Cell cell = ProbeReportSection::cell(probes.at(index).toObject());
            html += u"<td style=\"background-color:"_s + cell.colour + u"\"><a href=\"#probe-%1\">"_s.arg(index + 1)
                + escape(cell.word) + u"</a></td>"_s;
        }
        html += u"</tr>\n"_s;
    }
    html += u"</table>\n"_s;
    return html
        + paragraph(tr("Each cell says in words how the port answered; the colour only repeats it: green works "
                       "securely, yellow answers but not safely, red does not work."),
            u"small"_s);
}

QString HelpdeskReport::sources(const QJsonArray& list)
{
    if (list.isEmpty())
        return {};
    QString html = heading(2, tr("Where the settings came from")) + u"<table>\n<tr>"_s
        + element(u"th"_s, tr("Source")) + element(u"th"_s, tr("Result")) + element(u"th"_s, tr("Why"))
        + u"</tr>\n"_s;
    for (const QJsonValue& item : list) {
        const QJsonObject source = item.toObject();
        html += u"<tr>"_s + element(u"td"_s, source.value("id"_L1).toString())
            + element(u"td"_s, source.value("state"_L1).toString())
            + element(u"td"_s, source.value("reason"_L1).toString()) + u"</tr>\n"_s;
    }
    return html + u"</table>\n"_s;
}

QString HelpdeskReport::html(const QJsonObject& document, const QDateTime& madeAt)
{
    const QString title = tr("Mail server report for %1").arg(document.value("address"_L1).toString());
    QString html = u"<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>"_s + escape(title)
        + u"</title>\n<style>"_s + kStyle + u"</style>\n</head>\n<body>\n"_s;
    html += heading(1, title) + header(document, madeAt);
    const QList<QJsonObject> configurations = ranked(document.value("configurations"_L1).toArray());
    html += heading(2, tr("Recommended settings"));
    if (configurations.isEmpty())
        html += paragraph(tr("No secure configuration was found: see the diagnosis and the port matrix."));
    else
        html += settingsCard(configurations.constFirst())
            + paragraph(tr("The password is not part of this report: the user types it into the mail program."));
    html += heading(2, tr("Alternatives")) + alternatives(document.value("configurations"_L1).toArray());
    html += heading(2, tr("Diagnosis")) + diagnosis(document.value("diagnosis"_L1).toArray());
    const QJsonArray probes = document.value("probes"_L1).toArray();
    html += heading(2, tr("Port matrix")) + portMatrix(probes);
    html += sources(document.value("sources"_L1).toArray());
    html += heading(2, tr("Every check in detail"));
    for (qsizetype i = 0; i < probes.size(); ++i)
        html += ProbeReportSection::html(probes.at(i).toObject(), u"probe-%1"_s.arg(i + 1));
    html += paragraph(tr("Made by Mailscout. Transcripts show <redacted> where a credential was sent; no password "
                         "is part of this report."),
        u"small"_s);
    return html + u"</body>\n</html>\n"_s;
}

} // namespace mailscout
