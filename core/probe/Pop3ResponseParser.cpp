// SPDX-License-Identifier: GPL-3.0-or-later
#include "Pop3ResponseParser.h"

namespace mailscout {

std::optional<Pop3Response> Pop3ResponseParser::next()
{
    while (m_error == ParseError::None) {
        const std::optional<QByteArray> line = m_buffer.takeLine();
        if (!line)
            return std::nullopt;
        if (m_partial) {
            if (*line == ".") {
                Pop3Response done = std::move(*m_partial);
                m_partial.reset();
                return done;
            }
            if (m_partial->lines.size() >= kMaxBodyLines) {
                m_error = ParseError::TooManyLines;
                return std::nullopt;
            }
            m_partial->lines.append(line->startsWith('.') ? line->mid(1) : *line);
            continue;
        }
        Pop3Response response;
        if (line->startsWith("+OK") && (line->size() == 3 || line->at(3) == ' ')) {
            response.status = Pop3Response::Status::Ok;
            response.text = line->mid(4);
        } else if (line->startsWith("-ERR") && (line->size() == 4 || line->at(4) == ' ')) {
            response.status = Pop3Response::Status::Err;
            response.text = line->mid(5);
        } else if (*line == "+" || line->startsWith("+ ")) {
            response.status = Pop3Response::Status::Continuation;
            response.text = line->mid(2);
        } else {
            m_error = ParseError::Malformed;
            return std::nullopt;
        }
        // Only a positive answer to a multi-line command has a body (RFC 1939 §3).
        if (response.isOk() && m_expectMultiLine) {
            m_partial = std::move(response);
            continue;
        }
        return response;
    }
    return std::nullopt;
}

ParseError Pop3ResponseParser::error() const { return m_buffer.parseError(m_error); }

} // namespace mailscout
