// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace mailscout {

// The report a helpdesk attaches to a ticket, as one self-contained HTML page (inline CSS, no external
// resource, nothing that runs): the address and when, the recommended settings as a card, alternatives,
// the diagnosis in plain words, the port matrix (words and colours), then every probe in detail with its
// redacted transcript. Built from a DiscoveryDocument::clean() document: it prints only fields it knows,
// all escaped. Plain HTML that Qt's rich text engine also lays out, so the same page becomes the PDF.
class HelpdeskReport {
    Q_DECLARE_TR_FUNCTIONS(HelpdeskReport)

public:
    [[nodiscard]] static QString html(const QJsonObject& document, const QDateTime& madeAt);

private:
    [[nodiscard]] static QString header(const QJsonObject& document, const QDateTime& madeAt);
    [[nodiscard]] static QString settingsCard(const QJsonObject& configuration);
    [[nodiscard]] static QString alternatives(const QJsonArray& configurations);
    [[nodiscard]] static QString diagnosis(const QJsonArray& findings);
    [[nodiscard]] static QString portMatrix(const QJsonArray& probes);
    [[nodiscard]] static QString sources(const QJsonArray& sources);
    [[nodiscard]] static QString authenticationText(const QString& code);
};

} // namespace mailscout
