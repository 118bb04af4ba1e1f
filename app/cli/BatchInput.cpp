// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchInput.h"

#include <QFile>

namespace mailscout::cli {

BatchInput::BatchInput(std::unique_ptr<QFile> file) : m_file(file.release())
{
    m_file->setParent(this);
}

void BatchInput::readLine()
{
    QByteArray bytes = m_file->readLine(kMaxLineBytes + 1);
    if (bytes.isEmpty()) {
        Q_EMIT atEnd();
        return;
    }
    ++m_number;
    // A piece without a line end is the last line, or the start of an over-long one: its rest is read
    // and dropped, so that the next call starts on the next line and memory stays bounded.
    qsizetype length = bytes.size();
    QByteArray last = bytes;
    if (!bytes.endsWith('\n')) {
        for (QByteArray rest = m_file->readLine(4096); !rest.isEmpty(); rest = m_file->readLine(4096)) {
            length += rest.size();
            last = rest;
            if (rest.endsWith('\n'))
                break;
        }
    }
    length -= last.endsWith("\r\n") ? 2 : last.endsWith('\n') ? 1 : 0;
    if (bytes.endsWith('\n'))
        bytes.chop(bytes.endsWith("\r\n") ? 2 : 1);
    if (m_number == 1 && bytes.startsWith("\xEF\xBB\xBF")) { // a byte order mark, as Windows editors write
        bytes.remove(0, 3);
        length -= 3;
    }
    Q_EMIT lineRead(m_number, QString::fromUtf8(bytes), length > kMaxLineBytes);
}

} // namespace mailscout::cli
