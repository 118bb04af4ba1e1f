// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace mailscout::test {

// A private dnsmasq: no configuration file, no upstream, no /etc/hosts, answering only from the records the
// test gives, on one address and port 53, logging every query to its output. It runs in the network
// namespace of the thread that starts it. Stopped by PID in the destructor, and by the kernel if the test
// process dies first.
class Dnsmasq {
public:
    Dnsmasq() = default;
    ~Dnsmasq();
    Dnsmasq(const Dnsmasq&) = delete;
    Dnsmasq& operator=(const Dnsmasq&) = delete;

    // records are dnsmasq options ("--mx-host=...", "--host-record=..."); pidDirectory holds its PID file.
    // Returns once dnsmasq says it started, or an error message.
    [[nodiscard]] QString start(
        const QString& listenAddress, const QStringList& records, const QString& pidDirectory);
    void stop();
    [[nodiscard]] bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    // What dnsmasq said so far: for failure messages.
    [[nodiscard]] QString log();

private:
    QProcess m_process;
    QString m_log;
};

} // namespace mailscout::test
