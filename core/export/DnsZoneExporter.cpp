// SPDX-License-Identifier: GPL-3.0-or-later
#include "DnsZoneExporter.h"

#include "ExportText.h"
#include "discovery/EmailAddress.h"

namespace mailscout {

using namespace Qt::StringLiterals;

namespace {

struct Service {
    QLatin1String label;
    Protocol protocol;
    Security security;
};

// RFC 8314 section 5.1: implicit TLS is preferred, so its records get the better (lower) priority band;
// RFC 6186 clients compare priorities across _imaps/_imap (and _pop3s/_pop3, _submissions/_submission).
constexpr Service kServices[] = {
    { "_submissions"_L1, Protocol::Smtp, Security::ImplicitTls },
    { "_submission"_L1, Protocol::Smtp, Security::StartTls },
    { "_imaps"_L1, Protocol::Imap, Security::ImplicitTls },
    { "_imap"_L1, Protocol::Imap, Security::StartTls },
    { "_pop3s"_L1, Protocol::Pop3, Security::ImplicitTls },
    { "_pop3"_L1, Protocol::Pop3, Security::StartTls },
};

constexpr int kStartTlsPriorityBand = 10;

} // namespace

QString DnsZoneExporter::displayName() const
{
    return tr("DNS SRV records");
}

QString DnsZoneExporter::description() const
{
    return tr("RFC 6186/8314 SRV records for the zone file (publish the thunderbird export beside them)");
}

ExportResult DnsZoneExporter::render(const ExportInput& input) const
{
    const QString domain = ExportText::domainOf(input.emailAddress);
    QList<ServerSetting> all = ExportText::servers(input, ServerRole::Incoming);
    all += ExportText::servers(input, ServerRole::Outgoing);
    for (const ServerSetting& setting : std::as_const(all)) {
        if (EmailAddress::parseHost(setting.endpoint.host).hostIsIpAddress())
            return failure(
                tr("An SRV record must name a host, not the address %1.").arg(setting.endpoint.host));
    }

    QString text;
    text += u"; SRV records for mail at "_s + domain + u" (RFC 6186, RFC 8314), written by Mailscout.\n"_s;
    text
        += u"; Paste into the zone of "_s + domain + u". Services this run did not find are published as\n"_s;
    text += u"; \"not offered\" (target \".\") so that clients do not guess.\n"_s;
    text += u"; Publish the autoconfig file beside them (mailscout-cli export --format thunderbird) at\n"_s;
    text += u";   https://autoconfig."_s + domain + u"/mail/config-v1.1.xml\n"_s;
    for (const Service& service : kServices) {
        const QString owner = QString(service.label) + u"._tcp."_s + domain + u'.';
        int priority = service.security == Security::ImplicitTls ? 0 : kStartTlsPriorityBand;
        bool offered = false;
        for (const ServerSetting& setting : std::as_const(all)) {
            const Endpoint& endpoint = setting.endpoint;
            if (endpoint.protocol != service.protocol || endpoint.security != service.security)
                continue;
            text += owner + u" 3600 IN SRV "_s + QString::number(priority++) + u" 1 "_s
                + QString::number(endpoint.port) + u' ' + endpoint.host + u".\n"_s;
            offered = true;
        }
        if (!offered)
            text += owner + u" 3600 IN SRV 0 0 0 .\n"_s;
    }
    return { text.toUtf8(), {} };
}

} // namespace mailscout
