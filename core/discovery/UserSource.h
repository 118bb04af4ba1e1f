// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StaticSource.h"

namespace mailscout {

// The server the user named ("I know my server"). A standard port implies its protocol and security; a
// non-standard one (first-class: 2525, 10993, ...) could be anything, so every protocol is tried there
// with implicit TLS and with STARTTLS; no port means the standard ones. Trusted: the user typed the name.
class UserSource : public StaticSource {
    Q_OBJECT

public:
    // ports: 0 stands for the standard ports; several entries combine (standard ports plus custom ones).
    UserSource(const QString& host, const QList<quint16>& ports, QObject* parent = nullptr);
    [[nodiscard]] static QList<Candidate> candidates(const QString& host, quint16 port);
};

} // namespace mailscout
