// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LineBuffer.h"
#include "ParseError.h"

#include <QByteArrayList>

#include <optional>

namespace mailscout {

// One SMTP reply (RFC 5321 §4.2): a three-digit code and one or more lines of text.
struct SmtpReply {
    int code = 0;
    QByteArrayList lines; // the text of each line, without code and separator

    [[nodiscard]] bool isPositive() const { return code >= 200 && code < 400; }
    [[nodiscard]] QByteArray text() const { return lines.join(' '); }
    friend bool operator==(const SmtpReply&, const SmtpReply&) = default;
};

// Bytes in, replies out. Multi-line replies ("250-...", "250 ...") are joined into one reply.
class SmtpReplyParser {
public:
    static constexpr qsizetype kMaxLinesPerReply = 256;

    SmtpReplyParser() = default;
    explicit SmtpReplyParser(LineBuffer::Limits limits)
        : m_buffer(limits)
    {
    }

    void feed(QByteArrayView data) { m_buffer.append(data); }
    [[nodiscard]] std::optional<SmtpReply> next();
    [[nodiscard]] ParseError error() const;
    // Bytes received but not yet part of a reply: after a STARTTLS go-ahead this must be zero.
    [[nodiscard]] qsizetype pendingBytes() const { return m_buffer.pendingBytes(); }

private:
    LineBuffer m_buffer;
    SmtpReply m_partial;
    ParseError m_error = ParseError::None;
};

} // namespace mailscout
