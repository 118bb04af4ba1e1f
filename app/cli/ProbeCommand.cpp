// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProbeCommand.h"

#include "probe/Probe.h"
#include "report/ProbeJson.h"
#include "report/ProbeSummary.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>
#include <QUrl>

#include <cstdio>
#include <iostream>
#include <string>

namespace mailscout::cli {

using namespace Qt::StringLiterals;

namespace {

int usageError(const QString& message)
{
    QTextStream(stderr) << u"mailscout-cli probe: "_s << message << u'\n';
    return UsageError;
}

// One line from standard input, without its line ending; the password never touches argv or the environment.
QString readPasswordLine()
{
    std::string line;
    std::getline(std::cin, line);
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

} // namespace

QString ProbeCommand::summary() const
{
    return tr("Check one server port: TCP, TLS or STARTTLS, capabilities, optionally a login.");
}

int ProbeCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addPositionalArgument(u"host"_s, tr("The server name (or address) to check."), u"HOST"_s);
    const QCommandLineOption protocolOption(u"protocol"_s, tr("smtp, imap or pop3."), u"protocol"_s);
    const QCommandLineOption portOption(u"port"_s, tr("The port (default: the standard port for the protocol and security)."), u"port"_s);
    const QCommandLineOption securityOption(u"security"_s, tr("tls (implicit TLS, the default), starttls or plain."), u"security"_s, u"tls"_s);
    const QCommandLineOption userOption(u"user"_s, tr("Verify a login as this user."), u"name"_s);
    const QCommandLineOption passwordStdinOption(u"password-stdin"_s, tr("Read the password from the first line of standard input."));
    const QCommandLineOption mechanismOption(u"mechanism"_s, tr("Use this SASL mechanism for the login (e.g. SCRAM-SHA-256)."), u"name"_s);
    const QCommandLineOption insecureLoginOption(u"allow-insecure-login"_s,
                                                 tr("Allow sending the password over an unencrypted or unverified connection to this server."));
    const QCommandLineOption caFileOption(u"ca-file"_s, tr("Also trust the CA certificates in this PEM file (repeatable)."), u"pem"_s);
    const QCommandLineOption connectToOption(u"connect-to"_s, tr("HOST1:PORT1:HOST2:PORT2 — connect there instead, as curl does (repeatable)."), u"spec"_s);
    const QCommandLineOption resolveOption(u"resolve"_s, tr("HOST:PORT:ADDRESS — use this address for HOST, as curl does (repeatable)."), u"spec"_s);
    const QCommandLineOption timeoutOption(u"timeout"_s, tr("Seconds to wait for a connection and for each answer (default 10)."), u"seconds"_s, u"10"_s);
    const QCommandLineOption jsonOption(u"json"_s, tr("Print one JSON object (schema mailscout.probe/1, see docs/json.md)."));
    const QCommandLineOption transcriptOption(u"transcript"_s, tr("Also print the dialogue with the server (passwords redacted)."));
    parser.addOptions({ protocolOption, portOption, securityOption, userOption, passwordStdinOption, mechanismOption,
                        insecureLoginOption, caFileOption, connectToOption, resolveOption, timeoutOption, jsonOption,
                        transcriptOption });

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return Success;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || positional.first().trimmed().isEmpty())
        return usageError(tr("give exactly one HOST"));
    const QString host = QString::fromLatin1(QUrl::toAce(positional.first().trimmed()));
    if (host.isEmpty() || host.contains(u' ') || host.contains(u'/'))
        return usageError(tr("\"%1\" is not a valid host name").arg(positional.first()));

    if (!parser.isSet(protocolOption))
        return usageError(tr("--protocol is required (smtp, imap or pop3)"));
    const std::optional<Protocol> protocol = protocolFromName(parser.value(protocolOption));
    if (!protocol)
        return usageError(tr("unknown protocol \"%1\" (use smtp, imap or pop3)").arg(parser.value(protocolOption)));
    const std::optional<Security> security = securityFromName(parser.value(securityOption));
    if (!security)
        return usageError(tr("unknown security \"%1\" (use tls, starttls or plain)").arg(parser.value(securityOption)));

    Endpoint endpoint { *protocol, host, Endpoint::defaultPort(*protocol, *security), *security };
    if (parser.isSet(portOption)) {
        bool ok = false;
        const int port = parser.value(portOption).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return usageError(tr("port must be a number from 1 to 65535, not \"%1\"").arg(parser.value(portOption)));
        endpoint.port = static_cast<quint16>(port);
    }

    ProbeOptions options;
    bool timeoutOk = false;
    const double timeout = parser.value(timeoutOption).toDouble(&timeoutOk);
    if (!timeoutOk || timeout <= 0 || timeout > 3600)
        return usageError(tr("--timeout must be a number of seconds above 0"));
    options.connectTimeoutMs = static_cast<int>(timeout * 1000);
    options.readTimeoutMs = options.connectTimeoutMs;
    options.overallTimeoutMs = options.connectTimeoutMs * 4;
    for (const QString& path : parser.values(caFileOption)) {
        if (!QFile::exists(path))
            return usageError(tr("CA file \"%1\" does not exist").arg(path));
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path, QSsl::Pem);
        if (certificates.isEmpty())
            return usageError(tr("no PEM certificate in \"%1\"").arg(path));
        options.extraCaCertificates += certificates;
    }
    for (const QString& spec : parser.values(connectToOption)) {
        if (const QString error = options.overrides.addConnectTo(spec); !error.isEmpty())
            return usageError(error);
    }
    for (const QString& spec : parser.values(resolveOption)) {
        if (const QString error = options.overrides.addResolve(spec); !error.isEmpty())
            return usageError(error);
    }
    if (parser.isSet(passwordStdinOption) != parser.isSet(userOption))
        return usageError(tr("--user and --password-stdin go together"));
    if (parser.isSet(userOption))
        options.credentials = Credentials { parser.value(userOption), readPasswordLine() };
    options.preferredMechanism = parser.value(mechanismOption).toUpper();
    options.allowInsecureLogin = parser.isSet(insecureLoginOption);

    Probe probe(endpoint, options);
    QEventLoop loop;
    QObject::connect(&probe, &Probe::finished, &loop, &QEventLoop::quit);
    probe.start();
    loop.exec();

    const ProbeResult& result = probe.result();
    QTextStream out(stdout);
    if (parser.isSet(jsonOption))
        out << QJsonDocument(ProbeJson::toJson(result)).toJson(QJsonDocument::Indented);
    else
        out << ProbeSummary::toText(result, parser.isSet(transcriptOption));
    const bool loginWanted = options.credentials.has_value();
    const bool works = result.isSecure() && (!loginWanted || result.login.ok);
    return works ? Success : NotWorking;
}

} // namespace mailscout::cli
