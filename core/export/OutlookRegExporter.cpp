// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutlookRegExporter.h"

#include "ExportText.h"

namespace mailscout {

using namespace Qt::StringLiterals;

namespace {

// A REG_SZ value in a .reg file: backslashes and double quotes escaped.
QString regString(const QString& text)
{
    return ExportText::doubleQuoted(text);
}

} // namespace

QString OutlookRegExporter::displayName() const
{
    return tr("Outlook registry file");
}

QString OutlookRegExporter::description() const
{
    return tr("Windows .reg that makes classic Outlook (Office 16.0) read the Autodiscover export locally");
}

QString OutlookRegExporter::localXmlPath(const QString& domain)
{
    return u"C:\\ProgramData\\Mailscout\\autodiscover-"_s + domain + u".xml"_s;
}

ExportResult OutlookRegExporter::render(const ExportInput& input) const
{
    const QString domain = ExportText::domainOf(input.emailAddress);
    const QString path = localXmlPath(domain);
    const QStringList lines {
        u"Windows Registry Editor Version 5.00"_s,
        QString(),
        u"; Written by Mailscout for "_s + input.emailAddress + u'.',
        u"; Classic Outlook (2016, 2019, 2021 and Microsoft 365 all use registry version 16.0) looks up"_s,
        u"; account settings by Autodiscover. These values make it read them from a local file first:"_s,
        u";   1. Save the \"outlook-autodiscover\" export as "_s + path,
        u";   2. Import this file (double-click it), then add the account in Outlook."_s,
        u"; ExcludeExplicitO365Endpoint stops Outlook from asking Microsoft 365 first; delete it again"_s,
        u"; before adding a Microsoft 365 account."_s,
        QString(),
        u"[HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook\\AutoDiscover]"_s,
        u"\"PreferLocalXML\"=dword:00000001"_s,
        u"\"ExcludeExplicitO365Endpoint\"=dword:00000001"_s,
        regString(domain) + u'=' + regString(path),
        QString(),
    };
    // What regedit itself writes for "Version 5.00": UTF-16LE with a byte order mark and CRLF line ends.
    const QString text = lines.join(u"\r\n"_s);
    QByteArray data("\xff\xfe", 2);
    for (const QChar ch : text) {
        data.append(static_cast<char>(ch.unicode() & 0xff));
        data.append(static_cast<char>(ch.unicode() >> 8));
    }
    return { data, {} };
}

} // namespace mailscout
