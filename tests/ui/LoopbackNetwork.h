// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Everything a wizard run needs to stay on loopback: scripted IMAP/SMTP servers behind every guessed name,
// a filtered port, a closed port for the web sources, and a DNS resolver that answers nothing.
#include "../discovery/ScriptedDnsResolver.h"
#include "FilteredPort.h"
#include "ProbeHarness.h"
#include "ScriptedServer.h"
#include "SessionController.h"

#include <QTcpServer>

#include <memory>

namespace mailscout::test {

class LoopbackNetwork {
public:
    enum class Scenario {
        Happy, // IMAP 993 and SMTP 465 answer at once, every other mail port is filtered
        AllFiltered, // every mail port is filtered: the run goes on until stopped
        SelfSignedImap, // IMAP 993 shows a self-signed certificate, SMTP 465 is fine, the rest is closed
    };

    static inline const QStringList kGuessedNames { QStringLiteral("example.test"), QStringLiteral("imap.example.test"),
        QStringLiteral("mail.example.test"), QStringLiteral("smtp.example.test"), QStringLiteral("pop.example.test"),
        QStringLiteral("pop3.example.test") };
    static constexpr quint16 kOtherPorts[] = { 143, 587, 25, 995, 110 };

    LoopbackNetwork()
    {
        CertificateSpec spec;
        spec.dnsNames = kGuessedNames;
        m_good = m_harness.pki().issue(spec, QStringLiteral("wizard"));
        spec.selfSigned = true;
        m_selfSigned = m_harness.pki().issue(spec, QStringLiteral("wizard-self"));
        QTcpServer closed;
        if (closed.listen(QHostAddress::LocalHost, 0))
            m_closedPort = closed.serverPort();
    }

    [[nodiscard]] bool isValid() const
    {
        return m_harness.isValid() && !m_good.certificate.isNull() && !m_selfSigned.certificate.isNull()
            && m_filtered.isValid() && m_closedPort != 0;
    }
    [[nodiscard]] TestPki& pki() { return m_harness.pki(); }
    [[nodiscard]] const IssuedCertificate& goodCertificate() const { return m_good; }
    [[nodiscard]] const IssuedCertificate& selfSignedCertificate() const { return m_selfSigned; }
    // The scripted IMAP server of the last options() call.
    [[nodiscard]] quint16 imapPort() const { return m_imap ? m_imap->serverPort() : 0; }

    // Starts the scripted servers of the scenario and returns options that send every port there.
    [[nodiscard]] SetupOptions options(Scenario scenario)
    {
        m_imap = std::make_unique<ScriptedServer>();
        m_smtp = std::make_unique<ScriptedServer>();
        m_imap->setScript(QStringLiteral("TLS\nS: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready\nC: a1 LOGOUT"));
        m_imap->setCertificate(scenario == Scenario::SelfSignedImap ? m_selfSigned : m_good);
        m_smtp->setScript(QStringLiteral("TLS\nS: 220 mail.example.test ESMTP\nC: EHLO *\nS~ 250-mail\\r\\n250 AUTH PLAIN\\r\\n\nC: QUIT"));
        m_smtp->setCertificate(m_good);
        m_imap->start();
        m_smtp->start();

        SetupOptions options = base();
        const bool filtered = scenario != Scenario::SelfSignedImap;
        const quint16 rest = filtered ? m_filtered.port() : m_closedPort;
        route(options, 993, scenario == Scenario::AllFiltered ? rest : m_imap->serverPort());
        route(options, 465, scenario == Scenario::AllFiltered ? rest : m_smtp->serverPort());
        for (const quint16 port : kOtherPorts)
            route(options, port, rest);
        return options;
    }

    // Options without any mail port routed: for callers that route them elsewhere (the real servers).
    [[nodiscard]] SetupOptions base() const
    {
        SetupOptions options;
        options.probe = m_harness.options();
        options.probe.overrides = {};
        options.discovery.extraCaCertificates = options.probe.extraCaCertificates;
        options.discovery.ispdbBaseUrl = QUrl(QStringLiteral("https://ispdb.example.test/v1.1/"));
        options.discovery.sourceTimeoutMs = 10'000;
        for (const quint16 web : { quint16(80), quint16(443) })
            route(options, web, m_closedPort);
        return options;
    }

    static void route(SetupOptions& options, quint16 from, quint16 to, const QString& address = QStringLiteral("127.0.0.1"))
    {
        const QString error = options.discovery.overrides.addConnectTo(QStringLiteral(":%1:%2:%3").arg(from).arg(address).arg(to));
        if (!error.isEmpty())
            qFatal("bad --connect-to rule: %s", qPrintable(error));
    }

    // No DNS query leaves the machine: every MX and SRV lookup is "not found" at once.
    static SessionController::ResolverFactory noDns()
    {
        return [] { return std::make_unique<ScriptedDnsResolver>(); };
    }

private:
    ProbeHarness m_harness;
    IssuedCertificate m_good;
    IssuedCertificate m_selfSigned;
    FilteredPort m_filtered;
    quint16 m_closedPort = 0;
    std::unique_ptr<ScriptedServer> m_imap;
    std::unique_ptr<ScriptedServer> m_smtp;
};

} // namespace mailscout::test
