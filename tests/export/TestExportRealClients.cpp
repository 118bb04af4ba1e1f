// SPDX-License-Identifier: GPL-3.0-or-later
// The terminal-client exports used by the real clients against real servers: msmtp sends through Postfix,
// mbsync lists and fetchmail checks the mailbox on Dovecot, over implicit TLS and over STARTTLS.
//
// Host names: the exports name mail.example.test, as a real export names a real host, and the certificate
// is for that name. None of the clients has a --resolve option, so each runs in a private mount namespace
// with its own /etc/hosts bind-mounted over the real one (unshare --mount; the real file is untouched).
// That needs root, which the servers need anyway (Postfix's master runs only as root).
// Trust: each export gets ExportInput::caFile = the test CA, which is exactly what a corporate CA user does.
#include "Canary.h"
#include "ExportFixture.h"
#include "RealMailServers.h"
#include "TestPki.h"
#include "export/ExporterRegistry.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace mailscout;
using namespace mailscout::test;
using namespace Qt::StringLiterals;

namespace {

const QString kHost = u"mail.example.test"_s;

} // namespace

class TestExportRealClients : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestPki> m_pki;
    RealMailServers m_servers;
    QString m_hostsFile;
    QString m_rightPassword;
    QString m_wrongPassword;

    QString writeFile(const QString& name, const QByteArray& data, QFileDevice::Permissions permissions)
    {
        QFile file(m_dir.filePath(name));
        file.remove();
        if (file.open(QIODevice::WriteOnly, permissions))
            file.write(data);
        return file.fileName();
    }

    // The export for the real servers' ports, with the password placeholder replaced by a command that
    // prints the right (or a wrong) password; written with the permissions the exporter asks for.
    QString exportFor(const QString& id, Security security, bool rightPassword, const QString& name)
    {
        ExportInput input = sampleInput(security, kHost);
        input.alternatives.clear();
        input.caFile = m_pki->caPath();
        const RealMailServers::Ports ports = m_servers.ports();
        const bool implicit = security == Security::ImplicitTls;
        input.config.incoming.endpoint.port = implicit ? ports.imaps : ports.imap;
        input.config.outgoing.endpoint.port = implicit ? ports.submissions : ports.submission;
        const Exporter* exporter = ExporterRegistry::instance().find(id);
        const ExportResult result = exporter->exportConfig(input);
        if (!result.ok())
            return {};
        QString text = QString::fromUtf8(result.data);
        text.replace(Exporter::passwordCommand(input.emailAddress),
            u"cat "_s + (rightPassword ? m_rightPassword : m_wrongPassword));
        return writeFile(name, text.toUtf8(), exporter->permissions());
    }

    // unshare --mount gives the client its own mount table; the bind mount of our hosts file over
    // /etc/hosts exists only there.
    int runClient(const QStringList& command, QByteArray* output, const QByteArray& input = {})
    {
        const QStringList arguments = QStringList { u"--mount"_s, u"sh"_s, u"-c"_s,
            u"mount --bind \"$0\" /etc/hosts && exec \"$@\""_s, m_hostsFile, u"env"_s,
            u"HOME="_s + m_dir.path() }
            + command;
        return runProgram(u"unshare"_s, arguments, output, input, 60'000);
    }

    static void requireClient(const QString& name, const char* package)
    {
        if (QStandardPaths::findExecutable(name).isEmpty())
            QSKIP(
                qPrintable(u"%1 not found (Debian: apt-get install %2)"_s.arg(name, QLatin1String(package))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString reason = RealMailServers::unavailableReason(); !reason.isEmpty())
            QSKIP(qPrintable(u"needs root and the real servers: "_s + reason));
        if (QStandardPaths::findExecutable(u"unshare"_s).isEmpty())
            QSKIP("unshare not found (Debian: util-linux)");
        QVERIFY(m_dir.isValid());
        m_pki = std::make_unique<TestPki>(m_dir.filePath(u"pki"_s));
        QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
        CertificateSpec spec;
        spec.dnsNames = { kHost };
        const IssuedCertificate certificate = m_pki->issue(spec, u"mail"_s);
        QString error;
        QVERIFY2(m_servers.start(certificate, canaryUser(), canaryPassword(), &error), qPrintable(error));
        // The machine's own name too: fetchmail wants to qualify it and complains loudly otherwise.
        const QByteArray hosts = "127.0.0.1 localhost " + QSysInfo::machineHostName().toUtf8() + '\n'
            + m_servers.address().toUtf8() + ' ' + kHost.toUtf8() + '\n';
        m_hostsFile = writeFile(
            u"hosts"_s, hosts, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
        const auto privateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        m_rightPassword = writeFile(u"password"_s, canaryPassword().toUtf8() + '\n', privateFile);
        m_wrongPassword
            = writeFile(u"wrong-password"_s, "wrong-" + canaryPassword().toUtf8() + '\n', privateFile);
    }

    void clients_data()
    {
        QTest::addColumn<QString>("client");
        QTest::addColumn<Security>("security");
        QTest::addColumn<bool>("rightPassword");
        for (const QString& client : { u"msmtp"_s, u"mbsync"_s, u"fetchmail"_s }) {
            QTest::addRow("%s implicit TLS", qPrintable(client)) << client << Security::ImplicitTls << true;
            QTest::addRow("%s STARTTLS", qPrintable(client)) << client << Security::StartTls << true;
            QTest::addRow("%s wrong password", qPrintable(client))
                << client << Security::ImplicitTls << false;
        }
    }
    void clients()
    {
        QFETCH(QString, client);
        QFETCH(Security, security);
        QFETCH(bool, rightPassword);
        QByteArray output;
        int status = -1;
        bool ok = false;
        if (client == "msmtp"_L1) {
            requireClient(client, "msmtp");
            const QString config = exportFor(client, security, rightPassword, u"msmtprc"_s);
            QVERIFY(!config.isEmpty());
            const QByteArray message
                = "From: alice@example.test\r\nTo: alice@example.test\r\nSubject: msmtp export\r\n\r\n"
                  "Sent with Mailscout's msmtp export.\r\n";
            status = runClient({ u"msmtp"_s, u"-C"_s, config, u"alice@example.test"_s }, &output, message);
            ok = status == 0;
        } else if (client == "mbsync"_L1) {
            requireClient(client, "isync");
            const QString config = exportFor(client, security, rightPassword, u"mbsyncrc"_s);
            QVERIFY(!config.isEmpty());
            QDir(m_dir.path()).mkpath(u"Mail/alice@example.test"_s);
            status = runClient({ u"mbsync"_s, u"-c"_s, config, u"-l"_s, u"alice@example.test"_s }, &output);
            ok = status == 0 && output.contains("INBOX");
        } else {
            requireClient(client, "fetchmail");
            const QString config = exportFor(client, security, rightPassword, u"fetchmailrc"_s);
            QVERIFY(!config.isEmpty());
            // fetchmail has no password command: it reads ~/.netrc, as the export's comment says.
            QFile password(rightPassword ? m_rightPassword : m_wrongPassword);
            QVERIFY(password.open(QIODevice::ReadOnly));
            writeFile(u".netrc"_s,
                "machine " + kHost.toUtf8() + " login " + canaryUser().toUtf8() + " password "
                    + password.readAll(),
                QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            status = runClient({ u"fetchmail"_s, u"--nosyslog"_s, u"-c"_s, u"-f"_s, config }, &output);
            // -c: 0 = mail waiting, 1 = no mail; both mean the login worked. 3 is an authentication failure.
            ok = status == 0 || status == 1;
        }
        qInfo().noquote() << client << "exited with" << status
                          << "and said:" << QString::fromLocal8Bit(output);
        const QString details
            = u"%1 exited with %2:\n%3\n--- server log ---\n%4"_s.arg(client).arg(status).arg(
                QString::fromLocal8Bit(output), rightPassword ? m_servers.logText().right(3000) : QString());
        QVERIFY2(ok == rightPassword, qPrintable(details));
        QVERIFY(!output.contains(canaryPassword().toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestExportRealClients)
#include "TestExportRealClients.moc"
