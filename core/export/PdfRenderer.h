// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Exporter.h"

#include <QCoreApplication>

namespace mailscout {

// Turns the HTML of a printed format (Exporter::printsToPdf()) into a PDF. The core and mailscout-cli must
// not link QtGui, which laying out and painting a page needs, so this runs mailscout-render, a small
// program installed beside them, and feeds it the HTML on standard input.
class PdfRenderer {
    Q_DECLARE_TR_FUNCTIONS(PdfRenderer)

public:
    // mailscout-render in the directory of the running program, where the installation puts it.
    [[nodiscard]] static QString programPath();
    // The PDF, or an error that says what is missing or what the renderer reported.
    [[nodiscard]] static ExportResult toPdf(const QByteArray& html, const QString& program = programPath());
};

} // namespace mailscout
