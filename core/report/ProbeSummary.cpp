// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProbeSummary.h"

#include <QLocale>

namespace mailscout {

using namespace Qt::StringLiterals;

namespace {

QString row(const QString& label, const QString& value)
{
    return u"  "_s + QString(label + u':').leftJustified(15) + value + u'\n';
}

QString verdict(const ProbeResult& result)
{
    if (result.isSecure())
        return ProbeSummary::tr("works, secure");
    if (result.isReachable())
        return ProbeSummary::tr("works, NOT secure");
    return ProbeSummary::tr("does not work");
}

} // namespace

QString ProbeSummary::toText(const ProbeResult& result, bool withTranscript)
{
    const Endpoint& e = result.endpoint;
    QString text = tr("%1 %2 port %3 (%4): %5")
                       .arg(protocolName(e.protocol).toUpper(), e.host)
                       .arg(e.port)
                       .arg(securityName(e.security), verdict(result))
        + u'\n';
    text += row(tr("Outcome"), outcomeCode(result.outcome) + u" — "_s + outcomeDescription(result.outcome));
    if (!result.detail.isEmpty())
        text += row(tr("Detail"), result.detail);
    if (!result.connectedAddress.isEmpty())
        text += row(tr("Address"), result.connectedAddress);
    if (!result.greeting.isEmpty())
        text += row(tr("Greeting"), result.greeting);
    const TlsInfo& tls = result.tls;
    if (tls.established)
        text += row(tr("TLS"), tls.protocol + u", "_s + tls.cipher);
    if (!tls.chain.isEmpty()) {
        const CertificateInfo leaf = CertificateInfo::from(tls.chain.first());
        const QString state = tls.errors.isEmpty() ? tr("trusted, name matches") : tls.errors.join(u", "_s);
        text += row(tr("Certificate"),
                    tr("%1, issued by %2, valid until %3 (%4)")
                        .arg(leaf.subject, leaf.issuer, QLocale().toString(leaf.notAfter.date(), QLocale::ShortFormat), state));
    }
    const Capabilities& caps = result.effectiveCapabilities();
    if (caps.known)
        text += row(tr("Capabilities"), caps.tokens.isEmpty() ? tr("(none)") : caps.tokens.join(u' '));
    if (!caps.authMechanisms.isEmpty())
        text += row(tr("Login methods"), caps.authMechanisms.join(u' '));
    if (result.login.attempted)
        text += row(tr("Login"), (result.login.ok ? tr("accepted (%1)") : tr("refused (%1)")).arg(result.login.mechanism)
                        + (result.login.message.isEmpty() ? QString() : u": "_s + result.login.message));
    else if (!result.login.message.isEmpty())
        text += row(tr("Login"), result.login.message);
    const PhaseTimings& t = result.timings;
    QStringList timings;
    const std::pair<QString, qint64> phases[] = {
        { tr("dns"), t.dns }, { tr("connect"), t.connect }, { tr("tls"), t.tls }, { tr("greeting"), t.greeting },
        { tr("capabilities"), t.capabilities }, { tr("login"), t.auth }, { tr("total"), t.total },
    };
    for (const auto& [name, ms] : phases) {
        if (ms >= 0)
            timings.append(tr("%1 %2 ms").arg(name).arg(ms));
    }
    text += row(tr("Timings"), timings.join(u", "_s));
    for (const QString& warning : result.warnings)
        text += row(tr("Warning"), warning);
    if (withTranscript)
        text += u'\n' + result.transcript.toText();
    return text;
}

} // namespace mailscout
