// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ParseError.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace mailscout {

// Splits what a server sends into lines, with limits: the server decides how much it sends, we decide
// how much we keep. Accepts CRLF and bare LF (some servers and proxies send LF).
class LineBuffer {
public:
    struct Limits {
        qsizetype maxLineLength = 8 * 1024; // longer than any real capability line (Gmail's is ~300)
        qsizetype maxTotalBytes = 1024 * 1024; // a whole probe never needs more than a few KiB
    };
    enum class Error { None, LineTooLong, TooMuchData };

    LineBuffer() = default;
    explicit LineBuffer(Limits limits)
        : m_limits(limits)
    {
    }

    void append(QByteArrayView data);
    // The next complete line without its line ending, or nothing until one is complete.
    [[nodiscard]] std::optional<QByteArray> takeLine();
    // Exactly n raw bytes (IMAP literals), or nothing until that many have arrived.
    [[nodiscard]] std::optional<QByteArray> takeBytes(qsizetype n);
    [[nodiscard]] qsizetype pendingBytes() const { return m_buffer.size(); }
    [[nodiscard]] Error error() const { return m_error; }
    // The buffer's error as a parser reports it, or `own` when the buffer is fine.
    [[nodiscard]] ParseError parseError(ParseError own) const;
    [[nodiscard]] const Limits& limits() const { return m_limits; }

private:
    Limits m_limits;
    QByteArray m_buffer;
    qsizetype m_total = 0;
    Error m_error = Error::None;
};

} // namespace mailscout
