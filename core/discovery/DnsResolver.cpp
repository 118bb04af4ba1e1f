// SPDX-License-Identifier: GPL-3.0-or-later
#include "DnsResolver.h"

namespace mailscout {

DnsAnswer DnsAnswer::notFound(const QString& name)
{
    return { Status::NotFound, {}, tr("%1 has no such record.").arg(name) };
}

DnsAnswer DnsAnswer::failed(const QString& name, const QString& why)
{
    return { Status::Failed, {}, tr("The DNS lookup of %1 failed: %2").arg(name, why) };
}

} // namespace mailscout
