// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LineBuffer.h"
#include "ParseError.h"

#include <optional>

namespace mailscout {

// One IMAP response (RFC 9051 §7), as far as a probe needs it.
struct ImapResponse {
    enum class Kind { Untagged, Tagged, Continuation };
    Kind kind = Kind::Untagged;
    QByteArray tag; // tagged responses only
    QByteArray keyword; // upper-cased: OK, NO, BAD, BYE, PREAUTH, CAPABILITY, ... (or a number: "* 5 EXISTS")
    QByteArray code; // the response code without brackets: "CAPABILITY IMAP4rev1 ...", "ALERT"
    QByteArray text; // human-readable text (literals spliced in)

    [[nodiscard]] QByteArray codeName() const; // the first atom of code, upper-cased: "CAPABILITY"
    [[nodiscard]] QByteArray codeArguments() const; // the rest of code: "IMAP4rev1 ..."
    friend bool operator==(const ImapResponse&, const ImapResponse&) = default;
};

// Bytes in, responses out. Literals ({n} at a line's end) are read as raw bytes and spliced into the text.
class ImapResponseParser {
public:
    static constexpr int kMaxLiteralsPerResponse = 16;

    ImapResponseParser() = default;
    explicit ImapResponseParser(LineBuffer::Limits limits)
        : m_buffer(limits)
    {
    }

    void feed(QByteArrayView data) { m_buffer.append(data); }
    [[nodiscard]] std::optional<ImapResponse> next();
    [[nodiscard]] ParseError error() const { return m_buffer.parseError(m_error); }
    [[nodiscard]] qsizetype pendingBytes() const { return m_buffer.pendingBytes(); }

private:
    // Reads a whole response line, following literals; nothing until it is complete.
    std::optional<QByteArray> takeLogicalLine();
    std::optional<ImapResponse> parse(const QByteArray& line);

    LineBuffer m_buffer;
    QByteArray m_partialLine; // a line whose literal is still arriving
    qsizetype m_literalLength = -1;
    int m_literals = 0;
    ParseError m_error = ParseError::None;
};

} // namespace mailscout
