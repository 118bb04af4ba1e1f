// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>

namespace mailscout {

// The helpdesk report's part about one probe (a mailscout.probe/1 object): what happened in plain words,
// TLS and certificate, timings, capabilities before and after TLS, and the redacted transcript. Reads
// only the fields it knows; every string in the output is escaped.
class ProbeReportSection {
    Q_DECLARE_TR_FUNCTIONS(ProbeReportSection)

public:
    // A port matrix cell: a short word, never only a colour, plus the colour as a hint.
    struct Cell {
        QString word;
        QString colour; // #rrggbb
    };

    [[nodiscard]] static QString html(const QJsonObject& probe, const QString& anchor);
    // "IMAP mail.example.com:993 (SSL/TLS)".
    [[nodiscard]] static QString title(const QJsonObject& endpoint);
    [[nodiscard]] static QString securityText(const QString& code);
    // The outcome code in words ("connection refused"); the code itself for one this version does not know.
    [[nodiscard]] static QString outcomeText(const QString& code);
    [[nodiscard]] static Cell cell(const QJsonObject& probe);
    static constexpr QLatin1StringView kGood { "#c8e6c9" };
    static constexpr QLatin1StringView kWarning { "#ffe9a8" };
    static constexpr QLatin1StringView kBad { "#f6c1bc" };

private:
    [[nodiscard]] static QString tlsRows(const QJsonObject& tls);
    [[nodiscard]] static QString certificateRows(const QJsonObject& certificate);
    [[nodiscard]] static QString timings(const QJsonObject& timings);
    [[nodiscard]] static QString transcript(const QJsonObject& probe);
};

} // namespace mailscout
