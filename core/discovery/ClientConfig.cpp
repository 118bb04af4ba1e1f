// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientConfig.h"

#include "EmailAddress.h"

#include <QCoreApplication>

namespace mailscout {

using namespace Qt::StringLiterals;

namespace {

QString substituted(QString text, const QString& localPart, const QString& address, const QString& domain)
{
    if (!localPart.isEmpty()) {
        text.replace(u"%EMAILADDRESS%"_s, address);
        text.replace(u"%EMAILLOCALPART%"_s, localPart);
    }
    text.replace(u"%EMAILDOMAIN%"_s, domain);
    return text;
}

} // namespace

bool ClientConfig::Server::oauth2Only() const
{
    return authentication == QStringList { u"OAuth2"_s };
}

ClientConfig ClientConfig::withAddress(const EmailAddress& address) const
{
    const bool isAddress = address.kind() == EmailAddress::Kind::Address;
    const QString localPart = isAddress ? address.localPart() : QString();
    ClientConfig result = *this;
    result.displayName
        = substituted(displayName, localPart, address.unicodeAddress(), address.unicodeDomain());
    result.displayShortName
        = substituted(displayShortName, localPart, address.unicodeAddress(), address.unicodeDomain());

    const auto substituteServers = [&](const QList<Server>& servers) {
        QList<Server> out;
        for (Server server : servers) {
            server.username = substituted(server.username, localPart, address.address(), address.domain());
            const QString host = substituted(server.hostname, localPart, address.address(), address.domain());
            if (host == server.hostname) {
                out.append(server);
                continue;
            }
            const EmailAddress parsedHost = EmailAddress::parseHost(host);
            if (!parsedHost.isValid() || parsedHost.port()) {
                result.warnings.append(QCoreApplication::translate("ClientConfig",
                    "The server name %1 is not valid for this address; the server is left out.")
                                           .arg(host));
                continue;
            }
            server.hostname = parsedHost.host();
            out.append(server);
        }
        return out;
    };
    result.incoming = substituteServers(incoming);
    result.outgoing = substituteServers(outgoing);
    return result;
}

QList<Candidate> ClientConfig::toCandidates(
    CandidateSource source, bool trusted, const QString& trustReason) const
{
    QList<Candidate> candidates;
    for (const QList<Server>* servers : { &incoming, &outgoing }) {
        for (const Server& server : *servers) {
            if (server.hostname.contains(u'%'))
                continue;
            Candidate candidate;
            candidate.endpoint = Endpoint { server.protocol, server.hostname, server.port, server.security };
            candidate.source = source;
            candidate.trusted = trusted;
            candidate.trustReason = trustReason;
            candidate.usernameTemplate = server.username;
            candidate.authMethods = server.authentication;
            candidate.oauth2Required = server.oauth2Only();
            candidates.append(candidate);
        }
    }
    return candidates;
}

} // namespace mailscout
