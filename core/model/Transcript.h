// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace mailscout {

// The dialogue of one probe as a person would read it. Holds no credential: the probe redacts
// before it appends. Bounded, because the server controls what it says.
class Transcript {
public:
    enum class Direction { Client, Server, Note };
    struct Line {
        Direction direction = Direction::Note;
        QString text;
        friend bool operator==(const Line&, const Line&) = default;
    };

    static constexpr qsizetype kMaxLines = 400;
    static constexpr qsizetype kMaxLineLength = 1000;

    void append(Direction direction, QString text);
    [[nodiscard]] const QList<Line>& lines() const { return m_lines; }
    [[nodiscard]] bool truncated() const { return m_truncated; }
    [[nodiscard]] QString toText() const; // "C: ...", "S: ...", "*  ..." lines

private:
    QList<Line> m_lines;
    bool m_truncated = false;
};

} // namespace mailscout
