// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlText.h"

namespace mailscout::HtmlText {

using namespace Qt::StringLiterals;

namespace {

bool shownAsCode(char32_t ch)
{
    return ch < 0x20 || (ch >= 0x7f && ch <= 0x9f) // C0, DEL, C1
        || (ch >= 0x202a && ch <= 0x202e) || (ch >= 0x2066 && ch <= 0x2069) // bidi embeddings, isolates
        || ch == 0x200e || ch == 0x200f || ch == 0x061c // direction marks
        || ch == 0x2028 || ch == 0x2029 || ch == 0xfeff; // line/paragraph separators, BOM
}

} // namespace

QString escape(const QString& text)
{
    QString visible;
    visible.reserve(text.size());
    for (const char32_t ch : text.toUcs4()) {
        if (shownAsCode(ch))
            visible += u"\\u{%1}"_s.arg(static_cast<uint>(ch), 0, 16);
        else
            visible += QString::fromUcs4(&ch, 1);
    }
    return visible.toHtmlEscaped().replace(u'\'', "&#39;"_L1);
}

QString element(const QString& tag, const QString& text, const QString& cls)
{
    const QString open = cls.isEmpty() ? tag : QString(tag + u" class=\""_s + cls + u'"');
    return u'<' + open + u'>' + escape(text) + u"</"_s + tag + u'>';
}

QString row(const QString& label, const QString& value)
{
    return u"<tr>"_s + element(u"th"_s, label) + element(u"td"_s, value) + u"</tr>\n"_s;
}

QString list(const QStringList& items)
{
    if (items.isEmpty())
        return {};
    QString html = u"<ul>\n"_s;
    for (const QString& item : items)
        html += element(u"li"_s, item) + u'\n';
    return html + u"</ul>\n"_s;
}

} // namespace mailscout::HtmlText
