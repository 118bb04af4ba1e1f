// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mailscout::test {

// The system resolver (getaddrinfo, what QHostInfo and so the probes use; res_ninit, what QDnsLookup uses)
// reads /etc/resolv.conf. This gives the calling thread a private mount namespace where that file names one
// name server of the test's own; threads and programs it starts afterwards inherit it (threads started
// before keep the real file). The real file is untouched; the bind mount vanishes with the process. Root
// only.
class ResolvConfOverride {
public:
    // Writes resolv.conf into `directory` (which must outlive the process's use of it) naming `nameserver`
    // with one attempt of timeoutSeconds, and bind-mounts it. Returns an error message, or empty.
    [[nodiscard]] static QString apply(
        const QString& directory, const QString& nameserver, int timeoutSeconds = 1);
};

} // namespace mailscout::test
