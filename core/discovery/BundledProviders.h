// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ClientConfig.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace mailscout {

// The provider data Mailscout ships (resources/providers/*.xml, clientConfig 1.1, compiled in as
// ":/providers"): the first, offline discovery source, indexed by every domain the files list.
class BundledProviders {
    Q_DECLARE_TR_FUNCTIONS(BundledProviders)

public:
    // The compiled-in data, read once.
    [[nodiscard]] static const BundledProviders& instance();
    // Every *.xml file in directory (a resource path or a real folder).
    [[nodiscard]] static BundledProviders load(const QString& directory);

    // The provider for an e-mail domain (ACE; case and a final dot are ignored).
    [[nodiscard]] std::optional<ClientConfig> lookup(const QString& domain) const;
    // The provider serving a host, such as an MX host: the longest listed domain the host lies within, so
    // that "x.mail.protection.outlook.com" finds Microsoft 365 before "outlook.com" finds Outlook.com. Public
    // suffixes never match.
    [[nodiscard]] std::optional<ClientConfig> lookupByHost(const QString& host) const;

    [[nodiscard]] const QList<ClientConfig>& providers() const { return m_providers; }
    // Files that did not parse and domains listed twice: mistakes in our own data, which a test keeps at
    // zero.
    [[nodiscard]] const QStringList& errors() const { return m_errors; }

private:
    QList<ClientConfig> m_providers;
    QHash<QString, qsizetype> m_byDomain; // domain -> index into m_providers
    QStringList m_errors;
};

} // namespace mailscout
