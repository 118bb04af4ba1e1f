// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace mailscout {

// What the user asked for on the first page, as plain values: the controller turns it into a session.
struct SetupRequest {
    enum class Mode { Account, Diagnose };

    Mode mode = Mode::Account;
    QString name;
    QString address; // Account: the e-mail address as typed
    // Held in memory for this run only (login verification); never written anywhere.
    QString password;
    bool verifyLogin = false;
    // Account: "I know my server" (optional). Diagnose: the host every standard port is checked on.
    QString host;
    quint16 port = 0; // Account with "I know my server": 0 for the standard ports
    QList<quint16> extraPorts; // Diagnose: custom ports besides the seven standard ones
};

} // namespace mailscout
