// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Endpoint.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace mailscout {

class SetupSession;

// One input line of a batch run (mailscout-cli discover --batch) and what became of it: the few facts a
// helpdesk audits per address, written as a compact mailscout.batch/1 JSON object on one line or as a CSV
// record (RFC 4180), both documented in docs/json.md. Carries no credential.
struct BatchLine {
    static constexpr QStringView kSchema = u"mailscout.batch/1";

    int line = 0; // in the input, from 1, counting blank and comment lines
    QString input; // the line as read, without surrounding white space
    QString address; // the address checked, domain in ACE form; empty for a domain line and for an error
    QString domain; // the e-mail domain, ACE form; empty for an error
    bool ok = false; // a secure configuration was found
    qint64 settledMs = -1; // -1: the answer never settled, or nothing ran
    qint64 elapsedMs = -1; // -1: nothing ran
    std::optional<Endpoint> incoming; // of the recommended configuration
    std::optional<Endpoint> outgoing;
    QStringList diagnosis; // codes, the most urgent first
    QString errorCode; // set when the line could not be checked: stable, e.g. "no-at"
    QString error; // translated, with errorCode

    // A line whose session has finished.
    [[nodiscard]] static BatchLine fromSession(int line, const QString& input, const SetupSession& session);
    // A line that could not be checked at all (malformed, too long, not an address or a domain).
    [[nodiscard]] static BatchLine failure(
        int line, const QString& input, const QString& errorCode, const QString& error);

    [[nodiscard]] QJsonObject toJson() const;
    // toJson(), compact, and a line feed: one JSON text per line ("JSON lines").
    [[nodiscard]] QByteArray toJsonLine() const;
    // The CSV header and records, each ended by CRLF as RFC 4180 has it; UTF-8.
    [[nodiscard]] static QByteArray csvHeader();
    [[nodiscard]] QByteArray toCsvRecord() const;
    // One CSV field: quoted (quotes doubled) when it holds a comma, a quote, CR or LF, as is otherwise.
    [[nodiscard]] static QString csvField(const QString& text);
};

} // namespace mailscout
