// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ProbeResult.h"

#include <QCoreApplication>

namespace mailscout {

// A probe result as a few readable lines, for the terminal and for pasting into a ticket.
class ProbeSummary {
    Q_DECLARE_TR_FUNCTIONS(ProbeSummary)

public:
    [[nodiscard]] static QString toText(const ProbeResult& result, bool withTranscript = false);
};

} // namespace mailscout
