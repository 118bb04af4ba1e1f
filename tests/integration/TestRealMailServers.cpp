// SPDX-License-Identifier: GPL-3.0-or-later
// Proves the test infrastructure itself: TestPki makes the certificates it promises, and
// RealMailServers brings up Dovecot and Postfix that behave like real, properly configured servers.
#include "Canary.h"
#include "RealMailServers.h"
#include "TestPki.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QSslCertificateExtension>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <memory>
#include <utility>

using namespace mailscout::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int ioTimeoutMs = 10000;

QString serverName()
{
    return u"mail.example.test"_s;
}

// Blocking line I/O is fine here: these tests own the thread and talk to one server at a time.
class Client {
public:
    // Trusts exactly the given CA.
    explicit Client(const QSslCertificate& ca)
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({ ca });
        m_socket.setSslConfiguration(tls);
    }

    bool connectPlain(const QString& host, quint16 port)
    {
        m_socket.connectToHost(host, port);
        return m_socket.waitForConnected(ioTimeoutMs);
    }
    bool connectTls(const QString& host, quint16 port, const QString& verifyName)
    {
        m_socket.connectToHostEncrypted(host, port, verifyName);
        return m_socket.waitForEncrypted(ioTimeoutMs);
    }
    bool startTls(const QString& verifyName)
    {
        m_socket.setPeerVerifyName(verifyName);
        m_socket.startClientEncryption();
        return m_socket.waitForEncrypted(ioTimeoutMs);
    }

    // The handshake then completes whatever certificate the server chooses, for the test to inspect it.
    void acceptAnyPeer() { m_socket.setPeerVerifyMode(QSslSocket::QueryPeer); }

    void send(QByteArrayView line)
    {
        m_socket.write(line.toByteArray() + QByteArrayLiteral("\r\n"));
        m_socket.flush();
    }
    // Without the line ending; empty on timeout or end of stream.
    QByteArray readLine()
    {
        while (!m_socket.canReadLine()) {
            if (!m_socket.waitForReadyRead(ioTimeoutMs))
                return {};
        }
        return m_socket.readLine().chopped(2);
    }
    // SMTP: continuation lines have a '-' after the code, the last one a space.
    QByteArrayList readSmtpReply()
    {
        QByteArrayList lines;
        for (QByteArray line = readLine(); !line.isEmpty(); line = readLine()) {
            lines << line;
            if (line.size() < 4 || line.at(3) != '-')
                break;
        }
        return lines;
    }
    // IMAP: untagged lines until the one carrying the tag.
    QByteArrayList readTagged(QByteArrayView tag)
    {
        const QByteArray tagged = tag.toByteArray() + ' ';
        QByteArrayList lines;
        for (QByteArray line = readLine(); !line.isEmpty(); line = readLine()) {
            lines << line;
            if (line.startsWith(tagged))
                break;
        }
        return lines;
    }
    // POP3: a multi-line response ends with a line holding a single dot.
    QByteArrayList readPop3MultiLine()
    {
        QByteArrayList lines;
        for (QByteArray line = readLine(); !line.isEmpty() && line != "."; line = readLine())
            lines << line;
        return lines;
    }

    [[nodiscard]] QString sslErrorText() const
    {
        QStringList texts;
        for (const QSslError& error : m_socket.sslHandshakeErrors())
            texts << error.errorString();
        return m_socket.errorString() + u" ["_s + texts.join(u"; "_s) + u']';
    }
    [[nodiscard]] QList<QSslError> sslErrors() const { return m_socket.sslHandshakeErrors(); }
    [[nodiscard]] QSslCertificate peerCertificate() const { return m_socket.peerCertificate(); }
    [[nodiscard]] QList<QSslCertificate> peerCertificateChain() const
    {
        return m_socket.peerCertificateChain();
    }

private:
    QSslSocket m_socket;
};

QByteArrayList tokens(const QByteArray& text)
{
    return text.split(' ');
}

// "* OK [CAPABILITY A B C] text" or "* CAPABILITY A B C" -> A B C
QByteArrayList imapCapabilities(const QByteArrayList& lines)
{
    for (const QByteArray& line : lines) {
        if (line.startsWith("* CAPABILITY "))
            return tokens(line.mid(13));
        const qsizetype start = line.indexOf("[CAPABILITY ");
        const qsizetype end = line.indexOf(']', start);
        if (start >= 0 && end > start)
            return tokens(line.mid(start + 12, end - start - 12));
    }
    return {};
}

// EHLO reply lines "250-AUTH PLAIN LOGIN" -> the keyword line's tokens, or empty.
QByteArrayList ehloKeyword(const QByteArrayList& reply, QByteArrayView keyword)
{
    for (const QByteArray& line : reply) {
        const QByteArrayList words = tokens(line.mid(4));
        if (!words.isEmpty() && words.constFirst() == keyword)
            return words;
    }
    return {};
}

bool ehloHas(const QByteArrayList& reply, QByteArrayView keyword)
{
    return !ehloKeyword(reply, keyword).isEmpty();
}

QByteArray plainCredentials(const QString& user, const QString& password)
{
    const QByteArray nul(1, '\0');
    return QByteArray(nul + user.toUtf8() + nul + password.toUtf8()).toBase64();
}

} // namespace

class TestRealMailServers : public QObject {
    Q_OBJECT

public:
    enum class Service { Imap, Imaps, Pop3, Pop3s, Submission, Submissions, Smtp };

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_pkiDirectory.isValid());
        QElapsedTimer pkiTimer;
        pkiTimer.start();
        m_pki = std::make_unique<TestPki>(m_pkiDirectory.path());
        QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
        qInfo("test PKI made in %lld ms", pkiTimer.elapsed());

        // QSslCertificate::verify() trusts the default configuration's CAs: exactly the test CA, no system
        // store.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({ m_pki->caCertificate() });
        QSslConfiguration::setDefaultConfiguration(tls);

        m_unavailable = RealMailServers::unavailableReason();
        if (!m_unavailable.isEmpty())
            return; // the PKI tests still run; init() skips the server tests

        CertificateSpec spec;
        spec.dnsNames = { serverName() };
        // Signed by the intermediate so that a passing handshake also proves the servers send the chain.
        spec.signedByIntermediate = true;
        m_serverCertificate = m_pki->issue(spec, u"server"_s);
        QVERIFY2(!m_serverCertificate.certificate.isNull(), qPrintable(m_pki->errorString()));
        // Two more domains on the same servers, as shared hosting has them; every other test still sees
        // the main certificate.
        for (const QString& domain : { u"example.org"_s, u"example.net"_s }) {
            CertificateSpec sniSpec;
            sniSpec.dnsNames = { u"mail."_s + domain, domain };
            sniSpec.signedByIntermediate = true;
            const IssuedCertificate issued = m_pki->issue(sniSpec, domain);
            QVERIFY2(!issued.certificate.isNull(), qPrintable(m_pki->errorString()));
            m_servers.addSniCertificate(sniSpec.dnsNames, issued);
            m_sniCertificates.insert(domain, issued);
        }

        QElapsedTimer serverTimer;
        serverTimer.start();
        QString error;
        QVERIFY2(
            m_servers.start(m_serverCertificate, canaryUser(), canaryPassword(), &error), qPrintable(error));
        qInfo("servers ready in %lld ms", serverTimer.elapsed());
        QCOMPARE(m_servers.address(), u"127.0.0.2"_s);
        QCOMPARE(m_servers.serverName(), serverName());
    }

    // Test functions named server* need the servers; the pki* ones run everywhere.
    void init()
    {
        if (isServerTest() && !m_unavailable.isEmpty())
            QSKIP(qPrintable(m_unavailable));
    }

    void cleanup()
    {
        if (isServerTest() && QTest::currentTestFailed())
            qWarning().noquote() << "server logs:\n" << m_servers.logText();
    }

    void cleanupTestCase() { m_servers.stop(); }

    void pkiAuthorities()
    {
        const QSslCertificate root = m_pki->caCertificate();
        const QSslCertificate intermediate = m_pki->intermediateCertificate();
        QVERIFY(!root.isNull());
        QVERIFY(root.isSelfSigned());
        QCOMPARE(QSslCertificate::fromPath(m_pki->caPath()).value(0), root);
        QCOMPARE(intermediate.issuerDisplayName(), root.subjectDisplayName());
        QVERIFY(!intermediate.isSelfSigned());
        for (const QSslCertificate& authority : { root, intermediate }) {
            QCOMPARE(authority.version(), QByteArrayLiteral("3"));
            QCOMPARE(basicConstraints(authority).value(u"ca"_s).toBool(), true);
        }
        QCOMPARE(basicConstraints(intermediate).value(u"pathLenConstraint"_s).toInt(), 0);
    }

    void pkiCertificate_data()
    {
        QTest::addColumn<CertificateSpec>("spec");
        QTest::addColumn<bool>("sendIntermediate");
        QTest::addColumn<QString>("verifyName");
        QTest::addColumn<QSslError::SslError>("expectedError");
        QTest::addColumn<QSsl::KeyAlgorithm>("keyAlgorithm");
        QTest::addColumn<int>("keyBits");
        QTest::addColumn<QString>("signatureAlgorithm");

        const auto spec = [](auto change) {
            CertificateSpec s;
            s.dnsNames = { serverName(), u"alt.example.test"_s };
            change(s);
            return s;
        };
        const auto unchanged = [](CertificateSpec&) {};
        const QString mail = serverName();

        QTest::addRow("valid") << spec(unchanged) << false << mail << QSslError::NoError << QSsl::Ec << 256
                               << u"ecdsa-with-SHA256"_s;
        QTest::addRow("second name") << spec(unchanged) << false << u"alt.example.test"_s
                                     << QSslError::NoError << QSsl::Ec << 256 << u"ecdsa-with-SHA256"_s;
        QTest::addRow("ip address") << spec([](CertificateSpec& s) {
            s.dnsNames.clear();
            s.ipAddresses = { QHostAddress(u"127.0.0.2"_s) };
        }) << false << u"127.0.0.2"_s
                                    << QSslError::NoError << QSsl::Ec << 256 << u"ecdsa-with-SHA256"_s;
        QTest::addRow("expired") << spec([](CertificateSpec& s) {
            s.validFromDays = -30;
            s.validToDays = -1;
        }) << false << mail << QSslError::CertificateExpired
                                 << QSsl::Ec << 256 << u"ecdsa-with-SHA256"_s;
        QTest::addRow("not yet valid") << spec([](CertificateSpec& s) {
            s.validFromDays = 1;
            s.validToDays = 30;
        }) << false << mail << QSslError::CertificateNotYetValid
                                       << QSsl::Ec << 256 << u"ecdsa-with-SHA256"_s;
        QTest::addRow("wrong name") << spec(unchanged) << false << u"imap.example.test"_s
                                    << QSslError::HostNameMismatch << QSsl::Ec << 256
                                    << u"ecdsa-with-SHA256"_s;
        QTest::addRow("self-signed") << spec([](CertificateSpec& s) { s.selfSigned = true; }) << false << mail
                                     << QSslError::SelfSignedCertificate << QSsl::Ec << 256
                                     << u"ecdsa-with-SHA256"_s;
        QTest::addRow("intermediate sent")
            << spec([](CertificateSpec& s) { s.signedByIntermediate = true; }) << true << mail
            << QSslError::NoError << QSsl::Ec << 256 << u"ecdsa-with-SHA256"_s;
        QTest::addRow("intermediate missing")
            << spec([](CertificateSpec& s) { s.signedByIntermediate = true; }) << false << mail
            << QSslError::UnableToGetLocalIssuerCertificate << QSsl::Ec << 256 << u"ecdsa-with-SHA256"_s;
        QTest::addRow("rsa-2048") << spec([](CertificateSpec& s) { s.key = CertificateSpec::Key::Rsa2048; })
                                  << false << mail << QSslError::NoError << QSsl::Rsa << 2048
                                  << u"ecdsa-with-SHA256"_s;
        QTest::addRow("self-signed rsa") << spec([](CertificateSpec& s) {
            s.key = CertificateSpec::Key::Rsa2048;
            s.selfSigned = true;
        }) << false << mail << QSslError::SelfSignedCertificate
                                         << QSsl::Rsa << 2048 << u"sha256WithRSAEncryption"_s;
        // Weak, but QSslCertificate::verify() applies no security level. A TLS handshake does (Debian: level
        // 2) and reports QSslError::UnspecifiedError for RSA-1024 and SHA-1 alike.
        QTest::addRow("rsa-1024") << spec([](CertificateSpec& s) { s.key = CertificateSpec::Key::Rsa1024; })
                                  << false << mail << QSslError::NoError << QSsl::Rsa << 1024
                                  << u"ecdsa-with-SHA256"_s;
        QTest::addRow("sha-1") << spec([](CertificateSpec& s) { s.digest = CertificateSpec::Digest::Sha1; })
                               << false << mail << QSslError::NoError << QSsl::Ec << 256
                               << u"ecdsa-with-SHA1"_s;
    }

    void pkiCertificate()
    {
        QFETCH(CertificateSpec, spec);
        QFETCH(bool, sendIntermediate);
        QFETCH(QString, verifyName);
        QFETCH(QSslError::SslError, expectedError);
        QFETCH(QSsl::KeyAlgorithm, keyAlgorithm);
        QFETCH(int, keyBits);
        QFETCH(QString, signatureAlgorithm);

        const IssuedCertificate issued = m_pki->issue(spec, QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY2(!issued.certificate.isNull(), qPrintable(m_pki->errorString()));

        // What the files hold is what the struct holds.
        QCOMPARE(QSslCertificate::fromPath(issued.certificatePath), QList { issued.certificate });
        QCOMPARE(QSslCertificate::fromPath(issued.chainPath), issued.chain);
        QCOMPARE(issued.chain.size(), spec.signedByIntermediate ? 2 : 1);
        QCOMPARE(issued.chain.constFirst(), issued.certificate);
        QFile keyFile(issued.keyPath);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QCOMPARE(QSslKey(keyFile.readAll(), keyAlgorithm, QSsl::Pem, QSsl::PrivateKey), issued.key);
        QCOMPARE(issued.key.algorithm(), keyAlgorithm);
        QCOMPARE(issued.certificate.publicKey().algorithm(), keyAlgorithm);
        QCOMPARE(issued.certificate.publicKey().length(), keyBits);
        QVERIFY2(issued.certificate.toText().contains(u"Signature Algorithm: "_s + signatureAlgorithm),
            qPrintable(issued.certificate.toText()));

        QCOMPARE(issued.certificate.version(), QByteArrayLiteral("3"));
        QCOMPARE(issued.certificate.isSelfSigned(), spec.selfSigned);
        QCOMPARE(basicConstraints(issued.certificate).value(u"ca"_s).toBool(), false);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(issued.certificate.effectiveDate() < now, spec.validFromDays < 0);
        QCOMPARE(issued.certificate.expiryDate() > now, spec.validToDays > 0);
        QStringList dnsNames = issued.certificate.subjectAlternativeNames().values(QSsl::DnsEntry);
        dnsNames.sort();
        QStringList expectedNames = spec.dnsNames;
        expectedNames.sort();
        QCOMPARE(dnsNames, expectedNames);

        QList<QSslCertificate> presented { issued.certificate };
        if (sendIntermediate)
            presented << m_pki->intermediateCertificate();
        const QList<QSslError> errors = QSslCertificate::verify(presented, verifyName);
        QStringList errorTexts;
        for (const QSslError& error : errors)
            errorTexts << error.errorString();
        if (expectedError == QSslError::NoError) {
            QVERIFY2(errors.isEmpty(), qPrintable(errorTexts.join(u"; "_s)));
        } else {
            const bool found = std::any_of(errors.cbegin(), errors.cend(),
                [expectedError](const QSslError& e) { return e.error() == expectedError; });
            QVERIFY2(found, qPrintable(u"got: "_s + errorTexts.join(u"; "_s)));
        }
    }

    void pkiSerialsAreRandom()
    {
        const CertificateSpec spec;
        const IssuedCertificate first = m_pki->issue(spec, u"serial-a"_s);
        const IssuedCertificate second = m_pki->issue(spec, u"serial-b"_s);
        QVERIFY(!first.certificate.isNull() && !second.certificate.isNull());
        QVERIFY(first.certificate.serialNumber() != second.certificate.serialNumber());
        QCOMPARE(first.certificate.subjectInfo(QSslCertificate::CommonName), QStringList { u"localhost"_s });
        const QStringList usages = extension(first.certificate, u"extendedKeyUsage"_s).toStringList();
        QVERIFY2(usages.contains(u"TLS Web Server Authentication"_s), qPrintable(usages.join(u", "_s)));
    }

    void serverGreeting_data()
    {
        QTest::addColumn<Service>("service");
        QTest::addColumn<QByteArray>("prefix");
        QTest::addRow("imap") << Service::Imap << QByteArrayLiteral("* OK ");
        QTest::addRow("imaps") << Service::Imaps << QByteArrayLiteral("* OK ");
        QTest::addRow("pop3") << Service::Pop3 << QByteArrayLiteral("+OK ");
        QTest::addRow("pop3s") << Service::Pop3s << QByteArrayLiteral("+OK ");
        QTest::addRow("submission") << Service::Submission
                                    << QByteArrayLiteral("220 mail.example.test ESMTP");
        QTest::addRow("submissions") << Service::Submissions
                                     << QByteArrayLiteral("220 mail.example.test ESMTP");
        QTest::addRow("smtp") << Service::Smtp << QByteArrayLiteral("220 mail.example.test ESMTP");
    }

    void serverGreeting()
    {
        QFETCH(Service, service);
        QFETCH(QByteArray, prefix);
        Client client(m_pki->caCertificate());
        if (isImplicitTls(service)) {
            QVERIFY2(client.connectTls(m_servers.address(), portOf(service), serverName()),
                qPrintable(client.sslErrorText()));
            QVERIFY(client.sslErrors().isEmpty());
            QCOMPARE(client.peerCertificate(), m_serverCertificate.certificate);
        } else {
            QVERIFY(client.connectPlain(m_servers.address(), portOf(service)));
        }
        const QByteArray greeting = client.readLine();
        QVERIFY2(greeting.startsWith(prefix), greeting.constData());
    }

    void serverImapBeforeStartTls()
    {
        Client client(m_pki->caCertificate());
        QVERIFY(client.connectPlain(m_servers.address(), m_servers.ports().imap));
        const QByteArray greeting = client.readLine();
        const QByteArrayList capabilities = imapCapabilities({ greeting });
        QVERIFY2(capabilities.contains("STARTTLS"), greeting.constData());
        QVERIFY2(capabilities.contains("LOGINDISABLED"), greeting.constData());
        QVERIFY2(!capabilities.contains("AUTH=PLAIN"), greeting.constData());
    }

    void serverStartTls_data()
    {
        QTest::addColumn<Service>("service");
        QTest::addRow("imap") << Service::Imap;
        QTest::addRow("pop3") << Service::Pop3;
        QTest::addRow("submission") << Service::Submission;
        QTest::addRow("smtp") << Service::Smtp;
    }

    void serverStartTls()
    {
        QFETCH(Service, service);
        Client client(m_pki->caCertificate());
        QVERIFY(client.connectPlain(m_servers.address(), portOf(service)));
        QVERIFY(!client.readLine().isEmpty());

        switch (service) {
        case Service::Imap: {
            client.send("a1 STARTTLS");
            QVERIFY(client.readTagged("a1").value(0).startsWith("a1 OK "));
            QVERIFY2(client.startTls(serverName()), qPrintable(client.sslErrorText()));
            client.send("a2 CAPABILITY");
            const QByteArrayList reply = client.readTagged("a2");
            const QByteArrayList capabilities = imapCapabilities(reply);
            for (const char* mechanism :
                { "AUTH=PLAIN", "AUTH=LOGIN", "AUTH=CRAM-MD5", "AUTH=SCRAM-SHA-256" })
                QVERIFY2(capabilities.contains(mechanism), reply.join('\n').constData());
            QVERIFY(!capabilities.contains("LOGINDISABLED"));
            QVERIFY(!capabilities.contains("STARTTLS"));
            break;
        }
        case Service::Pop3: {
            client.send("STLS");
            QVERIFY(client.readLine().startsWith("+OK"));
            QVERIFY2(client.startTls(serverName()), qPrintable(client.sslErrorText()));
            client.send("CAPA");
            QVERIFY(client.readLine().startsWith("+OK"));
            const QByteArrayList capabilities = client.readPop3MultiLine();
            QVERIFY2(capabilities.contains("USER"), capabilities.join('\n').constData());
            QVERIFY(!capabilities.contains("STLS"));
            const auto sasl = std::find_if(capabilities.cbegin(), capabilities.cend(),
                [](const QByteArray& line) { return line.startsWith("SASL "); });
            QVERIFY(sasl != capabilities.cend());
            QVERIFY2(tokens(*sasl).contains("PLAIN"), sasl->constData());
            break;
        }
        case Service::Submission:
        case Service::Smtp: {
            client.send("EHLO client.example.test");
            const QByteArrayList before = client.readSmtpReply();
            QVERIFY2(ehloHas(before, "STARTTLS"), before.join('\n').constData());
            // Postfix offers no AUTH before TLS (smtpd_tls_auth_only), as a careful provider does.
            QVERIFY(!ehloHas(before, "AUTH"));
            client.send("STARTTLS");
            QVERIFY(client.readSmtpReply().value(0).startsWith("220 "));
            QVERIFY2(client.startTls(serverName()), qPrintable(client.sslErrorText()));
            client.send("EHLO client.example.test");
            const QByteArrayList after = client.readSmtpReply();
            QVERIFY(!ehloHas(after, "STARTTLS"));
            if (service == Service::Submission)
                QCOMPARE(ehloKeyword(after, "AUTH"),
                    QByteArrayList({ "AUTH", "PLAIN", "LOGIN", "CRAM-MD5", "SCRAM-SHA-256" }));
            else
                QVERIFY2(!ehloHas(after, "AUTH"), after.join('\n').constData());
            break;
        }
        case Service::Imaps:
        case Service::Pop3s:
        case Service::Submissions:
            QFAIL("not a STARTTLS service");
        }
        QVERIFY(client.sslErrors().isEmpty());
        QCOMPARE(client.peerCertificate(), m_serverCertificate.certificate);
    }

    void serverSniCertificate_data()
    {
        QTest::addColumn<Service>("service");
        QTest::addColumn<QString>("sniName"); // empty: the client sends no SNI
        QTest::addColumn<QString>("certificateDomain"); // empty: the main certificate

        const std::pair<const char*, Service> services[]
            = { { "imap", Service::Imap }, { "imaps", Service::Imaps }, { "pop3", Service::Pop3 },
                  { "pop3s", Service::Pop3s }, { "submission", Service::Submission },
                  { "submissions", Service::Submissions }, { "smtp", Service::Smtp } };
        const std::pair<QString, QString> names[] = {
            { u"mail.example.org"_s, u"example.org"_s },
            { u"example.org"_s, u"example.org"_s },
            { u"mail.example.net"_s, u"example.net"_s },
            // Exact names only: neither server may pick a certificate by the parent domain.
            { u"imap.example.org"_s, QString() },
            { QString(), QString() },
        };
        for (const auto& [serviceName, service] : services) {
            for (const auto& [sniName, certificateDomain] : names)
                QTest::addRow("%s %s", serviceName, sniName.isEmpty() ? "no SNI" : qPrintable(sniName))
                    << service << sniName << certificateDomain;
        }
    }

    void serverSniCertificate()
    {
        QFETCH(Service, service);
        QFETCH(QString, sniName);
        QFETCH(QString, certificateDomain);
        Client client(m_pki->caCertificate());
        client.acceptAnyPeer();
        // Qt sends the verify name as SNI, and none when it is empty and the host an IP address.
        if (isImplicitTls(service)) {
            QVERIFY2(client.connectTls(m_servers.address(), portOf(service), sniName),
                qPrintable(client.sslErrorText()));
        } else {
            QVERIFY(client.connectPlain(m_servers.address(), portOf(service)));
            QVERIFY(requestStartTls(client, service));
            QVERIFY2(client.startTls(sniName), qPrintable(client.sslErrorText()));
        }
        const IssuedCertificate expected
            = certificateDomain.isEmpty() ? m_serverCertificate : m_sniCertificates.value(certificateDomain);
        // The name first for a readable failure; then the whole chain, so that the intermediate CA must come
        // from the chosen certificate's file too.
        QCOMPARE(client.peerCertificate().subjectDisplayName(), expected.certificate.subjectDisplayName());
        QCOMPARE(client.peerCertificateChain(), expected.chain);
    }

    void serverSubmissionRequiresTls()
    {
        Client client(m_pki->caCertificate());
        QVERIFY(client.connectPlain(m_servers.address(), m_servers.ports().submission));
        QVERIFY(!client.readLine().isEmpty());
        client.send("EHLO client.example.test");
        QVERIFY(!client.readSmtpReply().isEmpty());
        client.send("MAIL FROM:<someone@example.test>");
        const QByteArray reply = client.readSmtpReply().value(0);
        QVERIFY2(reply.startsWith("530 "), reply.constData());
    }

    void serverImapLogin_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("right password") << canaryPassword() << QByteArrayLiteral("a1 OK ");
        QTest::addRow("wrong password") << u"wrong"_s << QByteArrayLiteral("a1 NO ");
    }

    void serverImapLogin()
    {
        QFETCH(QString, password);
        QFETCH(QByteArray, expected);
        Client client(m_pki->caCertificate());
        QVERIFY2(client.connectTls(m_servers.address(), m_servers.ports().imaps, serverName()),
            qPrintable(client.sslErrorText()));
        QVERIFY(!client.readLine().isEmpty());
        client.send(u"a1 LOGIN \"%1\" \"%2\""_s.arg(canaryUser(), password).toUtf8());
        const QByteArrayList lines = client.readTagged("a1");
        const QByteArray reply = lines.isEmpty() ? QByteArray() : lines.constLast();
        QVERIFY2(reply.startsWith(expected), reply.constData());
    }

    void serverPop3Login_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("right password") << canaryPassword() << QByteArrayLiteral("+OK");
        QTest::addRow("wrong password") << u"wrong"_s << QByteArrayLiteral("-ERR");
    }

    void serverPop3Login()
    {
        QFETCH(QString, password);
        QFETCH(QByteArray, expected);
        Client client(m_pki->caCertificate());
        QVERIFY2(client.connectTls(m_servers.address(), m_servers.ports().pop3s, serverName()),
            qPrintable(client.sslErrorText()));
        QVERIFY(!client.readLine().isEmpty());
        client.send((u"USER "_s + canaryUser()).toUtf8());
        QVERIFY(client.readLine().startsWith("+OK"));
        client.send((u"PASS "_s + password).toUtf8());
        const QByteArray reply = client.readLine();
        QVERIFY2(reply.startsWith(expected), reply.constData());
    }

    void serverSmtpAuth_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("right password") << canaryPassword() << QByteArrayLiteral("235 ");
        QTest::addRow("wrong password") << u"wrong"_s << QByteArrayLiteral("535 ");
    }

    void serverSmtpAuth()
    {
        QFETCH(QString, password);
        QFETCH(QByteArray, expected);
        Client client(m_pki->caCertificate());
        QVERIFY2(client.connectTls(m_servers.address(), m_servers.ports().submissions, serverName()),
            qPrintable(client.sslErrorText()));
        QVERIFY(!client.readLine().isEmpty());
        client.send("EHLO client.example.test");
        const QByteArrayList ehlo = client.readSmtpReply();
        QVERIFY2(ehloKeyword(ehlo, "AUTH").contains("PLAIN"), ehlo.join('\n').constData());
        client.send(QByteArray(QByteArrayLiteral("AUTH PLAIN ") + plainCredentials(canaryUser(), password)));
        const QByteArray reply = client.readSmtpReply().value(0);
        QVERIFY2(reply.startsWith(expected), reply.constData());
    }

private:
    static bool isServerTest() { return QByteArrayView(QTest::currentTestFunction()).startsWith("server"); }

    static bool isImplicitTls(Service service)
    {
        return service == Service::Imaps || service == Service::Pop3s || service == Service::Submissions;
    }

    // Reads the greeting and asks for TLS the shortest way; true once the server agrees.
    static bool requestStartTls(Client& client, Service service)
    {
        if (client.readLine().isEmpty())
            return false;
        switch (service) {
        case Service::Imap:
            client.send("a1 STARTTLS");
            return client.readTagged("a1").value(0).startsWith("a1 OK ");
        case Service::Pop3:
            client.send("STLS");
            return client.readLine().startsWith("+OK");
        case Service::Submission:
        case Service::Smtp:
            client.send("EHLO client.example.test");
            client.readSmtpReply();
            client.send("STARTTLS");
            return client.readSmtpReply().value(0).startsWith("220 ");
        case Service::Imaps:
        case Service::Pop3s:
        case Service::Submissions:
            break;
        }
        return false;
    }

    [[nodiscard]] quint16 portOf(Service service) const
    {
        const RealMailServers::Ports ports = m_servers.ports();
        switch (service) {
        case Service::Imap:
            return ports.imap;
        case Service::Imaps:
            return ports.imaps;
        case Service::Pop3:
            return ports.pop3;
        case Service::Pop3s:
            return ports.pop3s;
        case Service::Submission:
            return ports.submission;
        case Service::Submissions:
            return ports.submissions;
        case Service::Smtp:
            return ports.smtp;
        }
        return 0;
    }

    // A null QVariant when the certificate lacks the extension.
    static QVariant extension(const QSslCertificate& certificate, const QString& name)
    {
        const QList<QSslCertificateExtension> extensions = certificate.extensions();
        const auto found = std::find_if(extensions.cbegin(), extensions.cend(),
            [&name](const QSslCertificateExtension& e) { return e.name() == name; });
        return found != extensions.cend() ? found->value() : QVariant();
    }
    static QVariantMap basicConstraints(const QSslCertificate& certificate)
    {
        return extension(certificate, u"basicConstraints"_s).toMap();
    }

    QTemporaryDir m_pkiDirectory;
    std::unique_ptr<TestPki> m_pki;
    QString m_unavailable;
    IssuedCertificate m_serverCertificate;
    QHash<QString, IssuedCertificate> m_sniCertificates; // by domain
    RealMailServers m_servers;
};

QTEST_GUILESS_MAIN(TestRealMailServers)
#include "TestRealMailServers.moc"
