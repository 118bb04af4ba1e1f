// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportFixture.h"
#include "export/Exporter.h"

#include <QProcess>
#include <QString>
#include <QStringList>

namespace mailscout::test {

// The account every export test uses: IMAP + SMTP on one host, implicit TLS or STARTTLS, with the other
// kind as the lower-ranked alternative.
inline ExportInput sampleInput(Security security, const QString& host = QStringLiteral("mail.example.test"))
{
    const Security other = security == Security::ImplicitTls ? Security::StartTls : Security::ImplicitTls;
    const auto config = [&](Security s, int score) {
        AccountConfig c;
        c.incoming = { { Protocol::Imap, host, Endpoint::defaultPort(Protocol::Imap, s), s },
            QStringLiteral("alice@example.test"), QStringLiteral("password-cleartext"), false };
        c.outgoing = { { Protocol::Smtp, host, Endpoint::defaultPort(Protocol::Smtp, s), s },
            QStringLiteral("alice@example.test"), QStringLiteral("password-cleartext"), false };
        c.score = score;
        c.reasons = { QStringLiteral("The servers use %1.").arg(securityName(s)) };
        return c;
    };
    ExportInput input;
    input.config = config(security, 90);
    input.alternatives = { config(other, 70) };
    input.emailAddress = QStringLiteral("alice@example.test");
    input.displayName = QStringLiteral("Alice Example");
    // Fixed UUIDs, so the Apple profile is reproducible byte for byte.
    input.makeUuid = [n = 0]() mutable {
        return QUuid(QStringLiteral("00000000-0000-4000-8000-%1").arg(++n, 12, 10, QLatin1Char('0')));
    };
    // The whole run around these configurations, for json and the helpdesk report, made at a fixed time.
    input.discovery = sampleDiscovery(input);
    input.madeAt = QDateTime(QDate(2024, 5, 1), QTime(9, 30), Qt::UTC);
    return input;
}

// Runs a program to completion; the exit code, or -1 when it did not start or finish.
inline int runProgram(const QString& program, const QStringList& arguments, QByteArray* output = nullptr,
    const QByteArray& input = {}, int timeoutMs = 60'000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(timeoutMs))
        return -1;
    process.write(input);
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(timeoutMs);
    if (output)
        *output = process.readAll();
    if (!finished) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace mailscout::test
