// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProbeOutcome.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace mailscout {

namespace {

constexpr std::array<std::pair<ProbeOutcome, const char16_t*>, 16> kCodes { {
    { ProbeOutcome::Ok, u"ok" },
    { ProbeOutcome::AuthOk, u"auth-ok" },
    { ProbeOutcome::AuthFailed, u"auth-failed" },
    { ProbeOutcome::Refused, u"refused" },
    { ProbeOutcome::Timeout, u"timeout" },
    { ProbeOutcome::Unreachable, u"unreachable" },
    { ProbeOutcome::DnsFailure, u"dns-failure" },
    { ProbeOutcome::TlsHandshakeFailed, u"tls-handshake-failed" },
    { ProbeOutcome::CertificateUntrusted, u"certificate-untrusted" },
    { ProbeOutcome::CertificateNameMismatch, u"certificate-name-mismatch" },
    { ProbeOutcome::CertificateExpired, u"certificate-expired" },
    { ProbeOutcome::StartTlsUnavailable, u"starttls-unavailable" },
    { ProbeOutcome::StartTlsInjection, u"starttls-injection" },
    { ProbeOutcome::WrongProtocol, u"wrong-protocol" },
    { ProbeOutcome::ServerError, u"server-error" },
    { ProbeOutcome::Cancelled, u"cancelled" },
} };

} // namespace

QString outcomeCode(ProbeOutcome outcome)
{
    for (const auto& [value, code] : kCodes) {
        if (value == outcome)
            return QString::fromUtf16(code);
    }
    return {};
}

std::optional<ProbeOutcome> outcomeFromCode(QStringView code)
{
    for (const auto& [value, text] : kCodes) {
        if (code == QStringView(text))
            return value;
    }
    return std::nullopt;
}

QString outcomeDescription(ProbeOutcome outcome)
{
    const char* text = "";
    switch (outcome) {
    case ProbeOutcome::Ok:
        text = QT_TRANSLATE_NOOP("ProbeOutcome", "The server answered and works.");
        break;
    case ProbeOutcome::AuthOk:
        text = QT_TRANSLATE_NOOP("ProbeOutcome", "The server works and accepted the login.");
        break;
    case ProbeOutcome::AuthFailed:
        text = QT_TRANSLATE_NOOP("ProbeOutcome", "The server works but refused the login.");
        break;
    case ProbeOutcome::Refused:
        text = QT_TRANSLATE_NOOP("ProbeOutcome", "The connection was refused: nothing listens on this port.");
        break;
    case ProbeOutcome::Timeout:
        text = QT_TRANSLATE_NOOP("ProbeOutcome",
                                 "No answer in time: the port is probably blocked by a firewall or the ISP.");
        break;
    case ProbeOutcome::Unreachable:
        text = QT_TRANSLATE_NOOP("ProbeOutcome", "The network or host is unreachable from here.");
        break;
    case ProbeOutcome::DnsFailure:
        text = QT_TRANSLATE_NOOP("ProbeOutcome", "The server name could not be found in DNS.");
        break;
    case ProbeOutcome::TlsHandshakeFailed:
        text = QT_TRANSLATE_NOOP("ProbeOutcome", "The encrypted connection could not be set up.");
        break;
    case ProbeOutcome::CertificateUntrusted:
        text = QT_TRANSLATE_NOOP("ProbeOutcome", "The server's certificate is not trusted.");
        break;
    case ProbeOutcome::CertificateNameMismatch:
        text = QT_TRANSLATE_NOOP("ProbeOutcome", "The server's certificate is for another name.");
        break;
    case ProbeOutcome::CertificateExpired:
        text = QT_TRANSLATE_NOOP("ProbeOutcome", "The server's certificate has expired.");
        break;
    case ProbeOutcome::StartTlsUnavailable:
        text = QT_TRANSLATE_NOOP("ProbeOutcome", "The server does not offer STARTTLS: the connection stays unencrypted.");
        break;
    case ProbeOutcome::StartTlsInjection:
        text = QT_TRANSLATE_NOOP("ProbeOutcome",
                                 "Data was injected before encryption started: someone may be tampering with the connection.");
        break;
    case ProbeOutcome::WrongProtocol:
        text = QT_TRANSLATE_NOOP("ProbeOutcome", "Something else answers on this port, not the expected mail protocol.");
        break;
    case ProbeOutcome::ServerError:
        text = QT_TRANSLATE_NOOP("ProbeOutcome", "The server answered with an error.");
        break;
    case ProbeOutcome::Cancelled:
        text = QT_TRANSLATE_NOOP("ProbeOutcome", "The check was cancelled.");
        break;
    }
    return QCoreApplication::translate("ProbeOutcome", text);
}

} // namespace mailscout
