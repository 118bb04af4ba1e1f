// SPDX-License-Identifier: GPL-3.0-or-later
#include "RealMailServers.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QHostAddress>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <grp.h>
#include <initializer_list>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <tuple>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace mailscout::test {

namespace {

// Where the servers listen by default; see RealMailServers::Placement.
constexpr auto listenAddress = "127.0.0.2"_L1;
constexpr int readyTimeoutMs = 15000;
constexpr int startAttempts = 3;

struct Tools {
    QString dovecot;
    QString postfixMaster;
    QString postmap; // only for SNI certificates
    QString unavailableReason;
};

QString findSbinExecutable(const QString& name)
{
    const QString onPath = QStandardPaths::findExecutable(name);
    return !onPath.isEmpty()
        ? onPath
        : QStandardPaths::findExecutable(name, { u"/usr/sbin"_s, u"/usr/local/sbin"_s, u"/sbin"_s });
}

Tools findTools()
{
    Tools tools;
    if (::geteuid() != 0) {
        tools.unavailableReason = u"real mail servers need root: Postfix's master daemon refuses to run as "
                                  u"any other user (\"the master command is reserved for the superuser\")"_s;
        return tools;
    }
    tools.dovecot = findSbinExecutable(u"dovecot"_s);
    if (tools.dovecot.isEmpty()) {
        tools.unavailableReason
            = u"dovecot not found (Debian: apt-get install dovecot-imapd dovecot-pop3d)"_s;
        return tools;
    }
    const QString postconf = findSbinExecutable(u"postconf"_s);
    if (postconf.isEmpty()) {
        tools.unavailableReason = u"postconf not found (Debian: apt-get install postfix)"_s;
        return tools;
    }
    QProcess query;
    query.start(postconf, { u"-d"_s, u"-h"_s, u"daemon_directory"_s });
    const QString daemonDirectory = query.waitForFinished(10000)
        ? QString::fromLocal8Bit(query.readAllStandardOutput()).trimmed()
        : QString();
    tools.postfixMaster = daemonDirectory + u"/master"_s;
    tools.postmap = findSbinExecutable(u"postmap"_s);
    if (daemonDirectory.isEmpty() || !QFileInfo(tools.postfixMaster).isExecutable()) {
        tools.unavailableReason
            = u"Postfix's master daemon not found (postconf says daemon_directory = %1)"_s.arg(
                daemonDirectory);
        return tools;
    }
    QStringList missing;
    for (const char* user : { "dovecot", "dovenull", "postfix", "nobody" }) {
        if (!::getpwnam(user))
            missing << u"user "_s + QLatin1StringView(user);
    }
    if (!::getgrnam("postdrop"))
        missing << u"group postdrop"_s;
    if (!missing.isEmpty()) {
        tools.unavailableReason
            = u"the packages' system accounts are missing: %1 (reinstall dovecot-core and postfix)"_s.arg(
                missing.join(u", "_s));
        return tools;
    }
    QTcpServer probe;
    if (!probe.listen(QHostAddress(listenAddress), 0))
        tools.unavailableReason = u"cannot listen on %1: %2"_s.arg(listenAddress, probe.errorString());
    return tools;
}

const Tools& tools()
{
    static const Tools found = findTools();
    return found;
}

// Replaces @key@ placeholders, which keeps the configuration templates readable as configuration.
QString fill(QString text, const QHash<QString, QString>& values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        text.replace(u'@' + it.key() + u'@', it.value());
    return text;
}

// Postfix sleeps a few seconds at start when main.cf, master.cf or a table it opens is only seconds old.
bool backdate(QFile& file)
{
    return file.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime);
}

bool writeFile(const QString& path, const QString& contents, QString* error, bool forPostfix = false)
{
    QFile file(path);
    const QByteArray bytes = contents.toUtf8();
    bool ok = file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size()
        && file.flush();
    if (ok && forPostfix)
        ok = backdate(file);
    if (!ok)
        *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
    return ok;
}

bool makeDirectory(const QString& path, uid_t owner, gid_t group, mode_t mode, QString* error)
{
    const QByteArray native = QFile::encodeName(path);
    // chmod after mkdir because mkdir's mode is filtered through the umask.
    if (::mkdir(native.constData(), mode) != 0 || ::chmod(native.constData(), mode) != 0
        || ::chown(native.constData(), owner, group) != 0) {
        *error = u"cannot create %1: %2"_s.arg(path, QString::fromLocal8Bit(::strerror(errno)));
        return false;
    }
    return true;
}

QString tail(const QString& text, int lines)
{
    const QStringList all = text.split(u'\n');
    return all.mid(qMax(0, all.size() - lines)).join(u'\n');
}

// Debian's OpenSSL runs at security level 2 (112-bit security), where Dovecot refuses to load an RSA key
// under 2048 bits ("ee key too small") or a SHA-1 signature ("ca md too weak"). Tests of weak certificates
// need a server that serves them anyway, as a neglected real server does.
bool isBelowSecurityLevel2(const QList<QSslCertificate>& chain)
{
    constexpr int level2Bits = 112;
    for (const QSslCertificate& certificate : chain) {
        const QByteArray der = certificate.toDer();
        const auto* data = reinterpret_cast<const unsigned char*>(der.constData());
        const std::unique_ptr<X509, decltype(&X509_free)> x509(
            d2i_X509(nullptr, &data, der.size()), &X509_free);
        if (!x509)
            continue;
        int signatureBits = 0;
        if (X509_get_signature_info(x509.get(), nullptr, nullptr, &signatureBits, nullptr) == 1
            && signatureBits < level2Bits)
            return true;
        if (EVP_PKEY_get_security_bits(X509_get0_pubkey(x509.get())) < level2Bits)
            return true;
    }
    return false;
}

// /proc/PID/stat: "pid (comm) state ppid pgrp ..."; comm may hold spaces and parentheses, so parse after the
// last ')'. A zombie has exited already and only waits to be reaped, which not every container's PID 1 does.
bool isLivingMemberOf(const QString& statPath, pid_t group)
{
    QFile file(statPath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray stat = file.readAll();
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return false;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    return fields.size() >= 3 && !fields.at(0).startsWith('Z') && !fields.at(0).startsWith('X')
        && fields.at(2).toInt() == group;
}

bool groupHasLivingMembers(pid_t group)
{
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    return std::any_of(entries.cbegin(), entries.cend(), [group](const QString& entry) {
        return entry.front().isDigit() && isLivingMemberOf(u"/proc/"_s + entry + u"/stat"_s, group);
    });
}

// Each server runs in its own session, so its process group (the master's PID) holds every process it
// starts, including any that outlive the master.
void stopProcessGroups(std::initializer_list<std::unique_ptr<QProcess>*> processes)
{
    std::vector<pid_t> groups;
    for (std::unique_ptr<QProcess>* process : processes) {
        if (*process && (*process)->state() != QProcess::NotRunning) {
            groups.push_back(static_cast<pid_t>((*process)->processId()));
            // Both masters stop their children on SIGTERM. Together: Dovecot's takes about a second.
            (*process)->terminate();
        }
    }
    for (std::unique_ptr<QProcess>* process : processes) {
        if (*process && !(*process)->waitForFinished(5000)) {
            (*process)->kill();
            (*process)->waitForFinished(2000);
        }
        process->reset();
    }
    const QDeadlineTimer grace(3000);
    while (std::any_of(groups.cbegin(), groups.cend(), groupHasLivingMembers) && !grace.hasExpired())
        QThread::msleep(20);
    for (const pid_t group : groups) {
        if (groupHasLivingMembers(group))
            ::kill(-group, SIGKILL);
    }
}

std::unique_ptr<QProcess> launch(
    const QString& program, const QStringList& arguments, const QString& outputPath)
{
    auto process = std::make_unique<QProcess>();
    process->setProgram(program);
    process->setArguments(arguments);
    process->setStandardInputFile(QProcess::nullDevice());
    // Files, not pipes: nobody reads pipes while a test blocks in waitFor*(), and a full pipe would stall a
    // server.
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->setStandardOutputFile(outputPath, QIODevice::Append);
    process->setChildProcessModifier([] { ::setsid(); });
    process->start();
    return process;
}

// Cleans up if the test process dies without running destructors (a crash, a CTest timeout): when its
// stdin pipe closes, it signals the servers' process groups. PR_SET_PDEATHSIG on the masters is not
// enough: Postfix's master loses it when it changes its effective user ID, and Dovecot's master, once
// signalled that way, leaves some of its children running.
std::unique_ptr<QProcess> launchWatchdog(const std::vector<pid_t>& groups)
{
    QStringList arguments { u"-c"_s, u"read -r _; kill -s TERM -- \"$@\"; sleep 3; kill -s KILL -- \"$@\""_s,
        u"mailscout-servers-watchdog"_s };
    for (const pid_t group : groups)
        arguments << QString::number(-group);
    auto watchdog = std::make_unique<QProcess>();
    watchdog->setStandardOutputFile(QProcess::nullDevice());
    watchdog->setStandardErrorFile(QProcess::nullDevice());
    watchdog->start(u"/bin/sh"_s, arguments);
    return watchdog;
}

QString readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// A wildcard, a leading dot or a space would mean something different to Dovecot and Postfix, or nothing.
bool isPlainHostName(const QString& name)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*$"_s);
    return plain.match(name).hasMatch();
}

// Empty when the SNI certificate is usable; names already given by other SNI certificates are in seen.
QString sniProblem(const QStringList& names, const IssuedCertificate& certificate, QSet<QString>* seen)
{
    if (certificate.certificate.isNull() || certificate.key.isNull() || certificate.chainPath.isEmpty()
        || certificate.keyPath.isEmpty())
        return u"an SNI certificate is missing: issue it with TestPki first"_s;
    if (names.isEmpty())
        return u"an SNI certificate has no server names"_s;
    for (const QString& name : names) {
        if (!isPlainHostName(name))
            return u"the SNI name \"%1\" is not a plain host name"_s.arg(name);
        // The two servers need not choose the same certificate for it.
        if (seen->contains(name.toLower()))
            return u"the SNI name %1 is given for two certificates"_s.arg(name);
        seen->insert(name.toLower());
    }
    return {};
}

struct Listener {
    QString name;
    quint16 port = 0;
    bool implicitTls = false;
    QByteArray greetingPrefix;
};

// Whether the service behind a port answers with its greeting.
bool greets(const QString& address, const Listener& listener, QString* why)
{
    QSslSocket socket;
    if (listener.implicitTls) {
        // Only liveness matters here; TestRealMailServers proves that the certificate verifies.
        socket.setPeerVerifyMode(QSslSocket::VerifyNone);
        socket.connectToHostEncrypted(address, listener.port);
        if (!socket.waitForEncrypted(3000)) {
            *why = socket.errorString();
            return false;
        }
    } else {
        socket.connectToHost(address, listener.port);
        if (!socket.waitForConnected(3000)) {
            *why = socket.errorString();
            return false;
        }
    }
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(3000)) {
            *why = u"no greeting: "_s + socket.errorString();
            return false;
        }
    }
    const QByteArray line = socket.readLine().trimmed();
    if (!line.startsWith(listener.greetingPrefix)) {
        *why = u"unexpected greeting: "_s + QString::fromLatin1(line);
        return false;
    }
    return true;
}

const char* const dovecotTemplate = R"(# Written by RealMailServers for one test run.
base_dir = @dir@/dovecot/run
state_dir = @dir@/dovecot/state
log_path = @dir@/dovecot.log
instance_name = mailscout-test
hostname = @name@
protocols = imap pop3
listen = @address@
default_internal_user = dovecot
default_login_user = dovenull

# Offered, not required: the plaintext ports must show STARTTLS and LOGINDISABLED like real servers.
ssl = yes
ssl_cert = <@chain@
ssl_key = <@key@
disable_plaintext_auth = yes
auth_mechanisms = plain login cram-md5 scram-sha-256
# Wrong-password tests would otherwise wait seconds, and the next login after them even longer.
auth_failure_delay = 0
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}

passdb {
  driver = passwd-file
  args = scheme=PLAIN @dir@/dovecot/users
}
userdb {
  driver = static
  args = uid=@mailuid@ gid=@mailgid@ home=@dir@/mail/%u
}
mail_location = maildir:~/Maildir

# The listener names must be exactly these, or Dovecot adds its default ports as well.
# Login processes in Dovecot's high-performance mode, as busy servers run them: each serves many
# connections. In the default mode every connection forks a login process that sets up TLS anew; with the
# servers on the same cores as the client, that was half the CPU of a benchmark batch, time a real batch
# spends on other machines.
service imap-login {
  service_count = 0
  inet_listener imap {
    address = @address@
    port = @imap@
  }
  inet_listener imaps {
    address = @address@
    port = @imaps@
    ssl = yes
  }
}
service pop3-login {
  service_count = 0
  inet_listener pop3 {
    address = @address@
    port = @pop3@
  }
  inet_listener pop3s {
    address = @address@
    port = @pop3s@
    ssl = yes
  }
}
service auth {
  unix_listener auth-postfix {
    mode = 0600
    user = postfix
    group = postfix
  }
}
)";

const char* const postfixMainTemplate = R"(# Written by RealMailServers for one test run.
compatibility_level = 3.6
queue_directory = @dir@/postfix/queue
data_directory = @dir@/postfix/data
mail_owner = postfix
setgid_group = postdrop
myhostname = @name@
mydomain = @domain@
myorigin = $myhostname
# 127.0.0.2 here is refused; master.cf names the address of every listener instead.
inet_interfaces = all
inet_protocols = ipv4
mydestination =
relay_domains =
mynetworks =
alias_maps =
alias_database =
# Nothing a test submits may leave the machine.
default_transport = discard:the Mailscout test harness delivers nothing
smtpd_relay_restrictions = permit_sasl_authenticated, reject_unauth_destination
smtpd_peername_lookup = no
biff = no
readme_directory = no

# Without /dev/log Postfix's messages vanish unless they go to a file through the postlog service.
maillog_file = @dir@/postfix.log
maillog_file_prefixes = @dir@

smtpd_tls_chain_files = @key@, @chain@
smtpd_tls_security_level = may
smtpd_tls_auth_only = yes
smtpd_sasl_auth_enable = no
smtpd_sasl_type = dovecot
smtpd_sasl_path = @dir@/dovecot/run/auth-postfix
)";

// No chroot (fifth column "n"): the daemons need the temporary directory's absolute paths.
const char* const postfixMasterTemplate = R"(# Written by RealMailServers for one test run.
@address@:@smtp@ inet n - n - - smtpd
  -o syslog_name=postfix/smtp
@address@:@submission@ inet n - n - - smtpd
  -o syslog_name=postfix/submission
  -o smtpd_tls_security_level=encrypt
  -o smtpd_sasl_auth_enable=yes
@address@:@submissions@ inet n - n - - smtpd
  -o syslog_name=postfix/submissions
  -o smtpd_tls_wrappermode=yes
  -o smtpd_sasl_auth_enable=yes
pickup    unix  n - n 60    1 pickup
cleanup   unix  n - n -     0 cleanup
qmgr      unix  n - n 300   1 qmgr
tlsmgr    unix  - - n 1000? 1 tlsmgr
rewrite   unix  - - n -     - trivial-rewrite
bounce    unix  - - n -     0 bounce
defer     unix  - - n -     0 bounce
trace     unix  - - n -     0 bounce
verify    unix  - - n -     1 verify
flush     unix  n - n 1000? 0 flush
proxymap  unix  - - n -     - proxymap
showq     unix  n - n -     - showq
error     unix  - - n -     - error
retry     unix  - - n -     - error
discard   unix  - - n -     - discard
anvil     unix  - - n -     1 anvil
scache    unix  - - n -     1 scache
postlog   unix-dgram n - n - 1 postlogd
)";

} // namespace

RealMailServers::RealMailServers() = default;

RealMailServers::~RealMailServers()
{
    stop();
}

QString RealMailServers::unavailableReason()
{
    return tools().unavailableReason;
}

void RealMailServers::addSniCertificate(const QStringList& serverNames, const IssuedCertificate& certificate)
{
    m_sniCertificates.push_back({ serverNames, certificate });
}

QString RealMailServers::address() const
{
    return m_placement.address;
}

bool RealMailServers::start(
    const IssuedCertificate& certificate, const QString& username, const QString& password, QString* error)
{
    QString ignored;
    QString& reason = error ? *error : ignored;
    stop();
    reason = unavailableReason();
    if (!reason.isEmpty())
        return false;
    if (certificate.certificate.isNull() || certificate.chainPath.isEmpty()
        || certificate.keyPath.isEmpty()) {
        reason = u"no certificate: issue one with TestPki first"_s;
        return false;
    }
    QSet<QString> sniNames;
    for (const SniCertificate& sni : m_sniCertificates) {
        reason = sniProblem(sni.serverNames, sni.certificate, &sniNames);
        if (!reason.isEmpty())
            return false;
    }
    // passwd-file is colon-separated and line-based.
    const auto unusable = [](const QString& s) {
        return s.isEmpty() || s.contains(u':') || std::any_of(s.cbegin(), s.cend(), [](QChar c) {
            return c.category() == QChar::Other_Control;
        });
    };
    if (unusable(username) || unusable(password)) {
        reason = u"the user name and password must be non-empty, without ':' or control characters"_s;
        return false;
    }
    m_serverName = certificate.certificate.subjectInfo(QSslCertificate::CommonName).value(0);
    if (m_serverName.isEmpty()) {
        reason = u"the certificate has no common name to use as the servers' host name"_s;
        return false;
    }

    for (int attempt = 1;; ++attempt) {
        const Attempt result = startOnce(certificate, username, password, &reason);
        if (result == Attempt::Ready)
            return true;
        stop();
        // A server that exits at once has most likely lost a port to another process between our probe
        // bind and its own. Postfix's master would say so only to syslog, so just try fresh ports: an
        // attempt that fails this way costs milliseconds.
        if (result != Attempt::ServerExited || attempt == startAttempts)
            return false;
    }
}

RealMailServers::Attempt RealMailServers::startOnce(
    const IssuedCertificate& certificate, const QString& username, const QString& password, QString* error)
{
    m_directory = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/mailscout-servers-XXXXXX"_s);
    if (!m_directory->isValid()) {
        *error = u"cannot create a temporary directory: "_s + m_directory->errorString();
        return Attempt::Failed;
    }
    // Dovecot's auth process (user dovecot) and Postfix's smtpd (user postfix) must reach files in here.
    QFile::setPermissions(m_directory->path(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther);

    const QString address = m_placement.address;
    if (m_placement.standardPorts) {
        m_ports = { .imap = 143,
            .imaps = 993,
            .pop3 = 110,
            .pop3s = 995,
            .submission = 587,
            .submissions = 465,
            .smtp = 25 };
    } else {
        // Bound together so the seven ports differ; released just before the servers bind them.
        std::vector<std::unique_ptr<QTcpServer>> holders;
        for (quint16* port : { &m_ports.imap, &m_ports.imaps, &m_ports.pop3, &m_ports.pop3s,
                 &m_ports.submission, &m_ports.submissions, &m_ports.smtp }) {
            auto holder = std::make_unique<QTcpServer>();
            if (!holder->listen(QHostAddress(address), 0)) {
                *error = u"cannot find a free port on %1: %2"_s.arg(address, holder->errorString());
                return Attempt::Failed;
            }
            *port = holder->serverPort();
            holders.push_back(std::move(holder));
        }
    }

    const uid_t postfixUid = ::getpwnam("postfix")->pw_uid;
    const gid_t postdropGid = ::getgrnam("postdrop")->gr_gid;
    const gid_t dovecotGid = ::getpwnam("dovecot")->pw_gid;
    // Dovecot refuses to run mail processes as root, so mail belongs to nobody.
    const passwd* mailUser = ::getpwnam("nobody");
    const uid_t mailUid = mailUser->pw_uid;
    const gid_t mailGid = mailUser->pw_gid;

    const QString dir = m_directory->path();
    const QString domain = m_serverName.contains(u'.') ? m_serverName.section(u'.', 1) : u"localdomain"_s;
    const QHash<QString, QString> values {
        { u"dir"_s, dir },
        { u"address"_s, address },
        { u"name"_s, m_serverName },
        { u"domain"_s, domain },
        { u"chain"_s, certificate.chainPath },
        { u"key"_s, certificate.keyPath },
        { u"mailuid"_s, QString::number(mailUid) },
        { u"mailgid"_s, QString::number(mailGid) },
        { u"imap"_s, QString::number(m_ports.imap) },
        { u"imaps"_s, QString::number(m_ports.imaps) },
        { u"pop3"_s, QString::number(m_ports.pop3) },
        { u"pop3s"_s, QString::number(m_ports.pop3s) },
        { u"smtp"_s, QString::number(m_ports.smtp) },
        { u"submission"_s, QString::number(m_ports.submission) },
        { u"submissions"_s, QString::number(m_ports.submissions) },
    };

    QString dovecotConfig = fill(QString::fromUtf8(dovecotTemplate), values);
    QList<QSslCertificate> servedCertificates = certificate.chain;
    if (!m_sniCertificates.empty()) {
        // A limit, not an allocation: each login process caches the settings of every SNI name it has served,
        // a few KB each. The default 1 MB holds about two hundred names; a client cycling through more would
        // make every connection ask the config process again.
        dovecotConfig += u"config_cache_size = 64M\n"_s;
    }
    for (const SniCertificate& sni : m_sniCertificates) {
        servedCertificates += sni.certificate.chain;
        // One block per certificate with all its names: Dovecot matches each of them.
        dovecotConfig += u"local_name \"%1\" {\n  ssl_cert = <%2\n  ssl_key = <%3\n}\n"_s.arg(
            sni.serverNames.join(u' ').toLower(), sni.certificate.chainPath, sni.certificate.keyPath);
    }
    if (isBelowSecurityLevel2(servedCertificates))
        dovecotConfig += u"ssl_cipher_list = DEFAULT:@SECLEVEL=0\n"_s;
    const QString usersPath = dir + u"/dovecot/users"_s;
    if (!makeDirectory(dir + u"/dovecot"_s, 0, 0, 0755, error)
        || !makeDirectory(dir + u"/mail"_s, mailUid, mailGid, 0700, error)
        || !writeFile(dir + u"/dovecot/dovecot.conf"_s, dovecotConfig, error)
        || !writeFile(usersPath, username + u":{PLAIN}"_s + password + u"\n"_s, error))
        return Attempt::Failed;
    // Read by the auth process, which runs as the dovecot user.
    const QByteArray nativeUsersPath = QFile::encodeName(usersPath);
    if (::chown(nativeUsersPath.constData(), 0, dovecotGid) != 0
        || ::chmod(nativeUsersPath.constData(), 0640) != 0) {
        *error = u"cannot protect %1: %2"_s.arg(usersPath, QString::fromLocal8Bit(::strerror(errno)));
        return Attempt::Failed;
    }

    // What "postfix check" would create; running it would also touch the system installation.
    const QString queue = dir + u"/postfix/queue"_s;
    bool ok = makeDirectory(dir + u"/postfix"_s, 0, 0, 0755, error)
        && makeDirectory(dir + u"/postfix/conf"_s, 0, 0, 0755, error)
        && makeDirectory(dir + u"/postfix/data"_s, postfixUid, 0, 0700, error)
        && makeDirectory(queue, 0, 0, 0755, error) && makeDirectory(queue + u"/pid"_s, 0, 0, 0755, error)
        && makeDirectory(queue + u"/public"_s, postfixUid, postdropGid, 0710, error)
        && makeDirectory(queue + u"/maildrop"_s, postfixUid, postdropGid, 0730, error);
    for (const auto name : { "private"_L1, "incoming"_L1, "active"_L1, "deferred"_L1, "bounce"_L1, "defer"_L1,
             "flush"_L1, "hold"_L1, "corrupt"_L1, "saved"_L1, "trace"_L1 })
        ok = ok && makeDirectory(queue + u'/' + name, postfixUid, 0, 0700, error);
    QString postfixMain = fill(QString::fromUtf8(postfixMainTemplate), values);
    const QString sniDirectory = dir + u"/postfix/sni"_s;
    const QString sniMapPath = sniDirectory + u"/map"_s;
    if (!m_sniCertificates.empty()) {
        // A hash table built once by postmap -F, which stores each entry's files in it: texthash would load
        // all of them again in every smtpd process Postfix starts (a hundred in a benchmark batch, most of
        // their CPU). Postfix parses the chosen key and chain again for every connection, and OpenSSL 3
        // decodes a key in its algorithm's own PEM form, which QSslKey writes, five times faster than in the
        // PKCS #8 form of TestPki's key files.
        // Private keys: for root only, which smtpd still is when it opens the table.
        ok = ok && makeDirectory(sniDirectory, 0, 0, 0700, error);
        QString sniMap;
        for (std::size_t i = 0; ok && i < m_sniCertificates.size(); ++i) {
            const SniCertificate& sni = m_sniCertificates[i];
            const QString chainFile = sniDirectory + u"/%1.pem"_s.arg(i);
            QByteArray pem = sni.certificate.key.toPem();
            for (const QSslCertificate& link : sni.certificate.chain)
                pem += link.toPem();
            ok = writeFile(chainFile, QString::fromLatin1(pem), error);
            for (const QString& name : sni.serverNames)
                sniMap += name.toLower() + u' ' + chainFile + u'\n';
        }
        ok = ok && writeFile(sniMapPath, sniMap, error);
        postfixMain += u"tls_server_sni_maps = hash:"_s + sniMapPath + u'\n';
    }
    if (!ok || !writeFile(dir + u"/postfix/conf/main.cf"_s, postfixMain, error, true)
        || !writeFile(dir + u"/postfix/conf/master.cf"_s,
            fill(QString::fromUtf8(postfixMasterTemplate), values), error, true))
        return Attempt::Failed;
    // After main.cf, which postmap reads.
    if (!m_sniCertificates.empty()) {
        if (tools().postmap.isEmpty()) {
            *error = u"postmap not found (Debian: apt-get install postfix)"_s;
            return Attempt::Failed;
        }
        QProcess postmap;
        postmap.start(tools().postmap, { u"-c"_s, dir + u"/postfix/conf"_s, u"-F"_s, u"hash:"_s + sniMapPath });
        if (!postmap.waitForFinished(30'000) || postmap.exitCode() != 0) {
            *error = u"postmap -F hash:%1 failed: %2"_s.arg(
                sniMapPath, QString::fromLocal8Bit(postmap.readAllStandardError()).trimmed());
            return Attempt::Failed;
        }
        QFile database(sniMapPath + u".db"_s);
        if (!database.open(QIODevice::ReadWrite) || !backdate(database)) {
            *error = u"cannot backdate %1: %2"_s.arg(database.fileName(), database.errorString());
            return Attempt::Failed;
        }
    }

    m_dovecot = launch(
        tools().dovecot, { u"-F"_s, u"-c"_s, dir + u"/dovecot/dovecot.conf"_s }, dir + u"/dovecot.out"_s);
    // -s keeps the master in the foreground (-i would, but only as PID 1), so its PID is the one we stop.
    m_postfix = launch(
        tools().postfixMaster, { u"-c"_s, dir + u"/postfix/conf"_s, u"-s"_s }, dir + u"/postfix.out"_s);
    if (!m_dovecot->waitForStarted() || !m_postfix->waitForStarted()) {
        *error = u"cannot run the servers: %1 / %2"_s.arg(m_dovecot->errorString(), m_postfix->errorString());
        return Attempt::Failed;
    }
    m_watchdog = launchWatchdog(
        { static_cast<pid_t>(m_dovecot->processId()), static_cast<pid_t>(m_postfix->processId()) });
    if (!m_watchdog->waitForStarted()) {
        *error = u"cannot run the watchdog: "_s + m_watchdog->errorString();
        return Attempt::Failed;
    }
    return waitUntilReady(error);
}

RealMailServers::Attempt RealMailServers::waitUntilReady(QString* error)
{
    std::vector<Listener> pending {
        { u"imap"_s, m_ports.imap, false, QByteArrayLiteral("* OK") },
        { u"imaps"_s, m_ports.imaps, true, QByteArrayLiteral("* OK") },
        { u"pop3"_s, m_ports.pop3, false, QByteArrayLiteral("+OK") },
        { u"pop3s"_s, m_ports.pop3s, true, QByteArrayLiteral("+OK") },
        { u"submission"_s, m_ports.submission, false, QByteArrayLiteral("220 ") },
        { u"submissions"_s, m_ports.submissions, true, QByteArrayLiteral("220 ") },
        { u"smtp"_s, m_ports.smtp, false, QByteArrayLiteral("220 ") },
    };
    QHash<QString, QString> lastFailure;
    const QDeadlineTimer deadline(readyTimeoutMs);
    while (!pending.empty()) {
        // In order, and only up to the first that does not greet yet: Postfix's SASL services need Dovecot's
        // auth socket as they start, and one started before Dovecot is up (which takes longer with many SNI
        // certificates) exits, after which Postfix's master holds that service back for a minute.
        pending.erase(pending.begin(),
            std::find_if(pending.begin(), pending.end(), [this, &lastFailure](const Listener& listener) {
                return !greets(m_placement.address, listener, &lastFailure[listener.name]);
            }));
        if (pending.empty())
            break;
        QString exited;
        // Postfix's master reports startup failures only to syslog, which a test machine may lack.
        for (const auto& [name, process, hint] :
            { std::tuple { u"dovecot"_s, m_dovecot.get(), QString() },
                std::tuple { u"postfix master"_s, m_postfix.get(),
                    u" (it logs why only to syslog: a port in use, or an error in main.cf or master.cf)"_s } }) {
            // Doubles as the pause between rounds.
            if (process->state() == QProcess::NotRunning || process->waitForFinished(25))
                exited += u"%1 exited with code %2%3. "_s.arg(name).arg(process->exitCode()).arg(hint);
        }
        if (!exited.isEmpty() || deadline.hasExpired()) {
            QStringList notReady;
            for (const Listener& listener : pending)
                notReady << u"%1 (port %2): %3"_s.arg(listener.name)
                                .arg(listener.port)
                                .arg(lastFailure.value(listener.name, u"not tried yet"_s));
            *error = exited + u"Not ready after %1 ms: "_s.arg(readyTimeoutMs - deadline.remainingTime())
                + notReady.join(u"; "_s) + u"\n"_s + tail(logText(), 80);
            return exited.isEmpty() ? Attempt::Failed : Attempt::ServerExited;
        }
    }
    return Attempt::Ready;
}

void RealMailServers::stop()
{
    // The watchdog goes first, or it would see its pipe close and signal the groups itself.
    if (m_watchdog) {
        m_watchdog->kill();
        m_watchdog->waitForFinished(2000);
        m_watchdog.reset();
    }
    stopProcessGroups({ &m_postfix, &m_dovecot });
    m_directory.reset();
    m_ports = {};
}

QString RealMailServers::logText() const
{
    if (!m_directory)
        return {};
    QString text;
    for (const auto name : { "dovecot.out"_L1, "dovecot.log"_L1, "postfix.out"_L1, "postfix.log"_L1 }) {
        const QString contents = readText(m_directory->filePath(name));
        if (!contents.isEmpty())
            text += u"--- "_s + name + u" ---\n"_s + contents;
    }
    return text;
}

} // namespace mailscout::test
