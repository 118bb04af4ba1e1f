// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile servers (issue 9): one matrix of scripted servers that lie, inject, stall, hang up and present
// bad certificates, across IMAP, SMTP and POP3. Every row states the outcome code and what the user is
// told, and every row carries the canary credentials, so a dialog that ever went as far as a login
// would send the canary password: it must never reach the server before verified TLS, and never show up
// in the JSON, the text summary, the transcript or the log.
//
// The quirks of a well-behaved server are in tests/probe/TestProbeDialogs.cpp and the transport basics
// in tests/probe/TestProbeTransport.cpp; rows here repeat one of those only where this matrix needs the
// case for every protocol.
#include "Canary.h"
#include "ProbeHarness.h"
#include "ScriptedServer.h"

#include <QHash>
#include <QLoggingCategory>
#include <QTest>

using namespace mailscout;
using namespace mailscout::test;
using namespace Qt::StringLiterals;

namespace {

constexpr auto Imap = Protocol::Imap;
constexpr auto Smtp = Protocol::Smtp;
constexpr auto Pop3 = Protocol::Pop3;
constexpr auto Tls = Security::ImplicitTls;
constexpr auto StartTls = Security::StartTls;
constexpr auto Plain = Security::Plain;

// The name the wildcard rows ask for: one label deeper than "*.example.test" covers.
constexpr const char16_t* kSubHost = u"mail.sub.example.test";

// Script building blocks. Every post-TLS part ends in a refused login, so a row that gets that far shows
// that the password travelled over verified TLS only, and says so in the outcome (auth-failed).
// IMAP, Dovecot-like.
const QString kImapGreeting = u"S: * OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready.\n"_s;
const QString kImapGoAhead = kImapGreeting + u"C: a1 STARTTLS\nS: a1 OK Begin TLS negotiation now.\n"_s;
const QString kImapCapsAfterTls = u"C: a2 CAPABILITY\nS: * CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN\nS: a2 OK done\n"_s;
const QString kImapLoginAfterTls = kImapCapsAfterTls
    + u"C: a3 AUTHENTICATE PLAIN *\nS: a3 NO [AUTHENTICATIONFAILED] Authentication failed.\nC: a4 LOGOUT\n"_s;
const QString kImapStartTls = kImapGoAhead + u"TLS\n"_s + kImapLoginAfterTls;
const QString kImapTls = u"TLS\nS: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready\nC: a1 AUTHENTICATE PLAIN *\n"
                         "S: a1 NO [AUTHENTICATIONFAILED] Authentication failed.\nC: a2 LOGOUT\n"_s;
// SMTP, Postfix-like.
const QString kSmtpGreeting = u"S: 220 mail.example.test ESMTP\nC: EHLO *\n"_s;
const QString kSmtpEhlo = kSmtpGreeting + u"S~ 250-mail.example.test\\r\\n250-PIPELINING\\r\\n250 STARTTLS\\r\\n\n"_s;
const QString kSmtpGoAhead = kSmtpEhlo + u"C: STARTTLS\nS: 220 2.0.0 Ready to start TLS\n"_s;
const QString kSmtpCapsAfterTls = u"C: EHLO *\nS~ 250-mail.example.test\\r\\n250 AUTH PLAIN LOGIN\\r\\n\n"_s;
const QString kSmtpLoginAfterTls
    = kSmtpCapsAfterTls + u"C: AUTH PLAIN *\nS: 535 5.7.8 Error: authentication failed\nC: QUIT\n"_s;
const QString kSmtpStartTls = kSmtpGoAhead + u"TLS\n"_s + kSmtpLoginAfterTls;
const QString kSmtpTls = u"TLS\nS: 220 mail.example.test ESMTP\n"_s + kSmtpLoginAfterTls;
// POP3, Dovecot-like.
const QString kPop3Capa = u"S: +OK Dovecot ready.\nC: CAPA\nS~ +OK\\r\\nTOP\\r\\nUIDL\\r\\nSTLS\\r\\nSASL\\r\\n.\\r\\n\n"_s;
const QString kPop3GoAhead = kPop3Capa + u"C: STLS\nS: +OK Begin TLS negotiation now.\n"_s;
const QString kPop3CapsAfterTls = u"C: CAPA\nS~ +OK\\r\\nTOP\\r\\nUSER\\r\\nSASL PLAIN\\r\\n.\\r\\n\n"_s;
const QString kPop3LoginAfterTls
    = kPop3CapsAfterTls + u"C: AUTH PLAIN *\nS: -ERR [AUTH] Authentication failed.\nC: QUIT\n"_s;
const QString kPop3StartTls = kPop3GoAhead + u"TLS\n"_s + kPop3LoginAfterTls;
const QString kPop3Tls = u"TLS\nS: +OK Dovecot ready.\n"_s + kPop3LoginAfterTls;

// The start of a TLS 1.2 ServerHello record, cut off: a handshake that breaks in the middle.
const QString kPartialServerHello = u"S~ \\x16\\x03\\x03\\x00\\x7a\\x02\\x00\\x00\\x76\\x03\\x03\\x5a\\x5a\n"_s;
const QString kGarbage = u"S~ \\x00\\x01\\x02\\xff\\xfe\\x80 garbage\\r\\n\nSILENT"_s;
const QString kHttp = u"S: HTTP/1.1 400 Bad Request\nSILENT"_s;
const QString kSsh = u"S: SSH-2.0-OpenSSH_9.2p1 Debian-2\nSILENT"_s;

// Messages of every category, captured while the matrix runs, to prove no secret reaches a log.
QStringList g_log;
void captureMessages(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_log.append(message);
}

} // namespace

class TestHostileServers : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ProbeHarness> m_harness;
    QHash<QString, IssuedCertificate> m_certificates; // by server kind

    bool issue(const QString& kind, const QStringList& names, int validFromDays = -1, int validToDays = 365,
               bool selfSigned = false)
    {
        CertificateSpec spec;
        spec.dnsNames = names;
        spec.validFromDays = validFromDays;
        spec.validToDays = validToDays;
        spec.selfSigned = selfSigned;
        const IssuedCertificate certificate = m_harness->pki().issue(spec, kind);
        m_certificates.insert(kind, certificate);
        return !certificate.certificate.isNull();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"mailscout.*=true"_s);
        qInstallMessageHandler(captureMessages);
        m_harness = std::make_unique<ProbeHarness>();
        QVERIFY2(m_harness->isValid(), qPrintable(m_harness->pki().errorString()));
        m_certificates.insert(u"good"_s, m_harness->goodCertificate());
        m_certificates.insert(u"tls10"_s, m_harness->goodCertificate());
        // RFC 6125 §6.4.3 / RFC 9525 §6.3: "*" stands for exactly one whole left-most label.
        QVERIFY(issue(u"wildcard-label"_s, { u"*.example.test"_s })); // asked for mail.sub.example.test
        QVERIFY(issue(u"wildcard-middle"_s, { u"mail.*.test"_s }));
        QVERIFY(issue(u"wildcard-ok"_s, { u"*.example.test"_s })); // asked for mail.example.test: fine
        QVERIFY(issue(u"selfsigned"_s, { u"mail.example.test"_s }, -1, 365, true));
        QVERIFY(issue(u"expired"_s, { u"mail.example.test"_s }, -30, -1));
        QVERIFY(issue(u"notyetvalid"_s, { u"mail.example.test"_s }, 2, 30));
        QVERIFY(issue(u"wrongname"_s, { u"other.example.test"_s }));
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(nullptr);
        QVERIFY2(!g_log.isEmpty(), "the probe log was on, so something must have been logged");
        QVERIFY(!ProbeHarness::containsCanary(g_log.join(u'\n').toUtf8()));
    }

    void matrix_data()
    {
        QTest::addColumn<Protocol>("protocol");
        QTest::addColumn<Security>("security");
        QTest::addColumn<QString>("server"); // certificate kind (see initTestCase) or "tls10"; "good" normally
        QTest::addColumn<QString>("script");
        QTest::addColumn<ProbeOutcome>("outcome");
        QTest::addColumn<QString>("told"); // must appear in the detail, a warning or the login message
        // ';'-separated: "!warning:X", "mech:X", "!mech:X", "token:X", "login:none", "login:sent",
        // "secure", "!secure", "tls-error:X", "nothing-after-tls", "connections:N"
        QTest::addColumn<QString>("checks");

        const auto row = [](const char* name, Protocol protocol, Security security, const QString& script,
                            ProbeOutcome outcome, const QString& told, const QString& checks = {},
                            const QString& server = u"good"_s) {
            QTest::newRow(name) << protocol << security << server << script << outcome << told << checks;
        };

        // ---- STARTTLS response injection (CVE-2011-0411 class; Poddebniak et al. 2021) ----
        // Later segment: the client is already in the handshake when the plaintext arrives.
        row("imap injection, later segment", Imap, StartTls,
            kImapGreeting + u"C: a1 STARTTLS\nS: a1 OK Begin TLS\nWAIT 200\nS: * CAPABILITY IMAP4rev1 AUTH=PLAIN\nSILENT"_s,
            ProbeOutcome::StartTlsInjection, u"injecting"_s, u"!secure;login:none"_s);
        row("smtp injection, later segment", Smtp, StartTls,
            kSmtpEhlo + u"C: STARTTLS\nS: 220 Ready\nWAIT 200\nS~ 250-evil\\r\\n250 AUTH PLAIN\\r\\n\nSILENT"_s,
            ProbeOutcome::StartTlsInjection, u"injecting"_s, u"!secure;login:none"_s);
        row("pop3 injection, later segment", Pop3, StartTls,
            kPop3Capa + u"C: STLS\nS: +OK go\nWAIT 200\nS: +OK injected\nSILENT"_s,
            ProbeOutcome::StartTlsInjection, u"injecting"_s, u"!secure;login:none"_s);
        // Same segment, but only part of a line: there is no complete line to "see", only bytes.
        row("imap injection, partial line in the go-ahead segment", Imap, StartTls,
            kImapGreeting + u"C: a1 STARTTLS\nS~ a1 OK Begin TLS\\r\\n* CAPABILITY AUTH=PLA\nSILENT"_s,
            ProbeOutcome::StartTlsInjection, u"injecting"_s, u"!secure;login:none"_s);
        row("smtp injection, partial line in the go-ahead segment", Smtp, StartTls,
            kSmtpEhlo + u"C: STARTTLS\nS~ 220 Ready\\r\\n250 AUTH PL\nSILENT"_s, ProbeOutcome::StartTlsInjection,
            u"injecting"_s, u"!secure;login:none"_s);
        row("pop3 injection, partial line in the go-ahead segment", Pop3, StartTls,
            kPop3Capa + u"C: STLS\nS~ +OK go\\r\\n+OK inj\nSILENT"_s, ProbeOutcome::StartTlsInjection, u"injecting"_s,
            u"!secure;login:none"_s);
        row("smtp injection, a bare line end", Smtp, StartTls, kSmtpEhlo + u"C: STARTTLS\nS~ 220 Ready\\r\\n\\r\\n\nSILENT"_s,
            ProbeOutcome::StartTlsInjection, u"injecting"_s, u"!secure;login:none"_s);
        // No false alarm: a go-ahead that arrives in two pieces is one reply, not an injection.
        row("smtp go-ahead split over two segments is no injection", Smtp, StartTls,
            kSmtpEhlo + u"C: STARTTLS\nS~ 220 Rea\nWAIT 100\nS: dy to start TLS\nTLS\n"_s + kSmtpLoginAfterTls,
            ProbeOutcome::AuthFailed, u"535"_s, u"secure;login:sent"_s);
        row("pop3 go-ahead split over two segments is no injection", Pop3, StartTls,
            kPop3Capa + u"C: STLS\nS~ +OK Begin\nWAIT 100\nS:  TLS negotiation now.\nTLS\n"_s + kPop3LoginAfterTls,
            ProbeOutcome::AuthFailed, u"Authentication failed"_s, u"secure;login:sent"_s);

        // ---- STARTTLS only in free text, not advertised ----
        row("imap STARTTLS only in the greeting text", Imap, StartTls,
            u"S: * OK STARTTLS ready\nC: a1 CAPABILITY\nS: * CAPABILITY IMAP4rev1 AUTH=PLAIN\nS: a1 OK done\nSILENT"_s,
            ProbeOutcome::StartTlsUnavailable, u"does not offer STARTTLS"_s, u"login:none;!secure"_s);
        row("smtp STARTTLS only in the greeting text", Smtp, StartTls,
            u"S: 220 mail.example.test ESMTP STARTTLS\nC: EHLO *\nS~ 250-mail.example.test\\r\\n250 AUTH PLAIN\\r\\n\nSILENT"_s,
            ProbeOutcome::StartTlsUnavailable, u"does not offer STARTTLS"_s, u"login:none;!secure"_s);
        row("pop3 STLS only in the greeting text", Pop3, StartTls,
            u"S: +OK STLS ready\nC: CAPA\nS~ +OK\\r\\nUSER\\r\\nSASL PLAIN\\r\\n.\\r\\n\nSILENT"_s,
            ProbeOutcome::StartTlsUnavailable, u"does not offer STLS"_s, u"login:none;!secure"_s);

        // ---- Continuations nobody asked for ----
        row("imap continuation as greeting", Imap, StartTls, u"S: + hello\nSILENT"_s, ProbeOutcome::WrongProtocol,
            u"not IMAP"_s, u"login:none"_s);
        row("imap continuation instead of the STARTTLS go-ahead", Imap, StartTls,
            kImapGreeting + u"C: a1 STARTTLS\nS: + go ahead\nSILENT"_s, ProbeOutcome::WrongProtocol,
            u"nobody announced"_s, u"login:none;!secure"_s);
        row("imap undecodable AUTHENTICATE challenge", Imap, Tls,
            u"TLS\nS: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\nC: a1 AUTHENTICATE PLAIN\nS: + !!not-base64!!\nC: *\nS: a1 BAD cancelled\nC: a2 LOGOUT"_s,
            ProbeOutcome::AuthFailed, u"cancelled"_s);
        row("smtp 334 instead of the STARTTLS go-ahead", Smtp, StartTls,
            kSmtpEhlo + u"C: STARTTLS\nS: 334 VXNlcm5hbWU6\nSILENT"_s, ProbeOutcome::StartTlsUnavailable, u"334"_s,
            u"login:none;!secure"_s);
        row("smtp IMAP-style continuation instead of the EHLO reply", Smtp, StartTls,
            kSmtpGreeting + u"S: + go on\nSILENT"_s, ProbeOutcome::WrongProtocol, u"does not follow"_s, u"login:none"_s);
        row("smtp undecodable AUTH challenge", Smtp, Tls,
            u"TLS\nS: 220 hi\nC: EHLO *\nS~ 250-hi\\r\\n250 AUTH LOGIN\\r\\n\nC: AUTH LOGIN\nS: 334 !!not-base64!!\nC: *\nS: 501 5.7.0 cancelled\nC: QUIT"_s,
            ProbeOutcome::AuthFailed, u"could not be answered"_s);
        row("pop3 continuation as greeting", Pop3, StartTls, u"S: + hello\nSILENT"_s, ProbeOutcome::ServerError,
            u"refuses"_s, u"login:none"_s);
        row("pop3 continuation instead of the STLS go-ahead", Pop3, StartTls,
            kPop3Capa + u"C: STLS\nS: + go ahead\nSILENT"_s, ProbeOutcome::StartTlsUnavailable, u"refused"_s,
            u"login:none;!secure"_s);
        row("pop3 continuation instead of the CAPA list", Pop3, StartTls, u"S: +OK hi\nC: CAPA\nS: + more?\nSILENT"_s,
            ProbeOutcome::StartTlsUnavailable, u"does not offer STLS"_s, u"login:none;!secure"_s);
        row("pop3 undecodable AUTH challenge", Pop3, Tls,
            u"TLS\nS: +OK hi\nC: CAPA\nS~ +OK\\r\\nSASL LOGIN\\r\\n.\\r\\n\nC: AUTH LOGIN\nS: + !!not-base64!!\nC: *\nS: -ERR cancelled\nC: QUIT"_s,
            ProbeOutcome::AuthFailed, u"cancelled"_s);

        // ---- PREAUTH (CVE-2020-12398) on a plaintext port: never a login, never "secure" ----
        row("imap PREAUTH on plaintext", Imap, Plain, u"S: * PREAUTH [CAPABILITY IMAP4rev1 AUTH=PLAIN] hi\nC: a1 LOGOUT"_s,
            ProbeOutcome::Ok, u"PREAUTH"_s, u"login:none;!secure"_s);

        // ---- BYE at every phase, and its SMTP (421) and POP3 (-ERR, then close) analogues ----
        row("imap BYE as greeting", Imap, StartTls, u"S: * BYE [UNAVAILABLE] too busy\nCLOSE"_s, ProbeOutcome::ServerError,
            u"too busy"_s, u"login:none"_s);
        row("imap BYE answering CAPABILITY", Imap, StartTls, u"S: * OK ready\nC: a1 CAPABILITY\nS: * BYE shutting down\nCLOSE"_s,
            ProbeOutcome::ServerError, u"shutting down"_s, u"login:none"_s);
        row("imap BYE answering STARTTLS", Imap, StartTls, kImapGreeting + u"C: a1 STARTTLS\nS: * BYE no TLS today\nCLOSE"_s,
            ProbeOutcome::ServerError, u"no TLS today"_s, u"login:none;!secure"_s);
        row("imap BYE after TLS", Imap, StartTls, kImapGoAhead + u"TLS\nC: a2 CAPABILITY\nS: * BYE overloaded\nCLOSE"_s,
            ProbeOutcome::ServerError, u"overloaded"_s, u"login:none"_s);
        row("imap BYE during login", Imap, StartTls,
            kImapGoAhead + u"TLS\n"_s + kImapCapsAfterTls + u"C: a3 AUTHENTICATE PLAIN *\nS: * BYE Autologout\nCLOSE"_s,
            ProbeOutcome::ServerError, u"Autologout"_s, u"login:sent"_s);
        row("smtp 421 as greeting", Smtp, StartTls, u"S: 421 4.3.2 Service not available\nCLOSE"_s, ProbeOutcome::ServerError,
            u"Service not available"_s, u"login:none"_s);
        row("smtp 421 answering EHLO", Smtp, StartTls, kSmtpGreeting + u"S: 421 4.7.0 Too many connections\nCLOSE"_s,
            ProbeOutcome::ServerError, u"Too many connections"_s, u"login:none"_s);
        row("smtp 421 answering STARTTLS", Smtp, StartTls, kSmtpEhlo + u"C: STARTTLS\nS: 421 4.3.0 Shutting down\nCLOSE"_s,
            ProbeOutcome::ServerError, u"Shutting down"_s, u"login:none;!secure"_s);
        row("smtp 421 after TLS", Smtp, StartTls, kSmtpGoAhead + u"TLS\nC: EHLO *\nS: 421 4.3.0 Going away\nCLOSE"_s,
            ProbeOutcome::ServerError, u"Going away"_s, u"login:none"_s);
        // Not "wrong password": the server went away in the middle of the login.
        row("smtp 421 during login", Smtp, StartTls,
            kSmtpGoAhead + u"TLS\n"_s + kSmtpCapsAfterTls + u"C: AUTH PLAIN *\nS: 421 4.4.2 Idle timeout\nCLOSE"_s,
            ProbeOutcome::ServerError, u"Idle timeout"_s, u"login:sent"_s);
        row("pop3 -ERR as greeting", Pop3, StartTls, u"S: -ERR [SYS/TEMP] too busy\nCLOSE"_s, ProbeOutcome::ServerError,
            u"too busy"_s, u"login:none"_s);
        // A -ERR to CAPA means a server from before RFC 2449: no STLS, so nothing more is said.
        row("pop3 -ERR answering CAPA, then close", Pop3, StartTls, u"S: +OK hi\nC: CAPA\nS: -ERR [SYS/TEMP] shutting down\nCLOSE"_s,
            ProbeOutcome::StartTlsUnavailable, u"does not offer STLS"_s, u"login:none;!secure"_s);
        row("pop3 -ERR answering CAPA after TLS, then close", Pop3, StartTls,
            kPop3GoAhead + u"TLS\nC: CAPA\nS: -ERR [SYS/TEMP] shutting down\nCLOSE"_s, ProbeOutcome::ServerError,
            u"closed"_s);
        row("pop3 -ERR answering AUTH, then close", Pop3, StartTls,
            kPop3GoAhead + u"TLS\n"_s + kPop3CapsAfterTls + u"C: AUTH PLAIN *\nS: -ERR [SYS/TEMP] shutting down\nCLOSE"_s,
            ProbeOutcome::AuthFailed, u"SYS/TEMP"_s, u"login:sent"_s);

        // ---- IMAP referrals (RFC 2221, RFC 2193): reported, never followed ----
        row("imap REFERRAL in the greeting is not followed", Imap, StartTls,
            u"S: * OK [REFERRAL imap://mail.evil.example.net/] go elsewhere\nC: a1 CAPABILITY\nS: * CAPABILITY IMAP4rev1 STARTTLS\nS: a1 OK\nC: a2 STARTTLS\nS: a2 OK go\nTLS\nC: a3 CAPABILITY\nS: * CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN\nS: a3 OK\nC: a4 AUTHENTICATE PLAIN *\nS: a4 NO [AUTHENTICATIONFAILED] Authentication failed.\nC: a5 LOGOUT"_s,
            ProbeOutcome::AuthFailed, u"AUTHENTICATIONFAILED"_s, u"!warning:evil;connections:1;secure"_s);
        row("imap REFERRAL in the CAPABILITY answer before TLS", Imap, StartTls,
            u"S: * OK ready\nC: a1 CAPABILITY\nS: * CAPABILITY IMAP4rev1 STARTTLS\nS: a1 OK [REFERRAL imap://mail.evil.example.net/] elsewhere\nC: a2 STARTTLS\nS: a2 OK go\nTLS\nC: a3 CAPABILITY\nS: * CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN\nS: a3 OK\nC: a4 AUTHENTICATE PLAIN *\nS: a4 NO [AUTHENTICATIONFAILED] Authentication failed.\nC: a5 LOGOUT"_s,
            ProbeOutcome::AuthFailed, u"AUTHENTICATIONFAILED"_s, u"!warning:evil;connections:1"_s);
        row("imap NO REFERRAL refusing STARTTLS", Imap, StartTls,
            kImapGreeting + u"C: a1 STARTTLS\nS: a1 NO [REFERRAL imap://mail.evil.example.net/] use this one\nSILENT"_s,
            ProbeOutcome::StartTlsUnavailable, u"refused"_s, u"login:none;connections:1;!secure"_s);
        row("imap login REFERRAL after TLS", Imap, Tls,
            u"TLS\nS: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN LOGIN-REFERRALS] ready\nC: a1 AUTHENTICATE PLAIN *\nS: a1 NO [REFERRAL imap://alice@other.example.net/] Try another server\nC: a2 LOGOUT"_s,
            ProbeOutcome::AuthFailed, u"REFERRAL imap://alice@other.example.net/"_s, u"connections:1;login:sent"_s);
        row("imap OK REFERRAL after login", Imap, StartTls,
            kImapGoAhead + u"TLS\n"_s + kImapCapsAfterTls
                + u"C: a3 AUTHENTICATE PLAIN *\nS: a3 OK [REFERRAL imap://alice@other.example.net/] Logged in, but use the other server\nC: a4 LOGOUT"_s,
            ProbeOutcome::AuthOk, u"other server"_s, u"connections:1;login:sent;secure"_s);
        row("imap BYE REFERRAL as greeting", Imap, Tls, u"TLS\nS: * BYE [REFERRAL imap://other.example.net/] Server moved\nCLOSE"_s,
            ProbeOutcome::ServerError, u"Server moved"_s, u"connections:1;login:none"_s);

        // ---- [ALERT] and alert-like text before TLS: never shown as the server's word ----
        row("imap ALERT in the STARTTLS go-ahead", Imap, StartTls,
            kImapGreeting + u"C: a1 STARTTLS\nS: a1 OK [ALERT] Password expired: log in at http://evil.example.net\nTLS\n"_s
                + kImapLoginAfterTls,
            ProbeOutcome::AuthFailed, u"AUTHENTICATIONFAILED"_s, u"!warning:evil;secure"_s);
        row("imap untagged ALERT before the go-ahead", Imap, StartTls,
            u"S: * OK [CAPABILITY IMAP4rev1 STARTTLS] hi\nC: a1 STARTTLS\nS~ * OK [ALERT] Visit http://evil.example.net now\\r\\na1 OK go\\r\\n\nTLS\n"_s
                + kImapLoginAfterTls,
            ProbeOutcome::AuthFailed, u"AUTHENTICATIONFAILED"_s, u"!warning:evil;secure"_s);
        row("imap ALERT after STARTTLS is shown", Imap, StartTls,
            kImapGoAhead
                + u"TLS\nC: a2 CAPABILITY\nS: * CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN\nS: a2 OK [ALERT] Maintenance tonight\nC: a3 AUTHENTICATE PLAIN *\nS: a3 NO [AUTHENTICATIONFAILED] Authentication failed.\nC: a4 LOGOUT"_s,
            ProbeOutcome::AuthFailed, u"Maintenance tonight"_s, u"secure"_s);
        row("pop3 alert-like greeting before TLS", Pop3, StartTls,
            u"S: +OK [ALERT] Password expired: log in at http://evil.example.net\nC: CAPA\nS~ +OK\\r\\nSTLS\\r\\n.\\r\\n\nC: STLS\nS: +OK go\nTLS\n"_s
                + kPop3LoginAfterTls,
            ProbeOutcome::AuthFailed, u"Authentication failed"_s, u"!warning:evil;secure"_s);
        row("pop3 alert-like STLS go-ahead", Pop3, StartTls,
            kPop3Capa + u"C: STLS\nS: +OK Password expired: log in at http://evil.example.net\nTLS\n"_s + kPop3LoginAfterTls,
            ProbeOutcome::AuthFailed, u"Authentication failed"_s, u"!warning:evil;secure"_s);
        row("smtp alert-like greeting before TLS", Smtp, StartTls,
            u"S~ 220-mail.example.test ESMTP\\r\\n220-ALERT: password expired, log in at http://evil.example.net\\r\\n220 ready\\r\\n\nC: EHLO *\nS~ 250-mail.example.test\\r\\n250 STARTTLS\\r\\n\nC: STARTTLS\nS: 220 go\nTLS\n"_s
                + kSmtpLoginAfterTls,
            ProbeOutcome::AuthFailed, u"535"_s, u"!warning:evil;secure"_s);
        row("smtp alert-like STARTTLS go-ahead", Smtp, StartTls,
            kSmtpEhlo + u"C: STARTTLS\nS: 220 2.0.0 Password expired: log in at http://evil.example.net\nTLS\n"_s
                + kSmtpLoginAfterTls,
            ProbeOutcome::AuthFailed, u"535"_s, u"!warning:evil;secure"_s);

        // ---- Capabilities changed after TLS: only the post-TLS list counts ----
        row("smtp AUTH withdrawn after TLS", Smtp, StartTls,
            kSmtpGreeting
                + u"S~ 250-hi\\r\\n250-AUTH PLAIN LOGIN\\r\\n250 STARTTLS\\r\\n\nC: STARTTLS\nS: 220 go\nTLS\nC: EHLO *\nS~ 250-hi\\r\\n250 8BITMIME\\r\\n\nC: QUIT"_s,
            ProbeOutcome::Ok, u"no login mechanism"_s, u"!mech:PLAIN;login:none;token:8BITMIME;secure"_s);
        row("smtp AUTH mechanisms changed after TLS", Smtp, StartTls,
            kSmtpGreeting
                + u"S~ 250-hi\\r\\n250-AUTH PLAIN\\r\\n250 STARTTLS\\r\\n\nC: STARTTLS\nS: 220 go\nTLS\nC: EHLO *\nS~ 250-hi\\r\\n250 AUTH LOGIN\\r\\n\nC: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: *\nS: 334 UGFzc3dvcmQ6\nC: *\nS: 535 5.7.8 Error: authentication failed\nC: QUIT"_s,
            ProbeOutcome::AuthFailed, u"535"_s, u"!mech:PLAIN;mech:LOGIN;login:sent"_s);
        row("pop3 login methods withdrawn after TLS", Pop3, StartTls,
            u"S: +OK hi\nC: CAPA\nS~ +OK\\r\\nUSER\\r\\nSASL PLAIN\\r\\nSTLS\\r\\n.\\r\\n\nC: STLS\nS: +OK go\nTLS\nC: CAPA\nS~ +OK\\r\\nTOP\\r\\n.\\r\\n\nC: QUIT"_s,
            ProbeOutcome::Ok, u"no login method"_s, u"!mech:PLAIN;!token:USER;login:none;secure"_s);
        row("pop3 STLS still offered after TLS", Pop3, StartTls,
            kPop3GoAhead
                + u"TLS\nC: CAPA\nS~ +OK\\r\\nSTLS\\r\\nSASL PLAIN\\r\\n.\\r\\n\nC: AUTH PLAIN *\nS: -ERR [AUTH] Authentication failed.\nC: QUIT"_s,
            ProbeOutcome::AuthFailed, u"Authentication failed"_s, u"login:sent;secure"_s);
        row("imap AUTH withdrawn after TLS", Imap, StartTls,
            u"S: * OK [CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN] hi\nC: a1 STARTTLS\nS: a1 OK go\nTLS\nC: a2 CAPABILITY\nS: * CAPABILITY IMAP4rev1 LOGINDISABLED\nS: a2 OK\nC: a3 LOGOUT"_s,
            ProbeOutcome::Ok, u"disabled LOGIN"_s, u"!mech:PLAIN;login:none;secure"_s);
        row("imap STARTTLS still offered after TLS", Imap, StartTls,
            kImapGoAhead
                + u"TLS\nC: a2 CAPABILITY\nS: * CAPABILITY IMAP4rev1 STARTTLS SASL-IR AUTH=PLAIN\nS: a2 OK\nC: a3 AUTHENTICATE PLAIN *\nS: a3 NO [AUTHENTICATIONFAILED] Authentication failed.\nC: a4 LOGOUT"_s,
            ProbeOutcome::AuthFailed, u"AUTHENTICATIONFAILED"_s, u"login:sent;secure"_s);

        // ---- Endless line, huge multi-line reply, 1 byte at a time, binary garbage ----
        row("imap endless greeting", Imap, StartTls, u"S~ * OK \nFLOOD 20000\nSILENT"_s, ProbeOutcome::ServerError,
            u"longer"_s, u"login:none"_s);
        row("smtp endless greeting", Smtp, StartTls, u"S~ 220 \nFLOOD 20000\nSILENT"_s, ProbeOutcome::ServerError,
            u"longer"_s, u"login:none"_s);
        row("pop3 endless greeting", Pop3, StartTls, u"S~ +OK \nFLOOD 20000\nSILENT"_s, ProbeOutcome::ServerError,
            u"longer"_s, u"login:none"_s);
        // IMAP has no multi-line replies: a flood of untagged responses is its equivalent (over 1 MiB).
        row("imap huge answer to CAPABILITY", Imap, StartTls,
            u"S: * OK hi\nC: a1 CAPABILITY\nS~ "_s + QString(u"* OK "_s + QString(8000, u'x') + u"\\r\\n"_s).repeated(140)
                + u"\nSILENT"_s,
            ProbeOutcome::ServerError, u"far more data"_s, u"login:none"_s);
        row("smtp huge EHLO reply before TLS", Smtp, StartTls,
            kSmtpGreeting + u"S~ "_s + u"250-X\\r\\n"_s.repeated(300) + u"250 STARTTLS\\r\\n\nSILENT"_s,
            ProbeOutcome::ServerError, u"too many lines"_s, u"login:none"_s);
        row("pop3 huge CAPA list", Pop3, StartTls,
            u"S: +OK hi\nC: CAPA\nS~ +OK\\r\\n"_s + u"X-CAP\\r\\n"_s.repeated(300) + u".\\r\\n\nSILENT"_s,
            ProbeOutcome::ServerError, u"too many lines"_s, u"login:none"_s);
        row("imap slow-loris greeting", Imap, StartTls, u"DRIP 300 * OK [CAPABILITY IMAP4rev1 STARTTLS] slowly"_s,
            ProbeOutcome::Timeout, u"no greeting within"_s, u"login:none"_s);
        row("pop3 slow-loris greeting after TLS", Pop3, Tls, u"TLS\nDRIP 300 +OK slowly"_s, ProbeOutcome::Timeout,
            u"no greeting within"_s, u"login:none"_s);
        row("smtp slow-loris EHLO reply after TLS", Smtp, StartTls,
            kSmtpGoAhead + u"TLS\nC: EHLO *\nDRIP 300 250 mail.example.test slowly"_s, ProbeOutcome::Timeout,
            u"did not answer within"_s, u"login:none"_s);
        row("imap binary garbage before TLS", Imap, StartTls, kGarbage, ProbeOutcome::WrongProtocol, u"not IMAP"_s,
            u"login:none"_s);
        row("smtp binary garbage before TLS", Smtp, StartTls, kGarbage, ProbeOutcome::WrongProtocol, u"not SMTP"_s,
            u"login:none"_s);
        row("pop3 binary garbage after TLS", Pop3, StartTls,
            kPop3GoAhead + u"TLS\nC: CAPA\n"_s + kGarbage, ProbeOutcome::WrongProtocol, u"does not follow"_s,
            u"login:none"_s);

        // ---- The server hangs up at every phase ----
        row("imap close before greeting", Imap, StartTls, u"CLOSE"_s, ProbeOutcome::WrongProtocol,
            u"without a greeting"_s, u"login:none"_s);
        row("imap close after greeting", Imap, StartTls, u"S: * OK ready\nCLOSE"_s, ProbeOutcome::ServerError,
            u"closed"_s, u"login:none"_s);
        row("imap close after capabilities", Imap, StartTls, kImapGreeting + u"CLOSE"_s, ProbeOutcome::ServerError,
            u"closed"_s, u"login:none"_s);
        row("imap close after STARTTLS go-ahead", Imap, StartTls, kImapGoAhead + u"CLOSE"_s,
            ProbeOutcome::TlsHandshakeFailed, u"handshake"_s, u"login:none;!secure"_s);
        row("imap close mid-TLS-handshake", Imap, StartTls, kImapGoAhead + u"WAIT 200\n"_s + kPartialServerHello + u"CLOSE"_s,
            ProbeOutcome::TlsHandshakeFailed, u"handshake"_s, u"login:none;!secure"_s);
        row("imap close after TLS before capabilities", Imap, StartTls, kImapGoAhead + u"TLS\nCLOSE"_s,
            ProbeOutcome::ServerError, u"closed"_s, u"login:none"_s);
        row("imap close mid-login", Imap, StartTls,
            kImapGoAhead + u"TLS\n"_s + kImapCapsAfterTls + u"C: a3 AUTHENTICATE PLAIN *\nCLOSE"_s,
            ProbeOutcome::ServerError, u"closed"_s, u"login:sent"_s);
        row("smtp close before greeting", Smtp, StartTls, u"CLOSE"_s, ProbeOutcome::WrongProtocol,
            u"without a greeting"_s, u"login:none"_s);
        row("smtp close after greeting", Smtp, StartTls, u"S: 220 mail.example.test ESMTP\nCLOSE"_s,
            ProbeOutcome::ServerError, u"closed"_s, u"login:none"_s);
        row("smtp close after capabilities", Smtp, StartTls, kSmtpEhlo + u"CLOSE"_s, ProbeOutcome::ServerError,
            u"closed"_s, u"login:none"_s);
        row("smtp close after STARTTLS go-ahead", Smtp, StartTls, kSmtpGoAhead + u"CLOSE"_s,
            ProbeOutcome::TlsHandshakeFailed, u"handshake"_s, u"login:none;!secure"_s);
        row("smtp close mid-TLS-handshake", Smtp, StartTls, kSmtpGoAhead + u"WAIT 200\n"_s + kPartialServerHello + u"CLOSE"_s,
            ProbeOutcome::TlsHandshakeFailed, u"handshake"_s, u"login:none;!secure"_s);
        row("smtp close after TLS before capabilities", Smtp, StartTls, kSmtpGoAhead + u"TLS\nCLOSE"_s,
            ProbeOutcome::ServerError, u"closed"_s, u"login:none"_s);
        row("smtp close mid-login", Smtp, StartTls,
            kSmtpGoAhead + u"TLS\n"_s + kSmtpCapsAfterTls + u"C: AUTH PLAIN *\nCLOSE"_s, ProbeOutcome::ServerError,
            u"closed"_s, u"login:sent"_s);
        row("pop3 close before greeting", Pop3, StartTls, u"CLOSE"_s, ProbeOutcome::WrongProtocol,
            u"without a greeting"_s, u"login:none"_s);
        row("pop3 close after greeting", Pop3, StartTls, u"S: +OK Dovecot ready.\nCLOSE"_s, ProbeOutcome::ServerError,
            u"closed"_s, u"login:none"_s);
        row("pop3 close after capabilities", Pop3, StartTls, kPop3Capa + u"CLOSE"_s, ProbeOutcome::ServerError,
            u"closed"_s, u"login:none"_s);
        row("pop3 close after STLS go-ahead", Pop3, StartTls, kPop3GoAhead + u"CLOSE"_s,
            ProbeOutcome::TlsHandshakeFailed, u"handshake"_s, u"login:none;!secure"_s);
        row("pop3 close mid-TLS-handshake", Pop3, StartTls, kPop3GoAhead + u"WAIT 200\n"_s + kPartialServerHello + u"CLOSE"_s,
            ProbeOutcome::TlsHandshakeFailed, u"handshake"_s, u"login:none;!secure"_s);
        row("pop3 close after TLS before capabilities", Pop3, StartTls, kPop3GoAhead + u"TLS\nCLOSE"_s,
            ProbeOutcome::ServerError, u"closed"_s, u"login:none"_s);
        row("pop3 close mid-login", Pop3, StartTls,
            kPop3GoAhead + u"TLS\n"_s + kPop3CapsAfterTls + u"C: AUTH PLAIN *\nCLOSE"_s, ProbeOutcome::ServerError,
            u"closed"_s, u"login:sent"_s);

        // ---- Wrong layer on the port: TLS where plaintext is expected and the reverse ----
        row("imap TLS on a plaintext port", Imap, Plain, u"TLS\nS: * OK hi\nSILENT"_s, ProbeOutcome::Timeout,
            u"implicit TLS"_s, u"login:none"_s);
        row("smtp TLS on a STARTTLS port", Smtp, StartTls, u"TLS\nS: 220 hi\nSILENT"_s, ProbeOutcome::Timeout,
            u"implicit TLS"_s, u"login:none"_s);
        row("pop3 TLS on a STARTTLS port", Pop3, StartTls, u"TLS\nS: +OK hi\nSILENT"_s, ProbeOutcome::Timeout,
            u"implicit TLS"_s, u"login:none"_s);
        row("smtp plaintext on the TLS port", Smtp, Tls, u"S: 220 mail.example.test ESMTP\nSILENT"_s,
            ProbeOutcome::TlsHandshakeFailed, u"STARTTLS"_s, u"login:none;!secure"_s);
        row("pop3 plaintext on the TLS port", Pop3, Tls, u"S: +OK Dovecot ready.\nSILENT"_s,
            ProbeOutcome::TlsHandshakeFailed, u"STARTTLS"_s, u"login:none;!secure"_s);

        // ---- Not a mail server at all ----
        row("imap port answered by HTTP", Imap, StartTls, kHttp, ProbeOutcome::WrongProtocol, u"HTTP"_s, u"login:none"_s);
        row("imap port answered by SSH", Imap, StartTls, kSsh, ProbeOutcome::WrongProtocol, u"SSH"_s, u"login:none"_s);
        row("smtp port answered by HTTP", Smtp, StartTls, kHttp, ProbeOutcome::WrongProtocol, u"HTTP"_s, u"login:none"_s);
        row("smtp port answered by SSH", Smtp, StartTls, kSsh, ProbeOutcome::WrongProtocol, u"SSH"_s, u"login:none"_s);
        row("pop3 port answered by HTTP", Pop3, StartTls, kHttp, ProbeOutcome::WrongProtocol, u"HTTP"_s, u"login:none"_s);
        row("pop3 port answered by SSH", Pop3, StartTls, kSsh, ProbeOutcome::WrongProtocol, u"SSH"_s, u"login:none"_s);
        row("imap TLS port answered by HTTP inside TLS", Imap, Tls, u"TLS\n"_s + kHttp, ProbeOutcome::WrongProtocol,
            u"HTTP"_s, u"login:none"_s);

        // ---- Accepts and never speaks ----
        row("imap accepts and never speaks", Imap, StartTls, u"SILENT"_s, ProbeOutcome::Timeout, u"no greeting"_s,
            u"login:none"_s);
        row("smtp accepts and never speaks", Smtp, Plain, u"SILENT"_s, ProbeOutcome::Timeout, u"no greeting"_s,
            u"login:none"_s);
        row("pop3 accepts and never speaks", Pop3, StartTls, u"SILENT"_s, ProbeOutcome::Timeout, u"no greeting"_s,
            u"login:none"_s);
        row("pop3 completes TLS and never speaks", Pop3, Tls, u"TLS\nSILENT"_s, ProbeOutcome::Timeout,
            u"no greeting"_s, u"login:none"_s);

        // ---- Certificates: wildcards in the wrong place, and failures after STARTTLS ----
        const QString nameMismatch = u"nothing-after-tls;login:none;!secure;tls-error:name-mismatch"_s;
        row("imap tls, *.example.test for mail.sub.example.test", Imap, Tls, kImapTls,
            ProbeOutcome::CertificateNameMismatch, u"host name"_s, nameMismatch, u"wildcard-label"_s);
        row("smtp starttls, *.example.test for mail.sub.example.test", Smtp, StartTls, kSmtpStartTls,
            ProbeOutcome::CertificateNameMismatch, u"host name"_s, nameMismatch, u"wildcard-label"_s);
        row("pop3 tls, *.example.test for mail.sub.example.test", Pop3, Tls, kPop3Tls,
            ProbeOutcome::CertificateNameMismatch, u"host name"_s, nameMismatch, u"wildcard-label"_s);
        row("imap starttls, mail.*.test", Imap, StartTls, kImapStartTls, ProbeOutcome::CertificateNameMismatch,
            u"host name"_s, nameMismatch, u"wildcard-middle"_s);
        row("smtp tls, mail.*.test", Smtp, Tls, kSmtpTls, ProbeOutcome::CertificateNameMismatch, u"host name"_s,
            nameMismatch, u"wildcard-middle"_s);
        row("pop3 starttls, mail.*.test", Pop3, StartTls, kPop3StartTls, ProbeOutcome::CertificateNameMismatch,
            u"host name"_s, nameMismatch, u"wildcard-middle"_s);
        row("smtp tls, *.example.test for mail.example.test is fine", Smtp, Tls, kSmtpTls, ProbeOutcome::AuthFailed,
            u"535"_s, u"secure;login:sent"_s, u"wildcard-ok"_s);
        row("smtp starttls, self-signed", Smtp, StartTls, kSmtpStartTls, ProbeOutcome::CertificateUntrusted,
            u"self-signed"_s, u"nothing-after-tls;login:none;!secure;tls-error:self-signed"_s, u"selfsigned"_s);
        row("pop3 starttls, expired", Pop3, StartTls, kPop3StartTls, ProbeOutcome::CertificateExpired, u"expired"_s,
            u"nothing-after-tls;login:none;!secure;tls-error:expired"_s, u"expired"_s);
        row("smtp starttls, not yet valid", Smtp, StartTls, kSmtpStartTls, ProbeOutcome::CertificateUntrusted,
            u"not yet valid"_s, u"nothing-after-tls;login:none;!secure;tls-error:not-yet-valid"_s, u"notyetvalid"_s);
        row("imap starttls, wrong name", Imap, StartTls, kImapStartTls, ProbeOutcome::CertificateNameMismatch,
            u"host name"_s, nameMismatch, u"wrongname"_s);
        row("pop3 starttls, TLS 1.0 only", Pop3, StartTls, kPop3StartTls, ProbeOutcome::TlsHandshakeFailed,
            u"RFC 8996"_s, u"nothing-after-tls;login:none;!secure"_s, u"tls10"_s);
        row("smtp starttls, TLS 1.0 only", Smtp, StartTls, kSmtpStartTls, ProbeOutcome::TlsHandshakeFailed,
            u"RFC 8996"_s, u"nothing-after-tls;login:none;!secure"_s, u"tls10"_s);
    }

    void matrix()
    {
        QFETCH(Protocol, protocol);
        QFETCH(Security, security);
        QFETCH(QString, server);
        QFETCH(QString, script);
        QFETCH(ProbeOutcome, outcome);
        QFETCH(QString, told);
        QFETCH(QString, checks);
        QVERIFY2(!told.isEmpty(), "every row says what the user is told");
        QVERIFY(m_certificates.contains(server));

        ScriptedServer scripted;
        QVERIFY(scripted.setScript(script));
        scripted.setCertificate(m_certificates.value(server));
        if (server == u"tls10"_s) {
            QT_WARNING_PUSH
            QT_WARNING_DISABLE_DEPRECATED
            scripted.setProtocol(QSsl::TlsV1_0);
            QT_WARNING_POP
        }
        QVERIFY(scripted.start());

        ProbeOptions options = m_harness->options();
        // Rows that must time out do so quickly; the others get room for a loaded (sanitizer) machine.
        if (outcome == ProbeOutcome::Timeout)
            options.readTimeoutMs = 1200;
        options.credentials = Credentials { canaryUser(), canaryPassword() };
        Endpoint endpoint = ProbeHarness::endpoint(protocol, security, scripted.serverPort());
        if (server == u"wildcard-label"_s) {
            endpoint.host = QString::fromUtf16(kSubHost);
            QVERIFY(options.overrides.addResolve(QString(endpoint.host + u":*:127.0.0.1"_s)).isEmpty());
        }
        const ProbeResult result = ProbeHarness::run(endpoint, options);

        const QString context = u"\ngot %1 (%2)\nwarnings: %3\nlogin: %4\n%5"_s.arg(
            outcomeCode(result.outcome), result.detail, result.warnings.join(u" | "_s), result.login.message,
            result.transcript.toText());
        QVERIFY2(result.outcome == outcome, qPrintable(u"want "_s + outcomeCode(outcome) + context));
        const QString toldUser = result.detail + u'\n' + result.warnings.join(u'\n') + u'\n' + result.login.message;
        QVERIFY2(toldUser.contains(told, Qt::CaseInsensitive), qPrintable(u"want told \""_s + told + u'"' + context));
        // The client said exactly what the script expected, in order: nothing extra, least of all a login.
        QVERIFY2(scripted.mismatches().isEmpty(), qPrintable(scripted.mismatches().join(u'\n') + context));

        const Capabilities& caps = result.effectiveCapabilities();
        for (const QString& check : checks.split(u';', Qt::SkipEmptyParts)) {
            const bool negated = check.startsWith(u'!');
            const QString kind = check.mid(negated ? 1 : 0).section(u':', 0, 0);
            const QString value = check.section(u':', 1);
            bool holds = false;
            if (kind == u"warning"_s)
                holds = result.warnings.join(u'\n').contains(value, Qt::CaseInsensitive);
            else if (kind == u"mech"_s)
                holds = caps.authMechanisms.contains(value);
            else if (kind == u"token"_s)
                holds = caps.tokens.contains(value);
            else if (kind == u"login"_s)
                holds = value == u"none"_s ? !result.login.attempted : result.login.attempted;
            else if (kind == u"secure"_s)
                holds = result.isSecure();
            else if (kind == u"tls-error"_s)
                holds = result.tls.errors.contains(value);
            else if (kind == u"nothing-after-tls"_s)
                holds = scripted.receivedAfterTls().isEmpty() && !result.tls.established;
            else if (kind == u"connections"_s)
                holds = scripted.connectionCount() == value.toInt();
            else
                QFAIL(qPrintable(u"unknown check "_s + check));
            QVERIFY2(holds != negated, qPrintable(check + u"\ncaps: "_s + caps.tokens.join(u' ') + u"\nmechs: "_s
                                                  + caps.authMechanisms.join(u' ') + u"\ntls errors: "_s
                                                  + result.tls.errors.join(u' ') + context));
        }

        // The canary: never on the wire before verified TLS, never in anything the probe produces.
        QVERIFY2(!ProbeHarness::containsCanary(scripted.receivedBeforeTls()), "the password travelled before TLS");
        if (ProbeHarness::containsCanary(scripted.receivedAfterTls()))
            QVERIFY2(result.tls.established && result.tls.trusted && result.tls.nameMatches,
                     "the password travelled over TLS that was not verified");
        const QString shown = ProbeHarness::everythingShown(result);
        QVERIFY(!shown.contains(canaryPassword()));
        QVERIFY(!ProbeHarness::containsCanary(shown.toUtf8()));
        QVERIFY(result.timings.total >= 0);
    }
};

QTEST_GUILESS_MAIN(TestHostileServers)
#include "TestHostileServers.moc"
