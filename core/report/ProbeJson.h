// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ProbeResult.h"

#include <QJsonObject>

namespace mailscout::ProbeJson {

inline constexpr QStringView kSchema = u"mailscout.probe/1";

// The probe object documented in docs/json.md. Carries no credential: the result holds none.
[[nodiscard]] QJsonObject toJson(const ProbeResult& result);

} // namespace mailscout::ProbeJson
