// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ConnectionOverrides.h"

#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace mailscout {

// Everything discovery talks to can be aimed elsewhere: tests point it at local servers, technicians at
// the one server they are checking.
struct DiscoveryOptions {
    static constexpr const char16_t* kDefaultIspdbBaseUrl = u"https://autoconfig.thunderbird.net/v1.1/";

    QUrl ispdbBaseUrl = QUrl(QString::fromUtf16(kDefaultIspdbBaseUrl)); // the domain is appended
    QUrl autoconfigUrlOverride; // when set, the only autoconfig URL fetched for the e-mail domain
    QHostAddress dnsServer; // null: the system's resolver configuration
    ConnectionOverrides overrides; // --connect-to / --resolve, for HTTP(S) as for the probes
    QList<QSslCertificate> extraCaCertificates; // trusted for HTTPS besides the system CAs
    bool offline = false; // bundled data and the user's host only: nothing goes on the network
    bool noGuess = false;
    int sourceTimeoutMs = 15'000; // each source on its own
    QString userHost; // "I know my server"; empty: none
    quint16 userPort = 0; // 0: the standard ports
    // Diagnosing a host: non-standard ports to check besides its standard ones (2525, 10993, ...).
    QList<quint16> extraPorts;
};

} // namespace mailscout
