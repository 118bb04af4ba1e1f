// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProbeReportSection.h"

#include "HtmlText.h"

#include <QJsonArray>

namespace mailscout {

using namespace Qt::StringLiterals;
using HtmlText::escape;
using HtmlText::row;

namespace {

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list.append(item.toString());
    return list;
}

QString yesNo(bool value)
{
    return value ? ProbeReportSection::tr("yes") : ProbeReportSection::tr("no");
}

// Capabilities as the report shows them: "not seen" differs from an empty list.
QString capabilities(const QJsonValue& value)
{
    if (!value.isArray())
        return ProbeReportSection::tr("not seen");
    const QStringList tokens = strings(value);
    return tokens.isEmpty() ? ProbeReportSection::tr("none") : tokens.join(u' ');
}

} // namespace

QString ProbeReportSection::securityText(const QString& code)
{
    if (code == "tls"_L1)
        return tr("SSL/TLS");
    if (code == "starttls"_L1)
        return tr("STARTTLS");
    if (code == "plain"_L1)
        return tr("none (unencrypted)");
    return code;
}

QString ProbeReportSection::title(const QJsonObject& endpoint)
{
    // One arg() call: a "%3" in a hostile host name must stay text, not become a placeholder.
    return tr("%1 %2:%3 (%4)")
        .arg(endpoint.value("protocol"_L1).toString().toUpper(), endpoint.value("host"_L1).toString(),
            QString::number(endpoint.value("port"_L1).toInt()),
            securityText(endpoint.value("security"_L1).toString()));
}

QString ProbeReportSection::outcomeText(const QString& code)
{
    static const QList<std::pair<QLatin1StringView, const char*>> words {
        { "ok"_L1, QT_TR_NOOP("works") },
        { "auth-ok"_L1, QT_TR_NOOP("works, login accepted") },
        { "auth-failed"_L1, QT_TR_NOOP("works, but the login was refused") },
        { "refused"_L1, QT_TR_NOOP("connection refused") },
        { "timeout"_L1, QT_TR_NOOP("no answer in time (filtered?)") },
        { "unreachable"_L1, QT_TR_NOOP("network or host unreachable") },
        { "dns-failure"_L1, QT_TR_NOOP("name not found in DNS") },
        { "tls-handshake-failed"_L1, QT_TR_NOOP("TLS could not be set up") },
        { "certificate-untrusted"_L1, QT_TR_NOOP("certificate not trusted") },
        { "certificate-name-mismatch"_L1, QT_TR_NOOP("certificate for another name") },
        { "certificate-expired"_L1, QT_TR_NOOP("certificate expired") },
        { "starttls-unavailable"_L1, QT_TR_NOOP("STARTTLS not offered") },
        { "starttls-injection"_L1, QT_TR_NOOP("STARTTLS injection attack detected") },
        { "wrong-protocol"_L1, QT_TR_NOOP("another service answers") },
        { "server-error"_L1, QT_TR_NOOP("server error") },
        { "cancelled"_L1, QT_TR_NOOP("cancelled") },
    };
    for (const auto& [known, text] : words) {
        if (code == known)
            return tr(text);
    }
    return code;
}

ProbeReportSection::Cell ProbeReportSection::cell(const QJsonObject& probe)
{
    const QString outcome = probe.value("outcome"_L1).toString();
    if (probe.value("secure"_L1).toBool()) {
        const bool startTls = probe.value("endpoint"_L1).toObject().value("security"_L1).toString() == "starttls"_L1;
        return { startTls ? tr("secure (STARTTLS)") : tr("secure"), kGood };
    }
    if (outcome == "ok"_L1 || outcome == "auth-ok"_L1 || outcome == "auth-failed"_L1)
        return { tr("unencrypted"), kWarning };
    if (outcome.startsWith("certificate-"_L1))
        return { tr("bad certificate"), kWarning };
    if (outcome == "starttls-unavailable"_L1)
        return { tr("no STARTTLS"), kWarning };
    if (outcome == "refused"_L1)
        return { tr("refused"), kBad };
    if (outcome == "timeout"_L1)
        return { tr("filtered"), kBad };
    if (outcome == "starttls-injection"_L1)
        return { tr("ATTACK"), kBad };
    return { outcomeText(outcome), kBad };
}

QString ProbeReportSection::certificateRows(const QJsonObject& certificate)
{
    QString html;
    html += row(tr("Certificate subject"), certificate.value("subject"_L1).toString());
    html += row(tr("Issued by"), certificate.value("issuer"_L1).toString());
    html += row(tr("Names (SANs)"), strings(certificate.value("sans"_L1)).join(u", "_s));
    html += row(tr("Valid"),
        tr("from %1 until %2")
            .arg(certificate.value("not_before"_L1).toString(), certificate.value("not_after"_L1).toString()));
    html += row(tr("Key"),
        tr("%1, %2 bits, signed with %3")
            .arg(certificate.value("key_type"_L1).toString(),
                QString::number(certificate.value("key_bits"_L1).toInt()),
                certificate.value("signature_algorithm"_L1).toString(tr("unknown"))));
    html += row(tr("SHA-256 fingerprint"), certificate.value("sha256"_L1).toString());
    html += row(tr("Trusted"), yesNo(certificate.value("trusted"_L1).toBool()));
    html += row(tr("Name matches"), yesNo(certificate.value("name_matches"_L1).toBool()));
    if (certificate.value("accepted_by_user"_L1).toBool())
        html += row(tr("Accepted by the user"), yesNo(true));
    QStringList errors = strings(certificate.value("error_messages"_L1));
    if (errors.isEmpty())
        errors = strings(certificate.value("errors"_L1));
    if (!errors.isEmpty())
        html += u"<tr>"_s + HtmlText::element(u"th"_s, tr("Certificate errors")) + u"<td>"_s
            + HtmlText::list(errors) + u"</td></tr>\n"_s;
    return html;
}

QString ProbeReportSection::tlsRows(const QJsonObject& tls)
{
    QString html;
    html += row(tr("TLS"),
        tls.value("established"_L1).toBool()
            ? tr("%1, %2").arg(tls.value("protocol"_L1).toString(), tls.value("cipher"_L1).toString())
            : tr("not established"));
    if (tls.value("insecure_protocol"_L1).toBool())
        html += row(tr("Outdated TLS"), tr("The server speaks only TLS 1.0/1.1 (RFC 8996)."));
    if (tls.value("handshake_error"_L1).isString())
        html += row(tr("Handshake error"), tls.value("handshake_error"_L1).toString());
    const QJsonValue certificate = tls.value("certificate"_L1);
    if (certificate.isObject())
        html += certificateRows(certificate.toObject());
    else
        html += row(tr("Certificate"), tr("none received"));
    const QJsonArray chain = tls.value("chain"_L1).toArray();
    for (qsizetype i = 1; i < chain.size(); ++i) {
        const QJsonObject link = chain.at(i).toObject();
        html += row(tr("Chain %1").arg(i),
            tr("%1, issued by %2, SHA-256 %3")
                .arg(link.value("subject"_L1).toString(), link.value("issuer"_L1).toString(),
                    link.value("sha256"_L1).toString()));
    }
    return html;
}

QString ProbeReportSection::timings(const QJsonObject& timings)
{
    static const QList<std::pair<QLatin1StringView, const char*>> phases {
        { "dns"_L1, QT_TR_NOOP("DNS") }, { "connect"_L1, QT_TR_NOOP("connect") }, { "tls"_L1, QT_TR_NOOP("TLS") },
        { "greeting"_L1, QT_TR_NOOP("greeting") }, { "capabilities"_L1, QT_TR_NOOP("capabilities") },
        { "auth"_L1, QT_TR_NOOP("login") }, { "total"_L1, QT_TR_NOOP("total") },
    };
    QStringList parts;
    for (const auto& [key, label] : phases) {
        if (timings.value(key).isDouble())
            parts.append(tr("%1 %2 ms").arg(tr(label)).arg(timings.value(key).toInteger()));
    }
    return parts.join(u", "_s);
}

QString ProbeReportSection::transcript(const QJsonObject& probe)
{
    const QJsonArray lines = probe.value("transcript"_L1).toArray();
    if (lines.isEmpty())
        return u"<p>"_s + escape(tr("No transcript: nothing was exchanged.")) + u"</p>\n"_s;
    // Line by line, so a line break a server smuggled into a line stays visible as a code.
    QString html = u"<pre class=\"transcript\">"_s;
    for (const QJsonValue& item : lines) {
        const QJsonObject line = item.toObject();
        html += escape((line.value("dir"_L1).toString() == "C"_L1 ? u"C: "_s : u"S: "_s)
                    + line.value("text"_L1).toString())
            + u'\n';
    }
    html += u"</pre>\n"_s;
    if (probe.value("transcript_truncated"_L1).toBool())
        html += u"<p>"_s + escape(tr("The transcript was cut off at its limit.")) + u"</p>\n"_s;
    return html;
}

QString ProbeReportSection::html(const QJsonObject& probe, const QString& anchor)
{
    const Cell summary = cell(probe);
    QString html = u"<h3 id=\""_s + anchor + u"\">"_s + escape(title(probe.value("endpoint"_L1).toObject()))
        + u"</h3>\n<table class=\"facts\">\n"_s;
    html += u"<tr>"_s + HtmlText::element(u"th"_s, tr("Outcome")) + u"<td style=\"background-color:"_s
        + summary.colour + u"\">"_s
        + escape(tr("%1: %2").arg(summary.word, outcomeText(probe.value("outcome"_L1).toString())))
        + u"</td></tr>\n"_s;
    for (const auto& [key, label] : { std::pair { "detail"_L1, tr("Detail") },
             std::pair { "connected_address"_L1, tr("Address") }, std::pair { "greeting"_L1, tr("Greeting") } }) {
        if (probe.value(key).isString())
            html += row(label, probe.value(key).toString());
    }
    const QJsonValue tls = probe.value("tls"_L1);
    if (tls.isObject())
        html += tlsRows(tls.toObject());
    else
        html += row(tr("TLS"), tr("not attempted"));
    const QJsonObject caps = probe.value("capabilities"_L1).toObject();
    html += row(tr("Capabilities before TLS"), capabilities(caps.value("before_tls"_L1)));
    html += row(tr("Capabilities after TLS"), capabilities(caps.value("after_tls"_L1)));
    html += row(tr("Login methods"), capabilities(probe.value("auth_mechanisms"_L1)));
    const QJsonObject login = probe.value("login"_L1).toObject();
    if (login.value("attempted"_L1).toBool()) {
        html += row(tr("Login"),
            tr("%1 with %2: %3")
                .arg(login.value("ok"_L1).toBool() ? tr("accepted") : tr("refused"),
                    login.value("mechanism"_L1).toString(tr("unknown")), login.value("message"_L1).toString()));
    }
    html += row(tr("Timings"), timings(probe.value("timings_ms"_L1).toObject()));
    for (const QString& warning : strings(probe.value("warnings"_L1)))
        html += row(tr("Warning"), warning);
    html += u"</table>\n"_s;
    const QStringList notes = strings(probe.value("notes"_L1));
    if (!notes.isEmpty())
        html += HtmlText::element(u"p"_s, tr("What the check did:")) + HtmlText::list(notes);
    return html + transcript(probe);
}

} // namespace mailscout
