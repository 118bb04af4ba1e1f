// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// Text into HTML for the report, where most strings come from servers and so are hostile: everything is
// escaped, and characters that are invisible or reorder text are shown as codes instead of acting.
namespace mailscout::HtmlText {

// Escapes &, <, >, " and ', and shows control characters (C0, C1, DEL) and the bidirectional overrides
// and isolates as "\u{XX}": a greeting cannot hide text, start a new line or turn a name around.
[[nodiscard]] QString escape(const QString& text);
// <tag class="cls">escaped text</tag>; no class attribute when cls is empty.
[[nodiscard]] QString element(const QString& tag, const QString& text, const QString& cls = {});
// A two-column row: a header cell and an (escaped) value cell.
[[nodiscard]] QString row(const QString& label, const QString& value);
// A bulleted list of escaped items; empty for no items.
[[nodiscard]] QString list(const QStringList& items);

} // namespace mailscout::HtmlText
