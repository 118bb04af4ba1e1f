// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlSheetExporter.h"

#include "ExportText.h"

namespace mailscout {

using namespace Qt::StringLiterals;

namespace {

QString cell(const QString& text)
{
    return u"<td>"_s + text.toHtmlEscaped() + u"</td>"_s;
}

QString list(const QStringList& items)
{
    QString html = u"<ul>\n"_s;
    for (const QString& item : items)
        html += u"<li>"_s + item.toHtmlEscaped() + u"</li>\n"_s;
    return html + u"</ul>\n"_s;
}

} // namespace

QString HtmlSheetExporter::displayName() const
{
    return tr("Settings sheet (HTML)");
}

QString HtmlSheetExporter::description() const
{
    return tr("HTML settings sheet a person can read and type from: recommended settings and alternatives");
}

QString HtmlSheetExporter::securityText(Security security)
{
    return security == Security::ImplicitTls ? tr("SSL/TLS (encrypted from the start)")
                                             : tr("STARTTLS (encryption switched on after connecting)");
}

QString HtmlSheetExporter::authenticationText(const QString& code)
{
    if (code.isEmpty() || code == "password-cleartext"_L1)
        return tr("Normal password");
    if (code == "password-encrypted"_L1)
        return tr("Encrypted password (CRAM-MD5)");
    if (code.compare("OAuth2"_L1, Qt::CaseInsensitive) == 0)
        return tr("OAuth2 (sign in through the provider's web page)");
    return code;
}

QString HtmlSheetExporter::serverRows(const AccountConfig& config, const ExportInput& input)
{
    QString html;
    for (const ServerSetting* setting : { &config.incoming, &config.outgoing }) {
        const Endpoint& endpoint = setting->endpoint;
        html += u"<tr>"_s
            + cell(endpoint.protocol == Protocol::Smtp
                    ? tr("Outgoing (SMTP)")
                    : tr("Incoming (%1)").arg(protocolName(endpoint.protocol).toUpper()))
            + cell(endpoint.host) + cell(QString::number(endpoint.port))
            + cell(securityText(endpoint.security)) + cell(ExportText::loginName(*setting, input))
            + cell(authenticationText(setting->authMethod)) + u"</tr>\n"_s;
    }
    return html;
}

QString HtmlSheetExporter::table(const AccountConfig& config, const ExportInput& input)
{
    return u"<table>\n<tr><th>"_s + tr("Server").toHtmlEscaped() + u"</th><th>"_s
        + tr("Host name").toHtmlEscaped() + u"</th><th>"_s + tr("Port").toHtmlEscaped() + u"</th><th>"_s
        + tr("Security").toHtmlEscaped() + u"</th><th>"_s + tr("User name").toHtmlEscaped() + u"</th><th>"_s
        + tr("Authentication").toHtmlEscaped() + u"</th></tr>\n"_s + serverRows(config, input)
        + u"</table>\n"_s;
}

ExportResult HtmlSheetExporter::render(const ExportInput& input) const
{
    const QString title = tr("Mail settings for %1").arg(input.emailAddress);
    QString html;
    html += u"<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>"_s + title.toHtmlEscaped()
        + u"</title>\n"_s;
    html += u"<style>body{font-family:sans-serif;max-width:60em;margin:2em "
            u"auto}table{border-collapse:collapse}"
            u"td,th{border:1px solid #999;padding:.3em .6em;text-align:left}</style>\n</head>\n<body>\n"_s;
    html += u"<h1>"_s + title.toHtmlEscaped() + u"</h1>\n"_s;
    if (!input.displayName.isEmpty())
        html += u"<p>"_s + tr("Name: %1").arg(input.displayName).toHtmlEscaped() + u"</p>\n"_s;
    html += u"<h2>"_s + tr("Recommended settings").toHtmlEscaped() + u"</h2>\n"_s;
    html += table(input.config, input);
    html += u"<p>"_s
        + tr("Your password is not part of this sheet: type it into the mail program yourself.")
              .toHtmlEscaped()
        + u"</p>\n"_s;
    if (input.config.oauth2Required) {
        html += u"<p><strong>"_s
            + tr("This provider requires OAuth2 or an app password: a normal password will be refused.")
                  .toHtmlEscaped()
            + u"</strong></p>\n"_s;
    }
    if (!input.config.reasons.isEmpty())
        html += u"<h3>"_s + tr("Why these settings").toHtmlEscaped() + u"</h3>\n"_s
            + list(input.config.reasons);
    if (!input.config.warnings.isEmpty())
        html += u"<h3>"_s + tr("Good to know").toHtmlEscaped() + u"</h3>\n"_s + list(input.config.warnings);
    bool headed = false;
    for (const AccountConfig& alternative : input.alternatives) {
        if (alternative.incoming.endpoint.security == Security::Plain
            || alternative.outgoing.endpoint.security == Security::Plain)
            continue;
        if (!headed)
            html += u"<h2>"_s + tr("Alternatives, if the recommended settings do not work").toHtmlEscaped()
                + u"</h2>\n"_s;
        headed = true;
        html += table(alternative, input);
    }
    html += u"<p><small>"_s + tr("Found and checked by Mailscout.").toHtmlEscaped()
        + u"</small></p>\n</body>\n</html>\n"_s;
    return { html.toUtf8(), {} };
}

} // namespace mailscout
