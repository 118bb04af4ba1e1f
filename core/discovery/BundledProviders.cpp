// SPDX-License-Identifier: GPL-3.0-or-later
#include "BundledProviders.h"

#include "ClientConfigParser.h"
#include "RegistrableDomain.h"

#include <QDir>
#include <QFile>

namespace mailscout {

using namespace Qt::StringLiterals;

namespace {

QString normalized(const QString& name)
{
    QString result = name.trimmed().toLower();
    if (result.endsWith(u'.'))
        result.chop(1);
    return result;
}

} // namespace

const BundledProviders& BundledProviders::instance()
{
    static const BundledProviders providers = load(u":/providers"_s);
    return providers;
}

BundledProviders BundledProviders::load(const QString& directory)
{
    BundledProviders result;
    const QDir dir(directory);
    const QStringList files = dir.entryList({ u"*.xml"_s }, QDir::Files, QDir::Name);
    for (const QString& fileName : files) {
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly)) {
            result.m_errors.append(fileName + u": "_s + file.errorString());
            continue;
        }
        const ClientConfigParser::Result parsed
            = ClientConfigParser::parse(file.read(ClientConfigParser::kMaxDocumentSize + 1));
        if (!parsed) {
            result.m_errors.append(fileName + u": "_s + parsed.error);
            continue;
        }
        for (const QString& warning : parsed.config->warnings)
            result.m_errors.append(fileName + u": "_s + warning);
        const qsizetype index = result.m_providers.size();
        result.m_providers.append(*parsed.config);
        for (const QString& domain : parsed.config->domains) {
            if (result.m_byDomain.contains(domain)) {
                result.m_errors.append(
                    fileName + u": "_s + tr("%1 is listed by another file too.").arg(domain));
                continue;
            }
            result.m_byDomain.insert(domain, index);
        }
    }
    return result;
}

std::optional<ClientConfig> BundledProviders::lookup(const QString& domain) const
{
    const auto it = m_byDomain.constFind(normalized(domain));
    if (it == m_byDomain.constEnd())
        return std::nullopt;
    return m_providers.at(*it);
}

std::optional<ClientConfig> BundledProviders::lookupByHost(const QString& host) const
{
    QString name = normalized(host);
    while (!name.isEmpty() && !RegistrableDomain::isPublicSuffix(name)) {
        if (auto found = lookup(name))
            return found;
        const qsizetype dot = name.indexOf(u'.');
        if (dot < 0)
            break;
        name = name.sliced(dot + 1);
    }
    return std::nullopt;
}

} // namespace mailscout
