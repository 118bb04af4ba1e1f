// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImapResponseParser.h"

#include <algorithm>

namespace mailscout {

namespace {

// The length of a literal announced at the end of line ("{12}" or the non-synchronizing "{12+}"), or -1.
qsizetype literalLength(const QByteArray& line)
{
    if (!line.endsWith('}'))
        return -1;
    const qsizetype open = line.lastIndexOf('{');
    if (open < 0)
        return -1;
    QByteArray digits = line.mid(open + 1, line.size() - open - 2);
    if (digits.endsWith('+'))
        digits.chop(1);
    if (digits.isEmpty() || digits.size() > 9)
        return -1;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return -1;
    }
    return digits.toLongLong();
}

bool isTagChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u >= 0x7f)
        return false;
    switch (c) {
    case '(':
    case ')':
    case '{':
    case '%':
    case '*':
    case '"':
    case '\\':
    case '+':
    case ']':
        return false;
    default:
        return true;
    }
}

// Splits "word rest" at the first space.
std::pair<QByteArray, QByteArray> splitWord(const QByteArray& text)
{
    const qsizetype space = text.indexOf(' ');
    if (space < 0)
        return { text, {} };
    return { text.left(space), text.mid(space + 1) };
}

bool isStatusKeyword(const QByteArray& keyword)
{
    return keyword == "OK" || keyword == "NO" || keyword == "BAD" || keyword == "BYE" || keyword == "PREAUTH";
}

} // namespace

QByteArray ImapResponse::codeName() const
{
    return splitWord(code).first.toUpper();
}

QByteArray ImapResponse::codeArguments() const
{
    return splitWord(code).second;
}

std::optional<QByteArray> ImapResponseParser::takeLogicalLine()
{
    while (m_error == ParseError::None) {
        if (m_literalLength >= 0) {
            const std::optional<QByteArray> literal = m_buffer.takeBytes(m_literalLength);
            if (!literal)
                return std::nullopt;
            m_partialLine += *literal;
            m_literalLength = -1;
        }
        const std::optional<QByteArray> line = m_buffer.takeLine();
        if (!line)
            return std::nullopt;
        m_partialLine += *line;
        const qsizetype length = literalLength(*line);
        if (length < 0) {
            QByteArray complete = std::move(m_partialLine);
            m_partialLine.clear();
            m_literals = 0;
            return complete;
        }
        if (++m_literals > kMaxLiteralsPerResponse || length > m_buffer.limits().maxLineLength
            || m_partialLine.size() + length > m_buffer.limits().maxLineLength * 4) {
            m_error = length > m_buffer.limits().maxLineLength ? ParseError::LineTooLong : ParseError::TooManyLines;
            return std::nullopt;
        }
        // Keep the text readable: drop the "{n}" marker, keep what the literal says.
        m_partialLine.chop(m_partialLine.size() - m_partialLine.lastIndexOf('{'));
        m_literalLength = length;
    }
    return std::nullopt;
}

std::optional<ImapResponse> ImapResponseParser::next()
{
    const std::optional<QByteArray> line = takeLogicalLine();
    if (!line)
        return std::nullopt;
    std::optional<ImapResponse> response = parse(*line);
    if (!response)
        m_error = ParseError::Malformed;
    return response;
}

std::optional<ImapResponse> ImapResponseParser::parse(const QByteArray& line)
{
    ImapResponse response;
    if (line == "+" || line.startsWith("+ ")) {
        response.kind = ImapResponse::Kind::Continuation;
        response.text = line.mid(2);
        return response;
    }
    auto [first, rest] = splitWord(line);
    if (first == "*") {
        response.kind = ImapResponse::Kind::Untagged;
    } else {
        if (first.isEmpty() || !std::all_of(first.cbegin(), first.cend(), isTagChar))
            return std::nullopt;
        response.kind = ImapResponse::Kind::Tagged;
        response.tag = first;
    }
    auto [keyword, text] = splitWord(rest);
    if (keyword.isEmpty())
        return std::nullopt;
    response.keyword = keyword.toUpper();
    if (response.kind == ImapResponse::Kind::Tagged && response.keyword != "OK" && response.keyword != "NO"
        && response.keyword != "BAD")
        return std::nullopt;
    // Status responses may start their text with a response code: "[CAPABILITY ...] Dovecot ready."
    if (isStatusKeyword(response.keyword) && text.startsWith('[')) {
        const qsizetype close = text.indexOf(']');
        if (close < 0)
            return std::nullopt;
        response.code = text.mid(1, close - 1);
        text = text.mid(close + 1).trimmed();
    }
    response.text = text;
    return response;
}

} // namespace mailscout
