// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NetLab.h"
#include "TestHttpServer.h"
#include "TestPki.h"

#include <QList>
#include <QString>
#include <memory>

namespace mailscout::bench {

// The benchmark's world, built once per run on NetLab:
// - mail host 10.77.0.2: the real Dovecot and Postfix on the standard ports, one certificate for every
//   name the scenarios a-f use (a hosting provider's certificate), and one per batch domain for its own
//   names, chosen by SNI;
// - web host 10.77.0.3: HTTPS and HTTP with the autoconfig file of auto.test and a 404 ISPDB, kept
//   apart so that a scenario that filters the mail host leaves the ISPDB reachable, as on the Internet;
// - the lab's CA a system root (SystemTrustOverride) unless the run trusts it through --ca-file;
// - DNS (dnsmasq on the mail host): auto.test publishes autoconfig; guess.test publishes nothing but its
//   hosts and MX; d001.test ... are the batch's domains, shaped like guess.test; any other name under .test
//   is NXDOMAIN.
class BenchLab {
public:
    BenchLab();
    ~BenchLab();
    BenchLab(const BenchLab&) = delete;
    BenchLab& operator=(const BenchLab&) = delete;

    [[nodiscard]] QString start(int batchDomains, bool caIsSystemRoot);
    [[nodiscard]] QString setRtt(int rttMs) { return m_net.setRtt(rttMs); }
    // Drops these ports of the mail host (and only these): the scenario's firewall.
    [[nodiscard]] QString setFilteredPorts(const QList<quint16>& ports);

    [[nodiscard]] QString caPath() const { return m_pki->caPath(); }
    [[nodiscard]] QString directory() const { return m_net.directory(); } // lives as long as the lab
    [[nodiscard]] static QString webAddress() { return QStringLiteral("10.77.0.3"); }
    [[nodiscard]] static QString ispdbUrl() { return QStringLiteral("https://ispdb.lab.test/v1.1/"); }
    [[nodiscard]] static QString autoconfigUrl(const QString& domain)
    {
        return QStringLiteral("https://autoconfig.%1/mail/config-v1.1.xml").arg(domain);
    }
    [[nodiscard]] static QString batchDomain(int index) // 1-based
    {
        return QStringLiteral("d%1.test").arg(index, 3, 10, QLatin1Char('0'));
    }
    static constexpr auto autoconfigDomain = "auto.test";
    static constexpr auto guessDomain = "guess.test";

private:
    [[nodiscard]] QString writeHostsFile(const QString& path) const;
    [[nodiscard]] static QByteArray autoconfigXml(const QString& domain);

    test::NetLab m_net;
    std::unique_ptr<test::TestPki> m_pki;
    std::unique_ptr<test::TestHttpServer> m_https;
    std::unique_ptr<test::TestHttpServer> m_http;
    int m_batchDomains = 0;
};

} // namespace mailscout::bench
