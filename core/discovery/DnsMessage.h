// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DnsResolver.h"

#include <QByteArray>
#include <QCoreApplication>

namespace mailscout {

// A DNS response in wire format (RFC 1035), as the system's resolver returns it, read for the MX or SRV
// records SystemDnsResolver was asked for. The message comes from the network (any server on the path of
// plain DNS can write it): libresolv's ns_initparse/ns_parserr/dn_expand bound every read by the message,
// and each record's data must hold what its type needs and no name may run past it.
class DnsMessage {
    Q_DECLARE_TR_FUNCTIONS(DnsMessage)

public:
    // More are ignored: no domain publishes anything near this many mail servers.
    static constexpr int kMaxRecords = 64;

    // Records of `type` in the answer section: ACE, lower case, without the final dot; "." for the root
    // (RFC 2782 "not offered", RFC 7505 null MX). Other types (a CNAME on the way) are skipped. No record
    // of the type is NotFound; a message that does not parse, or a record that does not, is Failed.
    [[nodiscard]] static DnsAnswer parse(const QByteArray& message, DnsResolver::Type type, const QString& name);
};

} // namespace mailscout
