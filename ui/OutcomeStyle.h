// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace mailscout {

struct ProbeResult;

// How one state of a probe or a source looks: a word, an icon and a tint, always all three, because
// colour alone says nothing to a colour-blind user or a screen reader.
class OutcomeStyle {
    Q_DECLARE_TR_FUNCTIONS(OutcomeStyle)

public:
    enum class Kind {
        NotChecked,
        Queued,
        Running,
        Secure,
        Accepted, // secure only because the user accepted the certificate
        StartTls,
        Insecure,
        Certificate,
        Refused,
        Filtered,
        LikelyFiltered, // silent past its round-trip deadline; still waited for in the background
        Error,
        Cancelled,
    };

    [[nodiscard]] static Kind kindOf(const ProbeResult& result);
    [[nodiscard]] static QString word(Kind kind);
    // A sentence for tooltips and screen readers.
    [[nodiscard]] static QString description(Kind kind);
    [[nodiscard]] static QIcon icon(Kind kind);
    // A translucent tint, so it reads on light and dark palettes alike; invalid for "no tint".
    [[nodiscard]] static QColor tint(Kind kind);
    // The icon by name from resources/icons ("secure", "found", ...).
    [[nodiscard]] static QIcon namedIcon(const QString& name);
};

} // namespace mailscout
