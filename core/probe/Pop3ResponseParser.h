// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LineBuffer.h"
#include "ParseError.h"

#include <QByteArrayList>

#include <optional>

namespace mailscout {

struct Pop3Response {
    enum class Status { Ok, Err, Continuation }; // "+OK", "-ERR", "+ " (SASL, RFC 5034)
    Status status = Status::Err;
    QByteArray text; // the rest of the status line
    QByteArrayList lines; // the body of a multi-line response, dot-unstuffed, without the final "."

    [[nodiscard]] bool isOk() const { return status == Status::Ok; }
    friend bool operator==(const Pop3Response&, const Pop3Response&) = default;
};

// Bytes in, responses out. POP3 does not mark multi-line responses, so the caller says what the
// next command expects before sending it.
class Pop3ResponseParser {
public:
    static constexpr qsizetype kMaxBodyLines = 256;

    Pop3ResponseParser() = default;
    explicit Pop3ResponseParser(LineBuffer::Limits limits)
        : m_buffer(limits)
    {
    }

    void expectMultiLine(bool multiLine) { m_expectMultiLine = multiLine; }
    void feed(QByteArrayView data) { m_buffer.append(data); }
    [[nodiscard]] std::optional<Pop3Response> next();
    [[nodiscard]] ParseError error() const;
    [[nodiscard]] qsizetype pendingBytes() const { return m_buffer.pendingBytes(); }

private:
    LineBuffer m_buffer;
    std::optional<Pop3Response> m_partial; // a +OK status line whose body is still arriving
    bool m_expectMultiLine = false;
    ParseError m_error = ParseError::None;
};

} // namespace mailscout
