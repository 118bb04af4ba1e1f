// SPDX-License-Identifier: GPL-3.0-or-later
#include "SrvSource.h"

#include "HostTrust.h"

#include <algorithm>

namespace mailscout {

using namespace Qt::StringLiterals;

SrvSource::SrvSource(const EmailAddress& address, DnsResolver& resolver, int timeoutMs, QObject* parent)
    : DiscoverySource(u"srv"_s, timeoutMs, parent), m_address(address), m_resolver(resolver)
{
}

QList<SrvSource::Service> SrvSource::services()
{
    return {
        { u"_submissions._tcp", Protocol::Smtp, Security::ImplicitTls },
        { u"_submission._tcp", Protocol::Smtp, Security::StartTls },
        { u"_imaps._tcp", Protocol::Imap, Security::ImplicitTls },
        { u"_imap._tcp", Protocol::Imap, Security::StartTls },
        { u"_pop3s._tcp", Protocol::Pop3, Security::ImplicitTls },
        { u"_pop3._tcp", Protocol::Pop3, Security::StartTls },
    };
}

QList<DnsRecord> SrvSource::ordered(QList<DnsRecord> records)
{
    // RFC 2782 picks among equal priorities at random, weighted; for a list of candidates to probe the
    // expected order (heavier first) is what counts, and a stable order keeps results reproducible.
    std::ranges::stable_sort(records, [](const DnsRecord& a, const DnsRecord& b) {
        return a.priority != b.priority ? a.priority < b.priority : a.weight > b.weight;
    });
    return records;
}

QList<Candidate> SrvSource::candidatesFrom(
    const Service& service, const QList<DnsRecord>& records, const QString& emailDomain, QStringList& notes)
{
    const QString name = QString::fromUtf16(service.label) + u'.' + emailDomain;
    QList<Candidate> candidates;
    for (const DnsRecord& record : ordered(records)) {
        if (record.target == "."_L1) {
            notes.append(tr("%1: the domain says this service is not offered.").arg(name));
            continue;
        }
        Candidate candidate;
        candidate.endpoint = { service.protocol, record.target, record.port, service.security };
        candidate.source = CandidateSource::Srv;
        HostTrust::applyUnauthenticated(candidate, emailDomain, tr("the SRV record %1").arg(name));
        candidates.append(candidate);
    }
    return candidates;
}

void SrvSource::run()
{
    m_notes.clear();
    m_failed = false;
    const QList<Service> all = services();
    m_pending = all.size();
    for (const Service& service : all) {
        const QString name = QString::fromUtf16(service.label) + u'.' + m_address.domain();
        DnsQuery* query = m_resolver.lookup(DnsResolver::Type::Srv, name, this);
        m_queries.append(query);
        connect(query, &DnsQuery::finished, this,
            [this, service](const DnsAnswer& answer) { onAnswer(service, answer); });
    }
}

void SrvSource::stop()
{
    for (const QPointer<DnsQuery>& query : std::as_const(m_queries)) {
        if (query) {
            query->disconnect(this);
            query->deleteLater();
        }
    }
    m_queries.clear();
}

void SrvSource::onAnswer(const Service& service, const DnsAnswer& answer)
{
    --m_pending;
    if (answer.status == DnsAnswer::Status::Failed) {
        m_failed = true;
        m_notes.append(answer.error);
    } else if (answer.status == DnsAnswer::Status::Ok) {
        report(candidatesFrom(service, answer.records, m_address.domain(), m_notes));
    }
    if (m_pending == 0)
        finish(m_failed ? State::Failed : State::Nothing, m_notes.join(u'\n'));
}

} // namespace mailscout
