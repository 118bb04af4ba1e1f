// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace mailscout {

class SetupSession;
struct ProbeResult;

// A finished run as a person reads it: the settings to type in first (a card one can read aloud on the
// phone), then alternatives, the diagnosis in plain words, and a compact port matrix.
class DiscoverySummary {
    Q_DECLARE_TR_FUNCTIONS(DiscoverySummary)

public:
    [[nodiscard]] static QString toText(const SetupSession& session);
    // One cell of the port matrix: a short word, never only a colour or a symbol.
    [[nodiscard]] static QString cellText(const ProbeResult& result);
};

} // namespace mailscout
