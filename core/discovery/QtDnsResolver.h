// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DnsResolver.h"

#include <QHostAddress>

namespace mailscout {

// DnsResolver on QDnsLookup: the system's resolver configuration, or the one server --dns-server names.
class QtDnsResolver final : public DnsResolver {
public:
    explicit QtDnsResolver(const QHostAddress& nameserver = {});
    [[nodiscard]] DnsQuery* lookup(Type type, const QString& name, QObject* parent) override;

private:
    QHostAddress m_nameserver;
};

} // namespace mailscout
