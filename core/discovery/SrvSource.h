// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DiscoverySource.h"
#include "DnsResolver.h"
#include "EmailAddress.h"
#include "model/Endpoint.h"

#include <QList>
#include <QPointer>
#include <QStringList>

namespace mailscout {

// RFC 6186 and RFC 8314 SRV records: _submissions, _submission, _imaps, _imap, _pop3s and _pop3 under the
// e-mail domain, all asked at once. Within a service, targets come in priority order, heavier weight
// first; a "." target means the domain says it does not offer that service. The records come over plain
// DNS, so targets outside the e-mail domain are flagged untrusted.
class SrvSource : public DiscoverySource {
    Q_OBJECT

public:
    struct Service {
        const char16_t* label; // "_imaps._tcp"
        Protocol protocol;
        Security security;
    };

    SrvSource(const EmailAddress& address, DnsResolver& resolver, int timeoutMs, QObject* parent = nullptr);

    [[nodiscard]] static QList<Service> services();
    // The records of one service in the order a client tries them.
    [[nodiscard]] static QList<DnsRecord> ordered(QList<DnsRecord> records);
    // The candidates one service's answer yields, in that order; a "." target adds a line to notes instead.
    // Pure, so the fuzz target (tests/fuzz/FuzzDnsAnswers.cpp) can feed it whatever a DNS server may say.
    [[nodiscard]] static QList<Candidate> candidatesFrom(
        const Service& service, const QList<DnsRecord>& records, const QString& emailDomain, QStringList& notes);

protected:
    void run() override;
    void stop() override;

private:
    void onAnswer(const Service& service, const DnsAnswer& answer);

    EmailAddress m_address;
    DnsResolver& m_resolver;
    QList<QPointer<DnsQuery>> m_queries;
    qsizetype m_pending = 0;
    QStringList m_notes;
    bool m_failed = false;
};

} // namespace mailscout
