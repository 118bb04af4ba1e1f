// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>

namespace mailscout {

// A mailscout.discovery/1 document read back from a file (RESULT.json), which may be old, hand-edited or
// written by another tool. The formats that pass the run on (json, the helpdesk report) use only what
// clean() keeps: the fields docs/json.md documents, each with its documented type. So a field nobody
// knows (a "password" someone added) can never reach an export, and a client line of a transcript that
// carries a credential is redacted again, whatever redaction the writer did.
class DiscoveryDocument {
    Q_DECLARE_TR_FUNCTIONS(DiscoveryDocument)

public:
    // Empty when the object is a discovery result; otherwise why not (translated).
    [[nodiscard]] static QString check(const QJsonObject& document);
    [[nodiscard]] static QJsonObject clean(const QJsonObject& document);
    // One client line of a transcript with any credential replaced by "<redacted>". previousServerLine
    // is what the server said last: after a SASL challenge ("+ ..." or "334 ...") the whole line is a
    // credential.
    [[nodiscard]] static QString redactClientLine(const QString& line, const QString& previousServerLine);
};

} // namespace mailscout
