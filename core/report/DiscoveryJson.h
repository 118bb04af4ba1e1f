// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace mailscout {

class SetupSession;

namespace DiscoveryJson {

inline constexpr QStringView kSchema = u"mailscout.discovery/1";

// The whole run as documented in docs/json.md: candidates, probes, ranked configurations, diagnosis and
// when the answer settled. Carries no credential.
[[nodiscard]] QJsonObject toJson(const SetupSession& session);

} // namespace DiscoveryJson

} // namespace mailscout
