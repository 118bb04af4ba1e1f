// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transcript.h"

namespace mailscout {

using namespace Qt::StringLiterals;

void Transcript::append(Direction direction, QString text)
{
    if (m_lines.size() >= kMaxLines) {
        m_truncated = true;
        return;
    }
    if (text.size() > kMaxLineLength) {
        text.truncate(kMaxLineLength);
        text += u"…"_s;
    }
    // Control characters from a hostile server must not reach a terminal or a report unescaped.
    for (QChar& c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QChar(0xFFFD);
    }
    m_lines.append({ direction, std::move(text) });
}

QString Transcript::toText() const
{
    QString out;
    for (const Line& line : m_lines) {
        switch (line.direction) {
        case Direction::Client:
            out += u"C: "_s;
            break;
        case Direction::Server:
            out += u"S: "_s;
            break;
        case Direction::Note:
            out += u"*  "_s;
            break;
        }
        out += line.text + u'\n';
    }
    return out;
}

} // namespace mailscout
