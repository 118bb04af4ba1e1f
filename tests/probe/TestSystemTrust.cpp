// SPDX-License-Identifier: GPL-3.0-or-later
// A certificate from a CA in the system's store is trusted, with or without extra CAs (--ca-file). Qt 6.4
// stops loading the system's roots as soon as any CA is added to a configuration, even none; the probe
// once did that for every connection, so every public certificate came out "untrusted". The test gives
// itself a private mount namespace whose /etc/ssl/certs holds one root of its own (root only); the real
// store is untouched. Qt reads that root twice, as it reads every root of Debian's store; it is trusted
// once. (Without extra CAs Qt looks roots up on demand by subject hash, which does not find the root in
// this bind-mounted store; that default path is Qt's own and is left out here.)
#include "ProbeHarness.h"
#include "ScriptedServer.h"
#include "TestPki.h"
#include "probe/TrustConfiguration.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

using namespace mailscout;
using namespace mailscout::test;
using namespace Qt::StringLiterals;

namespace {

const QString kImapTls = u"TLS\nS: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\nC: a1 LOGOUT"_s;

// The calling thread (and what it starts) sees `directory` as /etc/ssl/certs. An error message, or empty.
QString useAsSystemStore(const QString& directory)
{
    if (unshare(CLONE_NEWNS) != 0)
        return u"unshare(CLONE_NEWNS) failed"_s;
    if (mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
        return u"cannot make / private"_s;
    if (mount(QFile::encodeName(directory).constData(), "/etc/ssl/certs", nullptr, MS_BIND, nullptr) != 0)
        return u"cannot bind-mount over /etc/ssl/certs"_s;
    return {};
}

} // namespace

class TestSystemTrust : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_store;
    QTemporaryDir m_pkiDir;
    QTemporaryDir m_corporateDir;
    QTemporaryDir m_strangerDir;
    std::unique_ptr<TestPki> m_system; // its root goes into the (private) system store
    std::unique_ptr<TestPki> m_corporate; // given as an extra CA, as with --ca-file
    std::unique_ptr<TestPki> m_stranger; // trusted by nobody

private Q_SLOTS:
    void initTestCase()
    {
        if (geteuid() != 0)
            QSKIP("needs root for a private mount namespace");
        // Before anything touches TLS: Qt decides once whether the store's roots load on demand.
        QVERIFY(m_store.isValid());
        const QString error = useAsSystemStore(m_store.path());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_system = std::make_unique<TestPki>(m_pkiDir.path());
        m_corporate = std::make_unique<TestPki>(m_corporateDir.path());
        m_stranger = std::make_unique<TestPki>(m_strangerDir.path());
        QVERIFY(m_system->isValid() && m_corporate->isValid() && m_stranger->isValid());
        // OpenSSL finds a root in a store directory by its subject hash: <hash>.0.
        QProcess openssl;
        openssl.start(u"openssl"_s, { u"x509"_s, u"-hash"_s, u"-noout"_s, u"-in"_s, m_system->caPath() });
        QVERIFY(openssl.waitForFinished());
        const QString hash = QString::fromLatin1(openssl.readAllStandardOutput().trimmed());
        QVERIFY(!hash.isEmpty());
        QVERIFY(QFile::copy(m_system->caPath(), m_store.filePath(hash + u".0"_s)));
        QVERIFY(QFile::copy(m_system->caPath(), m_store.filePath(u"mailscout-test-root.pem"_s)));
        // Debian's store also holds every root in the ca-certificates.crt bundle, so Qt reads each twice.
        QVERIFY(QFile::copy(m_system->caPath(), m_store.filePath(u"ca-certificates.crt"_s)));
    }

    // Every TLS connection adds the whole list to a fresh OpenSSL store, whose cost grows faster than the
    // list: each root goes in once.
    void eachRootOnce()
    {
        QCOMPARE(QSslConfiguration::systemCaCertificates().count(m_system->caCertificate()), 2);
        const QList<QSslCertificate> trusted
            = TrustConfiguration::verifying({ m_corporate->caCertificate() }).caCertificates();
        QCOMPARE(trusted.count(m_system->caCertificate()), 1);
        QCOMPARE(trusted.count(m_corporate->caCertificate()), 1);
    }

    void trust_data()
    {
        QTest::addColumn<QString>("issuer"); // "system", "corporate" or "stranger"
        QTest::addColumn<bool>("withExtraCa");
        QTest::addColumn<ProbeOutcome>("expected");
        QTest::addRow("system root, with --ca-file as well") << u"system"_s << true << ProbeOutcome::Ok;
        QTest::addRow("the --ca-file root") << u"corporate"_s << true << ProbeOutcome::Ok;
        QTest::addRow("the --ca-file root, not given") << u"corporate"_s << false << ProbeOutcome::CertificateUntrusted;
        QTest::addRow("nobody's root") << u"stranger"_s << true << ProbeOutcome::CertificateUntrusted;
    }
    void trust()
    {
        QFETCH(QString, issuer);
        QFETCH(bool, withExtraCa);
        QFETCH(ProbeOutcome, expected);
        TestPki& pki = issuer == "system"_L1 ? *m_system : issuer == "corporate"_L1 ? *m_corporate : *m_stranger;
        CertificateSpec spec;
        spec.dnsNames = { QString::fromUtf16(ProbeHarness::kHost) };
        ScriptedServer server;
        QVERIFY(server.setScript(kImapTls));
        server.setCertificate(pki.issue(spec, u"leaf-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        QVERIFY(server.start());

        ProbeOptions options;
        options.connectTimeoutMs = 3000;
        options.readTimeoutMs = 3000;
        const QString rule = QString::fromUtf16(ProbeHarness::kHost) + u":*:127.0.0.1"_s;
        QVERIFY(options.overrides.addResolve(rule).isEmpty());
        if (withExtraCa)
            options.extraCaCertificates = { m_corporate->caCertificate() };
        const ProbeResult result
            = ProbeHarness::run(ProbeHarness::endpoint(Protocol::Imap, Security::ImplicitTls, server.serverPort()), options);
        QVERIFY2(result.outcome == expected, qPrintable(outcomeCode(result.outcome) + u": "_s + result.detail));
    }
};

QTEST_GUILESS_MAIN(TestSystemTrust)
#include "TestSystemTrust.moc"
