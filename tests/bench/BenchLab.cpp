// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchLab.h"

#include "SystemTrustOverride.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>

namespace mailscout::bench {

using namespace Qt::StringLiterals;
using test::CertificateSpec;
using test::IssuedCertificate;
using test::NetLab;
using test::TestHttpServer;

namespace {

// Nobody logs in during the benchmark; the servers want an account all the same.
const QString serverUser = u"bench@guess.test"_s;
const QString serverPassword = u"bench-nobody-logs-in"_s;

QStringList hostsOf(const QString& domain, bool pop)
{
    QStringList hosts { domain, u"imap."_s + domain, u"smtp."_s + domain, u"mail."_s + domain };
    if (pop)
        hosts += { u"pop."_s + domain, u"pop3."_s + domain };
    return hosts;
}

} // namespace

BenchLab::BenchLab() = default;

BenchLab::~BenchLab()
{
    // The listening sockets first, then the lab (servers, DNS, link, namespaces).
    m_https.reset();
    m_http.reset();
}

QByteArray BenchLab::autoconfigXml(const QString& domain)
{
    const QByteArray d = domain.toUtf8();
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<clientConfig version=\"1.1\">\n"
           "  <emailProvider id=\""
        + d
        + "\">\n"
          "    <domain>"
        + d
        + "</domain>\n"
          "    <displayName>"
        + d
        + " mail</displayName>\n"
          "    <incomingServer type=\"imap\"><hostname>imap."
        + d
        + "</hostname><port>993</port>"
          "<socketType>SSL</socketType><authentication>password-cleartext</authentication>"
          "<username>%EMAILADDRESS%</username></incomingServer>\n"
          "    <incomingServer type=\"imap\"><hostname>imap."
        + d
        + "</hostname><port>143</port>"
          "<socketType>STARTTLS</socketType><authentication>password-cleartext</authentication>"
          "<username>%EMAILADDRESS%</username></incomingServer>\n"
          "    <outgoingServer type=\"smtp\"><hostname>smtp."
        + d
        + "</hostname><port>465</port>"
          "<socketType>SSL</socketType><authentication>password-cleartext</authentication>"
          "<username>%EMAILADDRESS%</username></outgoingServer>\n"
          "    <outgoingServer type=\"smtp\"><hostname>smtp."
        + d
        + "</hostname><port>587</port>"
          "<socketType>STARTTLS</socketType><authentication>password-cleartext</authentication>"
          "<username>%EMAILADDRESS%</username></outgoingServer>\n"
          "  </emailProvider>\n"
          "</clientConfig>\n";
}

QString BenchLab::writeHostsFile(const QString& path) const
{
    const QString mail = NetLab::serverAddress();
    QStringList lines;
    lines << mail + u' ' + hostsOf(QLatin1StringView(autoconfigDomain), false).join(u' ');
    lines << webAddress() + u" autoconfig."_s + QLatin1StringView(autoconfigDomain) + u" ispdb.lab.test"_s;
    lines << mail + u' ' + hostsOf(QLatin1StringView(guessDomain), true).join(u' ');
    for (int i = 1; i <= m_batchDomains; ++i)
        lines << mail + u' ' + hostsOf(batchDomain(i), true).join(u' ');
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write((lines.join(u'\n') + u'\n').toUtf8()) < 0)
        return u"cannot write "_s + path;
    return {};
}

QString BenchLab::start(int batchDomains, bool caIsSystemRoot)
{
    m_batchDomains = batchDomains;
    if (QString error = m_net.start(0); !error.isEmpty())
        return error;
    if (QString error = m_net.addServerAddress(webAddress()); !error.isEmpty())
        return error;

    m_pki = std::make_unique<test::TestPki>(QDir(m_net.directory()).filePath(u"pki"_s));
    if (!m_pki->isValid())
        return m_pki->errorString();
    if (caIsSystemRoot) {
        const QString error = test::SystemTrustOverride::apply(m_net.directory(), m_pki->caPath());
        if (!error.isEmpty())
            return error;
    }
    CertificateSpec mailSpec;
    mailSpec.dnsNames = { u"mail."_s + QLatin1StringView(guessDomain) };
    mailSpec.dnsNames += hostsOf(QLatin1StringView(guessDomain), true);
    mailSpec.dnsNames += hostsOf(QLatin1StringView(autoconfigDomain), false);
    mailSpec.dnsNames.removeDuplicates();
    const IssuedCertificate mailCertificate = m_pki->issue(mailSpec, u"mail"_s);
    CertificateSpec webSpec;
    webSpec.dnsNames = { u"autoconfig."_s + QLatin1StringView(autoconfigDomain), u"ispdb.lab.test"_s };
    const IssuedCertificate webCertificate = m_pki->issue(webSpec, u"web"_s);
    if (mailCertificate.certificate.isNull() || webCertificate.certificate.isNull())
        return m_pki->errorString();

    const QString hostsPath = QDir(m_net.directory()).filePath(u"hosts"_s);
    if (QString error = writeHostsFile(hostsPath); !error.isEmpty())
        return error;
    // --local: every other name under .test is NXDOMAIN at once, as on the Internet, not "refused".
    QStringList records { u"--addn-hosts="_s + hostsPath, u"--local=/test/"_s };
    records << u"--mx-host=%1,mail.%1,10"_s.arg(QLatin1StringView(autoconfigDomain))
            << u"--mx-host=%1,mail.%1,10"_s.arg(QLatin1StringView(guessDomain));
    for (int i = 1; i <= m_batchDomains; ++i)
        records << u"--mx-host=%1,mail.%1,10"_s.arg(batchDomain(i));
    if (QString error = m_net.startDns(records); !error.isEmpty())
        return error;

    m_https = std::make_unique<TestHttpServer>();
    m_https->setCertificate(webCertificate);
    m_http = std::make_unique<TestHttpServer>();
    const QString autoconfigHost = u"autoconfig."_s + QLatin1StringView(autoconfigDomain);
    for (TestHttpServer* server : { m_https.get(), m_http.get() })
        server->route(u"/mail/config-v1.1.xml"_s,
            TestHttpServer::xml(autoconfigXml(QLatin1StringView(autoconfigDomain))), autoconfigHost);
    const bool listening = m_net.runInServerNamespace([this] {
        return m_https->start(QHostAddress(webAddress()), 443)
            && m_http->start(QHostAddress(webAddress()), 80);
    });
    if (!listening)
        return u"the web host cannot listen on %1:443 and :80: %2 %3"_s.arg(
            webAddress(), m_https->errorString(), m_http->errorString());

    // Each batch domain its own small certificate, chosen by SNI, as providers have: one certificate
    // naming all 200 made every handshake parse 10 kB of names, on the client and in the lab's servers.
    QList<test::RealMailServers::SniCertificate> batchCertificates;
    for (int i = 1; i <= m_batchDomains; ++i) {
        CertificateSpec batchSpec;
        batchSpec.dnsNames = hostsOf(batchDomain(i), true);
        const IssuedCertificate batchCertificate = m_pki->issue(batchSpec, batchDomain(i));
        if (batchCertificate.certificate.isNull())
            return m_pki->errorString();
        batchCertificates.append({ batchSpec.dnsNames, batchCertificate });
    }
    return m_net.startMailServers(mailCertificate, serverUser, serverPassword, batchCertificates);
}

QString BenchLab::setFilteredPorts(const QList<quint16>& ports)
{
    if (QString error = m_net.clearFilters(); !error.isEmpty())
        return error;
    for (const quint16 port : ports) {
        if (QString error = m_net.filterPort(port, NetLab::serverAddress()); !error.isEmpty())
            return error;
    }
    return {};
}

} // namespace mailscout::bench
