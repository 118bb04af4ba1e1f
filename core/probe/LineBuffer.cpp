// SPDX-License-Identifier: GPL-3.0-or-later
#include "LineBuffer.h"

namespace mailscout {

void LineBuffer::append(QByteArrayView data)
{
    if (m_error != Error::None)
        return;
    m_total += data.size();
    if (m_total > m_limits.maxTotalBytes) {
        m_error = Error::TooMuchData;
        m_buffer.clear();
        return;
    }
    m_buffer.append(data);
    // An endless line must fail as soon as it is too long, not when it finally ends.
    const qsizetype newline = m_buffer.indexOf('\n');
    const qsizetype firstLineLength = newline < 0 ? m_buffer.size() : newline;
    if (firstLineLength > m_limits.maxLineLength + 1) {
        m_error = Error::LineTooLong;
        m_buffer.clear();
    }
}

std::optional<QByteArray> LineBuffer::takeLine()
{
    if (m_error != Error::None)
        return std::nullopt;
    const qsizetype newline = m_buffer.indexOf('\n');
    if (newline < 0)
        return std::nullopt;
    qsizetype end = newline;
    if (end > 0 && m_buffer.at(end - 1) == '\r')
        --end;
    if (end > m_limits.maxLineLength) {
        m_error = Error::LineTooLong;
        m_buffer.clear();
        return std::nullopt;
    }
    QByteArray line = m_buffer.left(end);
    m_buffer.remove(0, newline + 1);
    // The next line may already be over the limit; check it now rather than on the next append.
    const qsizetype next = m_buffer.indexOf('\n');
    if ((next < 0 ? m_buffer.size() : next) > m_limits.maxLineLength + 1) {
        m_error = Error::LineTooLong;
        m_buffer.clear();
    }
    return line;
}

std::optional<QByteArray> LineBuffer::takeBytes(qsizetype n)
{
    if (m_error != Error::None || m_buffer.size() < n)
        return std::nullopt;
    QByteArray bytes = m_buffer.left(n);
    m_buffer.remove(0, n);
    return bytes;
}

ParseError LineBuffer::parseError(ParseError own) const
{
    switch (m_error) {
    case Error::LineTooLong:
        return ParseError::LineTooLong;
    case Error::TooMuchData:
        return ParseError::TooMuchData;
    case Error::None:
        break;
    }
    return own;
}

} // namespace mailscout
