// SPDX-License-Identifier: GPL-3.0-or-later
#include "Candidate.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace mailscout {

namespace {

constexpr std::array<std::pair<CandidateSource, const char16_t*>, 9> kCodes { {
    { CandidateSource::ProviderDatabase, u"provider-database" },
    { CandidateSource::AutoconfigHttps, u"autoconfig-https" },
    { CandidateSource::AutoconfigHttp, u"autoconfig-http" },
    { CandidateSource::Ispdb, u"ispdb" },
    { CandidateSource::MxDerived, u"mx" },
    { CandidateSource::Srv, u"srv" },
    { CandidateSource::Autodiscover, u"autodiscover" },
    { CandidateSource::Guess, u"guess" },
    { CandidateSource::User, u"user" },
} };

} // namespace

QString candidateSourceCode(CandidateSource source)
{
    for (const auto& [value, code] : kCodes) {
        if (value == source)
            return QString::fromUtf16(code);
    }
    return {};
}

std::optional<CandidateSource> candidateSourceFromCode(QStringView code)
{
    for (const auto& [value, text] : kCodes) {
        if (code == QStringView(text))
            return value;
    }
    return std::nullopt;
}

QString candidateSourceDescription(CandidateSource source)
{
    const char* text = "";
    switch (source) {
    case CandidateSource::ProviderDatabase:
        text = QT_TRANSLATE_NOOP("CandidateSource", "bundled provider data");
        break;
    case CandidateSource::AutoconfigHttps:
        text = QT_TRANSLATE_NOOP("CandidateSource", "the domain's autoconfig file (HTTPS)");
        break;
    case CandidateSource::AutoconfigHttp:
        text = QT_TRANSLATE_NOOP("CandidateSource", "the domain's autoconfig file (unencrypted HTTP)");
        break;
    case CandidateSource::Ispdb:
        text = QT_TRANSLATE_NOOP("CandidateSource", "Thunderbird's ISP database");
        break;
    case CandidateSource::MxDerived:
        text = QT_TRANSLATE_NOOP("CandidateSource", "the domain's MX record");
        break;
    case CandidateSource::Srv:
        text = QT_TRANSLATE_NOOP("CandidateSource", "the domain's SRV records");
        break;
    case CandidateSource::Autodiscover:
        text = QT_TRANSLATE_NOOP("CandidateSource", "Outlook Autodiscover");
        break;
    case CandidateSource::Guess:
        text = QT_TRANSLATE_NOOP("CandidateSource", "a guess from common server names");
        break;
    case CandidateSource::User:
        text = QT_TRANSLATE_NOOP("CandidateSource", "entered by the user");
        break;
    }
    return QCoreApplication::translate("CandidateSource", text);
}

} // namespace mailscout
