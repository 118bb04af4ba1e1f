// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmtpReplyParser.h"

namespace mailscout {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

} // namespace

std::optional<SmtpReply> SmtpReplyParser::next()
{
    while (m_error == ParseError::None) {
        const std::optional<QByteArray> line = m_buffer.takeLine();
        if (!line)
            return std::nullopt;
        // "250", "250 text" or "250-text"; RFC 5321 allows a bare code on the last line.
        if (line->size() < 3 || !isDigit(line->at(0)) || !isDigit(line->at(1)) || !isDigit(line->at(2))
            || line->at(0) < '2' || line->at(0) > '5'
            || (line->size() > 3 && line->at(3) != ' ' && line->at(3) != '-')) {
            m_error = ParseError::Malformed;
            return std::nullopt;
        }
        const int code = line->left(3).toInt();
        if (!m_partial.lines.isEmpty() && code != m_partial.code) {
            m_error = ParseError::Malformed;
            return std::nullopt;
        }
        if (m_partial.lines.size() >= kMaxLinesPerReply) {
            m_error = ParseError::TooManyLines;
            return std::nullopt;
        }
        m_partial.code = code;
        m_partial.lines.append(line->mid(4));
        const bool last = line->size() == 3 || line->at(3) == ' ';
        if (last) {
            SmtpReply reply = std::move(m_partial);
            m_partial = {};
            return reply;
        }
    }
    return std::nullopt;
}

ParseError SmtpReplyParser::error() const { return m_buffer.parseError(m_error); }

} // namespace mailscout
