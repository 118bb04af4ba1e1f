// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mailscout::test {

// Moves the calling thread into another network namespace for the lifetime of the scope, and back. A
// socket keeps the namespace it was created in, and a process inherits the namespace of the thread that
// starts it: so a QTcpServer that listens, or a QProcess started, inside the scope lives in the other
// namespace after the scope ends. Start no thread inside the scope (a new thread inherits it too), which
// also means no QHostInfo lookup there. Not copyable; nest freely.
class NetNamespaceScope {
public:
    // target: an open descriptor of a network namespace (/run/netns/NAME, /proc/PID/ns/net). The scope
    // does not own it.
    explicit NetNamespaceScope(int target);
    ~NetNamespaceScope();
    NetNamespaceScope(const NetNamespaceScope&) = delete;
    NetNamespaceScope& operator=(const NetNamespaceScope&) = delete;

    [[nodiscard]] bool isValid() const { return m_error.isEmpty(); }
    [[nodiscard]] QString errorString() const { return m_error; }

private:
    int m_previous = -1;
    QString m_error;
};

} // namespace mailscout::test
