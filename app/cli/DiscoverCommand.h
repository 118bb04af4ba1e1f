// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "BatchRunner.h"
#include "CliCommand.h"
#include "discovery/DiscoveryOptions.h"
#include "discovery/EmailAddress.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace mailscout {
class Exporter;
}

namespace mailscout::cli {

// mailscout-cli discover ADDRESS: finds candidate servers for an address, a domain or a host.
// --list-candidates prints them without probing; probing and ranking come in a later mode.
class DiscoverCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(DiscoverCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("discover"); }
    [[nodiscard]] QString summary() const override;
    int run(const QStringList& arguments) override;

private:
    // Reads the options shared by every mode into m_input and m_options; an error message, or empty.
    [[nodiscard]] QString readOptions(const QCommandLineParser& parser);
    int listCandidates(bool json);
    int discoverAndRank(bool json, const std::optional<QString>& password, bool preferPop3);

    EmailAddress m_input;
    DiscoveryOptions m_options;
    int m_probeTimeoutMs = 10'000; // each answer
    int m_connectTimeoutMs = 10'000;
    const Exporter* m_exporter = nullptr; // --export
    QString m_exportPath; // -o
    std::unique_ptr<BatchRunner> m_batch; // --batch: the addresses come from its file

};

} // namespace mailscout::cli
