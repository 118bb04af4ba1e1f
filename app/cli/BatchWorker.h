// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/BatchLine.h"
#include "session/SetupSession.h"

#include <QObject>

namespace mailscout::cli {

// Runs a batch's setup sessions on the thread it lives in, one of several. A batch is bound by the CPU of
// its TLS handshakes long before the network (measured: about 5 ms per probe, most of it Qt's and
// OpenSSL's set-up of each connection, two dozen probes per domain), so its sessions are spread over one
// such thread per core rather than all sharing the thread that reads the input and prints the lines.
class BatchWorker : public QObject {
    Q_OBJECT

public:
    explicit BatchWorker(const SetupOptions& options);

    // Starts a session for `address` on this object's thread; callable from any thread.
    void start(int number, const QString& input, const EmailAddress& address);

Q_SIGNALS:
    // From this object's thread, once the session of `number` has finished.
    void finished(const mailscout::BatchLine& line);

private:
    void run(int number, const QString& input, const EmailAddress& address);

    const SetupOptions m_options;
};

} // namespace mailscout::cli
