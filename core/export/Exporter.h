// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/AccountConfig.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileDevice>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>
#include <functional>

namespace mailscout {

// What every exporter gets. There is deliberately no password here: no export can write one.
struct ExportInput {
    AccountConfig config; // the configuration to export
    // Lower-ranked configurations, best first. Formats that can list several servers (autoconfig, DNS SRV,
    // the settings sheet) offer them as fallbacks; the others ignore them.
    QList<AccountConfig> alternatives;
    QString emailAddress; // an address, or for domain-wide formats (autoconfig, DNS) possibly a bare domain
    QString displayName; // the person's name, for From: lines; may be empty
    QString accountName; // what the client shows for the account; empty: the address
    QString caFile; // optional PEM file of CA certificates the client should trust besides the system's
    // Apple profile only: sign it (CMS) when both are set.
    QString signingCertificatePath;
    QString signingKeyPath;
    // Where the Apple profile's PayloadUUIDs come from; unset means fresh random ones. Tests fix them.
    std::function<QUuid()> makeUuid;
    // The whole run (mailscout.discovery/1) the configurations come from, for the formats made from it
    // (Exporter::needsDiscovery(): json, the helpdesk report). Empty when the caller has only configurations.
    QJsonObject discovery;
    // When the export is made, for formats that print it (the report); invalid means now. Tests fix it.
    QDateTime madeAt;
};

struct ExportResult {
    QByteArray data;
    QString error; // translated; set when the exporter refuses or fails

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

// One export format. Subclasses only render; exportConfig() first enforces the rules every format shares
// (valid host names and ports, IMAP/POP3 in, SMTP out, no plaintext endpoint, no control characters
// that could smuggle a directive into a configuration file).
class Exporter {
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    Exporter() = default;
    virtual ~Exporter() = default;
    Exporter(const Exporter&) = delete;
    Exporter& operator=(const Exporter&) = delete;

    [[nodiscard]] virtual QString id() const = 0; // "thunderbird", "msmtp", ...: what --format takes
    [[nodiscard]] virtual QString displayName() const = 0; // translated
    [[nodiscard]] virtual QString description() const = 0; // translated, one line
    [[nodiscard]] virtual QString fileExtension() const = 0; // without the dot; may be empty
    [[nodiscard]] virtual QString
    defaultFileName() const = 0; // what the client expects the file to be called
    [[nodiscard]] virtual QString mimeType() const = 0;
    // 0644 unless the client refuses a file that others can read.
    [[nodiscard]] virtual QFileDevice::Permissions permissions() const;

    // True for formats made from the whole run rather than one configuration: exportConfig() refuses them
    // without input.discovery, and writes them for a run that found no configuration too (a helpdesk needs
    // the report most then).
    [[nodiscard]] virtual bool needsDiscovery() const { return false; }
    // True when render() yields HTML for the printer while the file is the PDF mimeType() names: the front
    // end prints it with PdfRenderer (mailscout-render), because the core does not link QtGui.
    [[nodiscard]] virtual bool printsToPdf() const { return false; }

    [[nodiscard]] ExportResult exportConfig(const ExportInput& input) const;

    // The password command written into formats that support one: "pass show mail/ADDRESS", shell-quoted.
    // It is a placeholder for the user to replace with whatever prints their password (pass, secret-tool,
    // gpg, a keyring helper); the files say so next to it.
    [[nodiscard]] static QString passwordCommand(const QString& emailAddress);

protected:
    // False for formats a domain admin publishes (autoconfig, DNS): a bare domain is then enough.
    [[nodiscard]] virtual bool needsMailbox() const { return true; }
    [[nodiscard]] virtual ExportResult render(const ExportInput& input) const = 0;
    [[nodiscard]] static ExportResult failure(const QString& message) { return { {}, message }; }

private:
    [[nodiscard]] QString validate(const ExportInput& input) const;
};

} // namespace mailscout
