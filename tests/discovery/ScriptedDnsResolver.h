// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "discovery/DnsResolver.h"

#include <QHash>
#include <QStringList>
#include <QTimer>

namespace mailscout::test {

// A DnsResolver that answers from a table after a delay, or never: for tests about timing and cancelling
// that need no real DNS (the real resolver is proved in TestDnsSources). Unlisted names are not found.
class ScriptedDnsResolver final : public DnsResolver {
public:
    static constexpr int kNever = -1;

    void answer(const QString& name, const DnsAnswer& answer, int delayMs = 0)
    {
        m_table.insert(name, { answer, delayMs });
    }
    void setDefaultDelay(int delayMs) { m_defaultDelayMs = delayMs; }
    [[nodiscard]] const QStringList& asked() const { return m_asked; }

    [[nodiscard]] DnsQuery* lookup(Type, const QString& name, QObject* parent) override
    {
        m_asked.append(name);
        auto* query = new DnsQuery(parent);
        DnsAnswer notFound;
        notFound.status = DnsAnswer::Status::NotFound;
        const Entry entry = m_table.value(name, { notFound, m_defaultDelayMs });
        if (entry.delayMs != kNever) {
            QTimer::singleShot(
                entry.delayMs, query, [query, answer = entry.answer] { Q_EMIT query->finished(answer); });
        }
        return query;
    }

private:
    struct Entry {
        DnsAnswer answer;
        int delayMs = 0;
    };
    QHash<QString, Entry> m_table;
    QStringList m_asked;
    int m_defaultDelayMs = 0;
};

} // namespace mailscout::test
