// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegistrableDomain.h"

#include <QHostAddress>
#include <libpsl.h>
#include <memory>

namespace mailscout {

namespace {

struct PslDeleter {
    void operator()(psl_ctx_t* context) const { psl_free(context); }
};

// Loaded once: the list takes a few milliseconds to read, and lookups do not modify it, so threads may share
// it.
const psl_ctx_t* context()
{
    static const std::unique_ptr<psl_ctx_t, PslDeleter> latest { psl_latest(nullptr) };
    return latest ? latest.get() : psl_builtin();
}

QString normalized(const QString& name)
{
    QString result = name.trimmed().toLower();
    if (result.endsWith(u'.'))
        result.chop(1);
    return result;
}

bool isIpAddress(const QString& name)
{
    QString bare = name;
    if (bare.startsWith(u'[') && bare.endsWith(u']'))
        bare = bare.sliced(1, bare.size() - 2);
    QHostAddress address;
    // QHostAddress also reads "1.2" as an IPv4 address; only a full dotted quad or IPv6 means an address.
    return address.setAddress(bare)
        && (address.protocol() == QAbstractSocket::IPv6Protocol || bare.count(u'.') == 3);
}

} // namespace

QString RegistrableDomain::of(const QString& host)
{
    const QString name = normalized(host);
    if (name.isEmpty() || isIpAddress(name))
        return {};
    const QByteArray utf8 = name.toUtf8();
    const char* registrable = psl_registrable_domain(context(), utf8.constData());
    return registrable ? QString::fromUtf8(registrable) : QString();
}

bool RegistrableDomain::isPublicSuffix(const QString& name)
{
    const QString normalizedName = normalized(name);
    if (normalizedName.isEmpty() || isIpAddress(normalizedName))
        return false;
    return psl_is_public_suffix(context(), normalizedName.toUtf8().constData()) != 0;
}

bool RegistrableDomain::isWithin(const QString& host, const QString& domain)
{
    const QString h = normalized(host);
    const QString d = normalized(domain);
    if (h.isEmpty() || d.isEmpty())
        return false;
    // "192.0.2.1" ends with "2.1", but an address has no labels to be below anything.
    if (isIpAddress(h) || isIpAddress(d))
        return h == d;
    return h == d || (h.endsWith(d) && h.at(h.size() - d.size() - 1) == u'.');
}

bool RegistrableDomain::isWithinRegistrableDomain(const QString& host, const QString& domain)
{
    const QString registrable = of(domain);
    return !registrable.isEmpty() && isWithin(host, registrable);
}

} // namespace mailscout
