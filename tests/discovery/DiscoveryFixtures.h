// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestHttpServer.h"
#include "TestPki.h"
#include "discovery/DiscoveryOptions.h"

#include <QTemporaryDir>
#include <memory>

namespace mailscout::test {

// Local HTTPS and HTTP servers standing in for every web server discovery asks (autoconfig.<domain>,
// <domain>/.well-known, the ISPDB, Autodiscover), routed by Host header, and options that send every
// request there: --connect-to for ports 443 and 80, the test CA trusted, the ISPDB on the HTTPS server.
class DiscoveryFixtures {
public:
    DiscoveryFixtures() : m_pki(m_dir.path())
    {
        CertificateSpec spec;
        spec.dnsNames = { QStringLiteral("example.test"), QStringLiteral("autoconfig.example.test"),
            QStringLiteral("autodiscover.example.test"), QStringLiteral("other.test"),
            QStringLiteral("autodiscover.other.test"), QStringLiteral("sub.example.test"),
            QStringLiteral("autodiscover.sub.example.test"), QStringLiteral("autoconfig.hosting.test"),
            QStringLiteral("ispdb.test") };
        m_certificate = m_pki.issue(spec, QStringLiteral("web"));
        https.setCertificate(m_certificate);
        m_ok = !m_certificate.certificate.isNull() && https.start() && http.start();
    }

    [[nodiscard]] bool isValid() const { return m_ok; }
    [[nodiscard]] TestPki& pki() { return m_pki; }

    [[nodiscard]] DiscoveryOptions options() const
    {
        DiscoveryOptions options;
        options.sourceTimeoutMs = 5000;
        options.ispdbBaseUrl = QUrl(QStringLiteral("https://ispdb.test/v1.1/"));
        options.extraCaCertificates = { m_pki.caCertificate() };
        Q_UNUSED(options.overrides.addConnectTo(QStringLiteral(":443:127.0.0.1:%1").arg(https.serverPort())));
        Q_UNUSED(options.overrides.addConnectTo(QStringLiteral(":80:127.0.0.1:%1").arg(http.serverPort())));
        return options;
    }

    // A clientConfig document naming imap.<host> (993, SSL) and smtp.<host> (587, STARTTLS).
    [[nodiscard]] static QByteArray clientConfig(const QString& host)
    {
        return QStringLiteral(R"(<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="%1">
    <domain>%1</domain>
    <displayName>Test %1</displayName>
    <incomingServer type="imap">
      <hostname>imap.%1</hostname><port>993</port><socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>smtp.%1</hostname><port>587</port><socketType>STARTTLS</socketType>
      <username>%EMAILLOCALPART%</username><authentication>password-encrypted</authentication>
    </outgoingServer>
  </emailProvider>
</clientConfig>
)")
            .arg(host)
            .toUtf8();
    }

    TestHttpServer https;
    TestHttpServer http;

private:
    QTemporaryDir m_dir;
    TestPki m_pki;
    IssuedCertificate m_certificate;
    bool m_ok = false;
};

} // namespace mailscout::test
