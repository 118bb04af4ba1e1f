// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomeStyle.h"

#include "model/ProbeResult.h"

namespace mailscout {

using namespace Qt::StringLiterals;

OutcomeStyle::Kind OutcomeStyle::kindOf(const ProbeResult& result)
{
    if (result.isSecure()) {
        if (result.tls.acceptedByUser)
            return Kind::Accepted;
        return result.endpoint.security == Security::StartTls ? Kind::StartTls : Kind::Secure;
    }
    switch (result.outcome) {
    case ProbeOutcome::Ok:
    case ProbeOutcome::AuthOk:
    case ProbeOutcome::AuthFailed:
    case ProbeOutcome::StartTlsUnavailable:
        return Kind::Insecure;
    case ProbeOutcome::CertificateExpired:
    case ProbeOutcome::CertificateNameMismatch:
    case ProbeOutcome::CertificateUntrusted:
        return Kind::Certificate;
    case ProbeOutcome::Refused:
        return Kind::Refused;
    case ProbeOutcome::Timeout:
        return result.provisional ? Kind::LikelyFiltered : Kind::Filtered;
    case ProbeOutcome::Unreachable:
        return Kind::Filtered;
    case ProbeOutcome::Cancelled:
        return Kind::Cancelled;
    default:
        return Kind::Error;
    }
}

QString OutcomeStyle::word(Kind kind)
{
    switch (kind) {
    case Kind::NotChecked:
        return tr("not checked");
    case Kind::Queued:
        return tr("queued");
    case Kind::Running:
        return tr("checking…");
    case Kind::Secure:
        return tr("secure");
    case Kind::Accepted:
        return tr("accepted");
    case Kind::StartTls:
        return tr("STARTTLS");
    case Kind::Insecure:
        return tr("insecure");
    case Kind::Certificate:
        return tr("certificate");
    case Kind::Refused:
        return tr("refused");
    case Kind::LikelyFiltered:
        return tr("filtered?");
    case Kind::Filtered:
        return tr("filtered");
    case Kind::Error:
        return tr("error");
    case Kind::Cancelled:
        return tr("cancelled");
    }
    return {};
}

QString OutcomeStyle::description(Kind kind)
{
    switch (kind) {
    case Kind::NotChecked:
        return tr("No source named this port, so it was not checked.");
    case Kind::Queued:
        return tr("Waiting to be checked.");
    case Kind::Running:
        return tr("Being checked now.");
    case Kind::Secure:
        return tr("Works, encrypted from the first byte with a trusted certificate.");
    case Kind::Accepted:
        return tr("Works, encrypted, with a certificate you accepted for this server.");
    case Kind::StartTls:
        return tr("Works, encrypted after STARTTLS with a trusted certificate.");
    case Kind::Insecure:
        return tr("Answers, but not safely: no encryption or a deprecated protocol.");
    case Kind::Certificate:
        return tr("Answers, but its certificate cannot be trusted.");
    case Kind::Refused:
        return tr("Nothing listens here, or a firewall rejects the connection.");
    case Kind::LikelyFiltered:
        return tr("No answer yet, long after the server answered on other ports: most likely a firewall. Mailscout keeps waiting in the background.");
    case Kind::Filtered:
        return tr("No answer at all: usually a firewall that drops the connection.");
    case Kind::Error:
        return tr("Something answered, but not as a mail server should.");
    case Kind::Cancelled:
        return tr("The check was stopped before it finished.");
    }
    return {};
}

QIcon OutcomeStyle::namedIcon(const QString& name)
{
    return QIcon(u":/icons/"_s + name + u".svg"_s);
}

QIcon OutcomeStyle::icon(Kind kind)
{
    switch (kind) {
    case Kind::NotChecked:
        return {};
    case Kind::Queued:
        return namedIcon(u"queued"_s);
    case Kind::Running:
        return namedIcon(u"pending"_s);
    case Kind::Secure:
        return namedIcon(u"secure"_s);
    case Kind::Accepted:
        return namedIcon(u"accepted"_s);
    case Kind::StartTls:
        return namedIcon(u"starttls"_s);
    case Kind::Insecure:
        return namedIcon(u"insecure"_s);
    case Kind::Certificate:
        return namedIcon(u"certificate"_s);
    case Kind::Refused:
        return namedIcon(u"refused"_s);
    case Kind::LikelyFiltered:
    case Kind::Filtered:
        return namedIcon(u"filtered"_s);
    case Kind::Error:
        return namedIcon(u"error"_s);
    case Kind::Cancelled:
        return namedIcon(u"cancelled"_s);
    }
    return {};
}

QColor OutcomeStyle::tint(Kind kind)
{
    constexpr int alpha = 60;
    switch (kind) {
    case Kind::Secure:
        return QColor(46, 125, 50, alpha);
    case Kind::StartTls:
        return QColor(124, 179, 66, alpha);
    case Kind::Accepted:
        return QColor(249, 168, 37, alpha);
    case Kind::Insecure:
        return QColor(239, 108, 0, alpha);
    case Kind::Certificate:
    case Kind::Error:
        return QColor(198, 40, 40, alpha);
    case Kind::Refused:
    case Kind::LikelyFiltered:
    case Kind::Filtered:
        return QColor(117, 117, 117, alpha);
    default:
        return {};
    }
}

} // namespace mailscout
