// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <memory>

class QFile;

namespace mailscout::cli {

// The lines of a batch file, read one at a time on request. It lives in a thread of its own: reading
// standard input blocks until the next line is typed or piped in, and the sessions already running must
// keep their sockets and timers going meanwhile. Reading on request keeps memory flat however long the
// input is.
class BatchInput : public QObject {
    Q_OBJECT

public:
    // Longer lines are reported as too long (their start only); no address comes near this.
    static constexpr qsizetype kMaxLineBytes = 1000;

    // Takes the file, open for reading, as a child: it moves to the reading thread along with this object.
    explicit BatchInput(std::unique_ptr<QFile> file);

public Q_SLOTS:
    // Emits lineRead for the next line, or atEnd when there is none (again on every later call).
    void readLine();

Q_SIGNALS:
    // text is UTF-8 decoded, without its line end (LF or CRLF) and without a byte order mark on line 1.
    void lineRead(int number, const QString& text, bool tooLong);
    void atEnd();

private:
    QFile* m_file;
    int m_number = 0;
};

} // namespace mailscout::cli
