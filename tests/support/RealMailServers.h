// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestPki.h"

#include <QString>
#include <QStringList>
#include <QtGlobal>
#include <memory>
#include <vector>

class QProcess;
class QTemporaryDir;

namespace mailscout::test {

// A private Dovecot (IMAP, IMAPS, POP3, POP3S) and Postfix (submission, submissions, smtp) on
// 127.0.0.2 and free high ports, configured and logging inside a temporary directory. Nothing
// system-wide is read for configuration or written.
class RealMailServers {
public:
    struct Ports {
        quint16 imap = 0, imaps = 0, pop3 = 0, pop3s = 0, submission = 0, submissions = 0, smtp = 0;
    };

    // Where the servers listen. The default (127.0.0.2, free high ports) is what most tests want. NetLab
    // uses its server address with the standard ports (143, 993, 110, 995, 587, 465, 25) and calls start()
    // inside its server namespace, so the servers live there.
    struct Placement {
        QString address = QStringLiteral("127.0.0.2");
        bool standardPorts = false;
    };

    // What addSniCertificate() takes, for callers that collect the certificates first.
    struct SniCertificate {
        QStringList serverNames;
        IssuedCertificate certificate;
    };

    // Empty when the servers can run here; otherwise a reason fit for QSKIP.
    static QString unavailableReason();

    RealMailServers();
    ~RealMailServers(); // stops everything it started, by PID (never by name)
    RealMailServers(const RealMailServers&) = delete;
    RealMailServers& operator=(const RealMailServers&) = delete;

    // certificate: a chain PEM + key PEM (from TestPki) valid for its first DNS name, which becomes
    // the servers' host name. Returns once every port greets, or false with the reason and log tails.
    bool start(const IssuedCertificate& certificate, const QString& username, const QString& password,
        QString* error);
    void stop();
    void setPlacement(const Placement& placement) { m_placement = placement; } // before start()
    // Served instead of the main certificate to clients that ask for one of these names by SNI, as shared
    // hosting does; the main certificate still answers every other name and clients without SNI.
    // serverNames are exact host names (no wildcards); call before start().
    void addSniCertificate(const QStringList& serverNames, const IssuedCertificate& certificate);

    // "127.0.0.2", not 127.0.0.1: Dovecot treats a client address equal to the server address as a
    // secure connection and would offer plaintext login before STARTTLS.
    [[nodiscard]] QString address() const;
    [[nodiscard]] QString serverName() const { return m_serverName; }
    [[nodiscard]] Ports ports() const { return m_ports; }
    [[nodiscard]] QString logText() const; // dovecot + postfix logs, for failure messages

private:
    enum class Attempt { Ready, ServerExited, Failed };
    Attempt startOnce(const IssuedCertificate& certificate, const QString& username, const QString& password,
        QString* error);
    Attempt waitUntilReady(QString* error);

    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<QProcess> m_dovecot;
    std::unique_ptr<QProcess> m_postfix;
    std::unique_ptr<QProcess> m_watchdog;
    QString m_serverName;
    Ports m_ports;
    Placement m_placement;
    std::vector<SniCertificate> m_sniCertificates;
};

} // namespace mailscout::test
