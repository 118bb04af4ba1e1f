// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetNamespaceScope.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sched.h>
#include <unistd.h>

namespace mailscout::test {

using namespace Qt::StringLiterals;

NetNamespaceScope::NetNamespaceScope(int target)
{
    m_previous = open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
    if (m_previous < 0) {
        m_error = u"cannot open this thread's network namespace: %1"_s.arg(
            QString::fromLocal8Bit(strerror(errno)));
        return;
    }
    if (setns(target, CLONE_NEWNET) != 0) {
        m_error = u"setns into the other network namespace failed: %1"_s.arg(
            QString::fromLocal8Bit(strerror(errno)));
        close(m_previous);
        m_previous = -1;
    }
}

NetNamespaceScope::~NetNamespaceScope()
{
    if (m_previous < 0)
        return;
    // Staying in the wrong namespace would silently aim every later connection of the test elsewhere.
    if (setns(m_previous, CLONE_NEWNET) != 0) {
        std::fprintf(stderr, "NetNamespaceScope: cannot return to the previous network namespace: %s\n",
            strerror(errno));
        std::abort();
    }
    close(m_previous);
}

} // namespace mailscout::test
