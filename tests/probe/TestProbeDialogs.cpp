// SPDX-License-Identifier: GPL-3.0-or-later
// Every protocol quirk a probe must handle, as scripted-server scenarios: exact dialogue, expected outcome.
#include "Canary.h"
#include "ProbeHarness.h"
#include "ScriptedServer.h"

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

// Dovecot's real pre- and post-TLS IMAP dialogue (TESTING.md), the base of many rows.
const QString kImapStartTls = uR"(S: * OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS LOGINDISABLED] Dovecot ready.
C: a1 STARTTLS
S: a1 OK Begin TLS negotiation now.
TLS
C: a2 CAPABILITY
S: * CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ AUTH=PLAIN AUTH=LOGIN
S: a2 OK Pre-login capabilities listed, post-login capabilities have more.
)"_s;

const QString kPostfixEhlo = uR"(S~ 250-mail.example.test\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250-VRFY\r\n250-ETRN\r\n250-STARTTLS\r\n250-ENHANCEDSTATUSCODES\r\n250-8BITMIME\r\n250-DSN\r\n250-SMTPUTF8\r\n250 CHUNKING\r\n
)"_s;
const QString kPostfixEhloAfterTls = uR"(S~ 250-mail.example.test\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250-AUTH PLAIN LOGIN\r\n250-ENHANCEDSTATUSCODES\r\n250 8BITMIME\r\n
)"_s;

} // namespace

class TestProbeDialogs : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ProbeHarness> m_harness;

private Q_SLOTS:
    void initTestCase()
    {
        m_harness = std::make_unique<ProbeHarness>();
        QVERIFY2(m_harness->isValid(), qPrintable(m_harness->pki().errorString()));
    }

    void scenario_data()
    {
        QTest::addColumn<Protocol>("protocol");
        QTest::addColumn<Security>("security");
        QTest::addColumn<bool>("login"); // log in with the canary credentials
        QTest::addColumn<QString>("script");
        QTest::addColumn<ProbeOutcome>("outcome");
        QTest::addColumn<QString>("expect"); // "token:X", "!token:X", "mech:X", "detail:X", "warning:X", "!warning:X", "secure", "!secure", "login:none"; ';'-separated

        // ---- IMAP ----
        QTest::addRow("imap tls, capabilities in greeting")
            << Imap << Tls << false
            << u"TLS\nS: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\nC: a1 LOGOUT\nS: * BYE\nS: a1 OK"_s
            << ProbeOutcome::Ok << u"token:IMAP4REV1;mech:PLAIN;secure"_s;
        QTest::addRow("imap tls, CAPABILITY command")
            << Imap << Tls << false
            << u"TLS\nS: * OK ready\nC: a1 CAPABILITY\nS: * CAPABILITY IMAP4rev2 AUTH=PLAIN AUTH=SCRAM-SHA-256\nS: a1 OK done\nC: a2 LOGOUT"_s
            << ProbeOutcome::Ok << u"token:IMAP4REV2;mech:SCRAM-SHA-256;secure"_s;
        QTest::addRow("imap tls, capabilities in tagged OK code")
            << Imap << Tls << false
            << u"TLS\nS: * OK ready\nC: a1 CAPABILITY\nS: a1 OK [CAPABILITY IMAP4rev1 AUTH=XOAUTH2] done\nC: a2 LOGOUT"_s
            << ProbeOutcome::Ok << u"mech:XOAUTH2"_s;
        QTest::addRow("imap starttls, Dovecot dialogue")
            << Imap << StartTls << false << kImapStartTls + u"C: a3 LOGOUT"_s
            << ProbeOutcome::Ok << u"token:AUTH=PLAIN;!token:LOGINDISABLED;!token:STARTTLS;mech:PLAIN;secure"_s;
        QTest::addRow("imap LOGINDISABLED is not LOGIN")
            << Imap << Tls << false
            << u"TLS\nS: * OK [CAPABILITY IMAP4rev1 LOGINDISABLED] ready\nC: a1 LOGOUT"_s
            << ProbeOutcome::Ok << u"token:LOGINDISABLED;!token:LOGIN"_s;
        QTest::addRow("imap starttls injection, same segment")
            << Imap << StartTls << false
            << u"S: * OK [CAPABILITY IMAP4rev1 STARTTLS] hi\nC: a1 STARTTLS\nS~ a1 OK Begin TLS\\r\\n* CAPABILITY IMAP4rev1 AUTH=PLAIN\\r\\n\nSILENT"_s
            << ProbeOutcome::StartTlsInjection << u"!secure"_s;
        QTest::addRow("imap starttls injection, later segment")
            << Imap << StartTls << false
            << u"S: * OK [CAPABILITY IMAP4rev1 STARTTLS] hi\nC: a1 STARTTLS\nS: a1 OK Begin TLS\nWAIT 100\nS: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] injected\nSILENT"_s
            << ProbeOutcome::StartTlsInjection << u"!secure"_s;
        QTest::addRow("imap starttls stripped")
            << Imap << StartTls << true
            << u"S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] hi\nSILENT"_s
            << ProbeOutcome::StartTlsUnavailable << u"!secure;login:none"_s;
        QTest::addRow("imap starttls refused NO")
            << Imap << StartTls << false
            << u"S: * OK [CAPABILITY IMAP4rev1 STARTTLS] hi\nC: a1 STARTTLS\nS: a1 NO TLS not available"_s
            << ProbeOutcome::StartTlsUnavailable << u"detail:TLS not available"_s;
        QTest::addRow("imap starttls refused BAD")
            << Imap << StartTls << false
            << u"S: * OK [CAPABILITY IMAP4rev1 STARTTLS] hi\nC: a1 STARTTLS\nS: a1 BAD unknown command"_s
            << ProbeOutcome::StartTlsUnavailable << QString();
        QTest::addRow("imap PREAUTH before TLS (CVE-2020-12398)")
            << Imap << StartTls << true
            << u"S: * PREAUTH [CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN] logged in already\nSILENT"_s
            << ProbeOutcome::StartTlsUnavailable << u"detail:PREAUTH;login:none"_s;
        QTest::addRow("imap PREAUTH over implicit TLS: no login")
            << Imap << Tls << true
            << u"TLS\nS: * PREAUTH [CAPABILITY IMAP4rev1] hi\nC: a1 LOGOUT"_s
            << ProbeOutcome::Ok << u"warning:PREAUTH;login:none"_s;
        QTest::addRow("imap BYE greeting")
            << Imap << Tls << false << u"TLS\nS: * BYE too many connections"_s
            << ProbeOutcome::ServerError << u"detail:too many connections"_s;
        QTest::addRow("imap ALERT before TLS is not shown")
            << Imap << StartTls << false
            << u"S: * OK [ALERT] Click http://evil.example to log in\nC: a1 CAPABILITY\nS: * CAPABILITY IMAP4rev1 STARTTLS\nS: a1 OK\nC: a2 STARTTLS\nS: a2 OK go\nTLS\nC: a3 CAPABILITY\nS: * CAPABILITY IMAP4rev1 AUTH=PLAIN\nS: a3 OK\nC: a4 LOGOUT"_s
            << ProbeOutcome::Ok << u"!warning:evil"_s;
        QTest::addRow("imap ALERT after TLS is shown")
            << Imap << Tls << false
            << u"TLS\nS: * OK ready\nC: a1 CAPABILITY\nS: * CAPABILITY IMAP4rev1\nS: a1 OK [ALERT] Password expires soon\nC: a2 LOGOUT"_s
            << ProbeOutcome::Ok << u"warning:Password expires soon"_s;
        QTest::addRow("imap capabilities change after TLS: only the new ones count")
            << Imap << StartTls << false
            << u"S: * OK [CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN AUTH=LOGIN] hi\nC: a1 STARTTLS\nS: a1 OK [CAPABILITY IMAP4rev1 AUTH=ANONYMOUS] go\nTLS\nC: a2 CAPABILITY\nS: * CAPABILITY IMAP4rev1 AUTH=SCRAM-SHA-256\nS: a2 OK\nC: a3 LOGOUT"_s
            << ProbeOutcome::Ok << u"mech:SCRAM-SHA-256;!mech:PLAIN;!mech:ANONYMOUS"_s;
        QTest::addRow("imap literal in a response")
            << Imap << Tls << false
            << u"TLS\nS: * OK ready\nC: a1 CAPABILITY\nS~ * CAPABILITY IMAP4rev1 {11}\\r\\nAUTH=PLAIN \\r\\n\nS: a1 OK\nC: a2 LOGOUT"_s
            << ProbeOutcome::Ok << u"mech:PLAIN"_s;
        QTest::addRow("imap answer with a foreign tag")
            << Imap << Tls << false << u"TLS\nS: * OK ready\nC: a1 CAPABILITY\nS: x9 OK done"_s
            << ProbeOutcome::WrongProtocol << QString();
        QTest::addRow("imap continuation nobody asked for")
            << Imap << Tls << false << u"TLS\nS: * OK ready\nC: a1 CAPABILITY\nS: + go on"_s
            << ProbeOutcome::WrongProtocol << QString();
        QTest::addRow("imap endless line")
            << Imap << Tls << false << u"TLS\nS~ * OK \nFLOOD 20000\nSILENT"_s
            << ProbeOutcome::ServerError << u"detail:longer"_s;
        QTest::addRow("imap binary garbage")
            << Imap << Tls << false << u"TLS\nS~ \\x00\\x01\\x02\\xff garbage\\r\\n\nSILENT"_s
            << ProbeOutcome::WrongProtocol << QString();
        QTest::addRow("imap port answered by SMTP")
            << Imap << Plain << false << u"S: 220 mail.example.test ESMTP Postfix\nSILENT"_s
            << ProbeOutcome::WrongProtocol << u"detail:SMTP"_s;
        QTest::addRow("imap port answered by SSH")
            << Imap << Plain << false << u"S: SSH-2.0-OpenSSH_9.2p1 Debian-2\nSILENT"_s
            << ProbeOutcome::WrongProtocol << u"detail:SSH"_s;
        QTest::addRow("imap plaintext works but is not secure")
            << Imap << Plain << false << u"S: * OK [CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN] hi\nC: a1 LOGOUT"_s
            << ProbeOutcome::Ok << u"!secure;warning:not encrypted"_s;
        QTest::addRow("imap login, SASL-IR")
            << Imap << Tls << true
            << u"TLS\nS: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN AUTH=LOGIN] hi\nC: a1 AUTHENTICATE PLAIN *\nS: a1 OK [CAPABILITY IMAP4rev1 IDLE] Logged in\nC: a2 LOGOUT"_s
            << ProbeOutcome::AuthOk << u"login:PLAIN;secure"_s;
        QTest::addRow("imap login, continuation")
            << Imap << Tls << true
            << u"TLS\nS: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] hi\nC: a1 AUTHENTICATE PLAIN\nS: + \nC: *\nS: a1 OK Logged in\nC: a2 LOGOUT"_s
            << ProbeOutcome::AuthOk << u"login:PLAIN"_s;
        QTest::addRow("imap login refused")
            << Imap << Tls << true
            << u"TLS\nS: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] hi\nC: a1 AUTHENTICATE PLAIN *\nS: a1 NO [AUTHENTICATIONFAILED] Authentication failed.\nC: a2 LOGOUT"_s
            << ProbeOutcome::AuthFailed << u"detail:AUTHENTICATIONFAILED"_s;
        QTest::addRow("imap LOGIN command without SASL")
            << Imap << Tls << true
            << u"TLS\nS: * OK [CAPABILITY IMAP4rev1] hi\nC: a1 LOGIN *\nS: a1 OK Logged in\nC: a2 LOGOUT"_s
            << ProbeOutcome::AuthOk << u"login:IMAP-LOGIN"_s;
        QTest::addRow("imap no password over plaintext")
            << Imap << Plain << true << u"S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] hi\nC: a1 LOGOUT"_s
            << ProbeOutcome::Ok << u"login:none;!secure"_s;
        QTest::addRow("imap closes after greeting")
            << Imap << Tls << false << u"TLS\nS: * OK ready\nC: a1 CAPABILITY\nCLOSE"_s
            << ProbeOutcome::ServerError << u"detail:closed"_s;

        // ---- SMTP ----
        QTest::addRow("smtp tls")
            << Smtp << Tls << false << u"TLS\nS: 220 mail.example.test ESMTP\nC: EHLO [127.0.0.1]\n"_s + kPostfixEhloAfterTls + u"C: QUIT"_s
            << ProbeOutcome::Ok << u"token:PIPELINING;token:SIZE;token:AUTH;mech:PLAIN;mech:LOGIN;secure"_s;
        QTest::addRow("smtp starttls, Postfix dialogue")
            << Smtp << StartTls << false
            << u"S: 220 mail.example.test ESMTP Postfix\nC: EHLO *\n"_s + kPostfixEhlo
                   + u"C: STARTTLS\nS: 220 2.0.0 Ready to start TLS\nTLS\nC: EHLO *\n"_s + kPostfixEhloAfterTls + u"C: QUIT"_s
            << ProbeOutcome::Ok << u"mech:PLAIN;!token:STARTTLS;token:8BITMIME;secure"_s;
        QTest::addRow("smtp multi-line greeting")
            << Smtp << Tls << false
            << u"TLS\nS~ 220-mail.example.test ESMTP\\r\\n220-No UCE\\r\\n220 Welcome\\r\\n\nC: EHLO *\nS: 250 mail.example.test\nC: QUIT"_s
            << ProbeOutcome::Ok << u"secure"_s;
        QTest::addRow("smtp old AUTH= form")
            << Smtp << Tls << false
            << u"TLS\nS: 220 hi\nC: EHLO *\nS~ 250-hi\\r\\n250-AUTH=LOGIN PLAIN\\r\\n250 HELP\\r\\n\nC: QUIT"_s
            << ProbeOutcome::Ok << u"mech:LOGIN;mech:PLAIN;token:AUTH"_s;
        QTest::addRow("smtp starttls injection, same segment")
            << Smtp << StartTls << false
            << u"S: 220 hi\nC: EHLO *\nS~ 250-hi\\r\\n250 STARTTLS\\r\\n\nC: STARTTLS\nS~ 220 Ready\\r\\n250-evil\\r\\n250 AUTH PLAIN\\r\\n\nSILENT"_s
            << ProbeOutcome::StartTlsInjection << QString();
        QTest::addRow("smtp starttls not advertised")
            << Smtp << StartTls << true << u"S: 220 hi\nC: EHLO *\nS~ 250-hi\\r\\n250 AUTH PLAIN\\r\\n\nSILENT"_s
            << ProbeOutcome::StartTlsUnavailable << u"login:none"_s;
        QTest::addRow("smtp starttls 454")
            << Smtp << StartTls << false
            << u"S: 220 hi\nC: EHLO *\nS~ 250-hi\\r\\n250 STARTTLS\\r\\n\nC: STARTTLS\nS: 454 4.7.0 TLS not available due to local problem"_s
            << ProbeOutcome::StartTlsUnavailable << u"detail:454"_s;
        QTest::addRow("smtp starttls 502")
            << Smtp << StartTls << false
            << u"S: 220 hi\nC: EHLO *\nS~ 250-hi\\r\\n250 STARTTLS\\r\\n\nC: STARTTLS\nS: 502 5.5.1 not implemented"_s
            << ProbeOutcome::StartTlsUnavailable << u"detail:502"_s;
        QTest::addRow("smtp 554 greeting")
            << Smtp << Tls << false << u"TLS\nS: 554 5.7.1 You are not welcome"_s
            << ProbeOutcome::ServerError << u"detail:not welcome"_s;
        QTest::addRow("smtp EHLO refused, HELO works")
            << Smtp << Plain << false << u"S: 220 hi\nC: EHLO *\nS: 500 5.5.1 unknown\nC: HELO *\nS: 250 hi\nC: QUIT"_s
            << ProbeOutcome::Ok << u"!secure"_s;
        QTest::addRow("smtp login PLAIN")
            << Smtp << Tls << true
            << u"TLS\nS: 220 hi\nC: EHLO *\nS~ 250-hi\\r\\n250 AUTH PLAIN LOGIN\\r\\n\nC: AUTH PLAIN *\nS: 235 2.7.0 Authentication successful\nC: QUIT"_s
            << ProbeOutcome::AuthOk << u"login:PLAIN;secure"_s;
        QTest::addRow("smtp login LOGIN")
            << Smtp << Tls << true
            << u"TLS\nS: 220 hi\nC: EHLO *\nS~ 250-hi\\r\\n250 AUTH LOGIN\\r\\n\nC: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: *\nS: 334 UGFzc3dvcmQ6\nC: *\nS: 235 ok\nC: QUIT"_s
            << ProbeOutcome::AuthOk << u"login:LOGIN"_s;
        QTest::addRow("smtp login refused")
            << Smtp << Tls << true
            << u"TLS\nS: 220 hi\nC: EHLO *\nS~ 250-hi\\r\\n250 AUTH PLAIN\\r\\n\nC: AUTH PLAIN *\nS: 535 5.7.8 Error: authentication failed\nC: QUIT"_s
            << ProbeOutcome::AuthFailed << u"detail:535"_s;
        QTest::addRow("smtp login: no AUTH offered")
            << Smtp << Tls << true << u"TLS\nS: 220 hi\nC: EHLO *\nS: 250 hi\nC: QUIT"_s
            << ProbeOutcome::Ok << u"login:none"_s;
        QTest::addRow("smtp HTTP banner")
            << Smtp << Plain << false << u"S: HTTP/1.1 400 Bad Request\nSILENT"_s
            << ProbeOutcome::WrongProtocol << u"detail:HTTP"_s;
        QTest::addRow("smtp huge multi-line reply")
            << Smtp << Tls << false << u"TLS\nS: 220 hi\nC: EHLO *\nS~ "_s + u"250-X\\r\\n"_s.repeated(300) + u"250 end\\r\\n\nSILENT"_s
            << ProbeOutcome::ServerError << u"detail:too many lines"_s;
        QTest::addRow("smtp reply codes change mid-reply")
            << Smtp << Tls << false << u"TLS\nS: 220 hi\nC: EHLO *\nS~ 250-hi\\r\\n251 odd\\r\\n\nSILENT"_s
            << ProbeOutcome::WrongProtocol << QString();

        // ---- POP3 ----
        QTest::addRow("pop3 tls")
            << Pop3 << Tls << false << u"TLS\nS: +OK Dovecot ready.\nC: CAPA\nS~ +OK\\r\\nTOP\\r\\nUIDL\\r\\nUSER\\r\\nSASL PLAIN LOGIN\\r\\n.\\r\\n\nC: QUIT"_s
            << ProbeOutcome::Ok << u"token:TOP;token:USER;mech:PLAIN;secure"_s;
        QTest::addRow("pop3 starttls, Dovecot dialogue")
            << Pop3 << StartTls << false
            << u"S: +OK Dovecot ready.\nC: CAPA\nS~ +OK\\r\\nTOP\\r\\nUIDL\\r\\nRESP-CODES\\r\\nPIPELINING\\r\\nAUTH-RESP-CODE\\r\\nSTLS\\r\\nSASL\\r\\n.\\r\\n\nC: STLS\nS: +OK Begin TLS negotiation now.\nTLS\nC: CAPA\nS~ +OK\\r\\nTOP\\r\\nUIDL\\r\\nUSER\\r\\nSASL PLAIN LOGIN\\r\\n.\\r\\n\nC: QUIT"_s
            << ProbeOutcome::Ok << u"mech:PLAIN;!token:STLS;token:USER;secure"_s;
        QTest::addRow("pop3 stls injection")
            << Pop3 << StartTls << false
            << u"S: +OK hi\nC: CAPA\nS~ +OK\\r\\nSTLS\\r\\n.\\r\\n\nC: STLS\nS~ +OK go\\r\\n+OK injected\\r\\n\nSILENT"_s
            << ProbeOutcome::StartTlsInjection << QString();
        QTest::addRow("pop3 stls refused")
            << Pop3 << StartTls << false << u"S: +OK hi\nC: CAPA\nS~ +OK\\r\\nSTLS\\r\\n.\\r\\n\nC: STLS\nS: -ERR not now"_s
            << ProbeOutcome::StartTlsUnavailable << u"detail:not now"_s;
        QTest::addRow("pop3 stls not advertised")
            << Pop3 << StartTls << true << u"S: +OK hi\nC: CAPA\nS~ +OK\\r\\nUSER\\r\\n.\\r\\n\nSILENT"_s
            << ProbeOutcome::StartTlsUnavailable << u"login:none"_s;
        QTest::addRow("pop3 -ERR greeting")
            << Pop3 << Tls << false << u"TLS\nS: -ERR go away"_s << ProbeOutcome::ServerError << u"detail:go away"_s;
        QTest::addRow("pop3 USER/PASS login")
            << Pop3 << Tls << true
            << u"TLS\nS: +OK hi\nC: CAPA\nS~ +OK\\r\\nUSER\\r\\n.\\r\\n\nC: USER alice@example.test\nS: +OK\nC: PASS *\nS: +OK Logged in.\nC: QUIT"_s
            << ProbeOutcome::AuthOk << u"login:USER"_s;
        QTest::addRow("pop3 AUTH PLAIN refused")
            << Pop3 << Tls << true
            << u"TLS\nS: +OK hi\nC: CAPA\nS~ +OK\\r\\nUSER\\r\\nSASL PLAIN\\r\\n.\\r\\n\nC: AUTH PLAIN *\nS: -ERR [AUTH] Authentication failed.\nC: QUIT"_s
            << ProbeOutcome::AuthFailed << u"detail:Authentication failed"_s;
        QTest::addRow("pop3 without CAPA falls back to USER")
            << Pop3 << Tls << true
            << u"TLS\nS: +OK hi\nC: CAPA\nS: -ERR unknown command\nC: USER alice@example.test\nS: +OK\nC: PASS *\nS: -ERR bad\nC: QUIT"_s
            << ProbeOutcome::AuthFailed << u"login:USER"_s;
        QTest::addRow("pop3 APOP timestamp")
            << Pop3 << Tls << false << u"TLS\nS: +OK POP3 ready <1896.697170952@dbc.mtview.ca.us>\nC: CAPA\nS~ +OK\\r\\nUSER\\r\\n.\\r\\n\nC: QUIT"_s
            << ProbeOutcome::Ok << u"token:APOP"_s;
        QTest::addRow("pop3 dot-stuffed CAPA body")
            << Pop3 << Tls << false << u"TLS\nS: +OK hi\nC: CAPA\nS~ +OK\\r\\n..ODD\\r\\nSASL PLAIN\\r\\n.\\r\\n\nC: QUIT"_s
            << ProbeOutcome::Ok << u"token:.ODD;mech:PLAIN"_s;
        QTest::addRow("pop3 port answered by IMAP")
            << Pop3 << Plain << false << u"S: * OK IMAP ready\nSILENT"_s
            << ProbeOutcome::WrongProtocol << u"detail:IMAP"_s;
    }

    void scenario()
    {
        QFETCH(Protocol, protocol);
        QFETCH(Security, security);
        QFETCH(bool, login);
        QFETCH(QString, script);
        QFETCH(ProbeOutcome, outcome);
        QFETCH(QString, expect);

        ScriptedServer server;
        QVERIFY(server.setScript(script));
        server.setCertificate(m_harness->goodCertificate());
        QVERIFY(server.start());
        ProbeOptions options = m_harness->options();
        if (login)
            options.credentials = Credentials { canaryUser(), canaryPassword() };
        const ProbeResult result = ProbeHarness::run(ProbeHarness::endpoint(protocol, security, server.serverPort()), options);

        QVERIFY2(result.outcome == outcome,
                 qPrintable(u"got %1 (%2), want %3\n%4"_s.arg(outcomeCode(result.outcome), result.detail,
                                                              outcomeCode(outcome), result.transcript.toText())));
        QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join(u'\n') + u'\n' + result.transcript.toText()));
        const Capabilities& caps = result.effectiveCapabilities();
        for (const QString& check : expect.split(u';', Qt::SkipEmptyParts)) {
            const bool negated = check.startsWith(u'!');
            const QString kind = check.mid(negated ? 1 : 0).section(u':', 0, 0);
            const QString value = check.section(u':', 1);
            bool holds = false;
            if (kind == u"token"_s)
                holds = caps.tokens.contains(value);
            else if (kind == u"mech"_s)
                holds = caps.authMechanisms.contains(value);
            else if (kind == u"detail"_s)
                holds = result.detail.contains(value, Qt::CaseInsensitive);
            else if (kind == u"warning"_s)
                holds = result.warnings.join(u'\n').contains(value, Qt::CaseInsensitive);
            else if (kind == u"secure"_s)
                holds = result.isSecure();
            else if (kind == u"login"_s)
                holds = value == u"none"_s ? !result.login.attempted : result.login.mechanism == value;
            else
                QFAIL(qPrintable(u"unknown check "_s + check));
            QVERIFY2(holds != negated, qPrintable(check + u"\ncaps: "_s + caps.tokens.join(u' ') + u"\nmechs: "_s
                                                  + caps.authMechanisms.join(u' ') + u"\ndetail: "_s + result.detail
                                                  + u"\nwarnings: "_s + result.warnings.join(u" | "_s)));
        }
        // The canary never travels before TLS and never shows up in anything the probe produces.
        QVERIFY(!ProbeHarness::containsCanary(server.receivedBeforeTls()));
        QVERIFY(!ProbeHarness::everythingShown(result).contains(canaryPassword()));
        QVERIFY(!ProbeHarness::containsCanary(ProbeHarness::everythingShown(result).toUtf8()));
        if (login && result.login.attempted && result.tls.established)
            QVERIFY2(ProbeHarness::containsCanary(server.receivedAfterTls()), "the login carried the password over TLS");
        if (result.isReachable())
            QVERIFY(result.timings.total >= 0 && result.timings.greeting >= 0);
    }
};

QTEST_GUILESS_MAIN(TestProbeDialogs)
#include "TestProbeDialogs.moc"
