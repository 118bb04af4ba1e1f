// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchWorker.h"

namespace mailscout::cli {

BatchWorker::BatchWorker(const SetupOptions& options)
    : m_options(options)
{
}

void BatchWorker::start(int number, const QString& input, const EmailAddress& address)
{
    QMetaObject::invokeMethod(
        this, [this, number, input, address] { run(number, input, address); }, Qt::QueuedConnection);
}

void BatchWorker::run(int number, const QString& input, const EmailAddress& address)
{
    auto* session = new SetupSession(address, m_options, this);
    connect(session, &SetupSession::finished, this, [this, session, number, input] {
        Q_EMIT finished(BatchLine::fromSession(number, input, *session));
        session->deleteLater();
    });
    session->start();
}

} // namespace mailscout::cli
