// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MfaChangePlan.h"
#include "RiskConfig.h"

#include <optional>

namespace tessera::pool {

// The change plan's rows for the risk configuration: one per risk level whose action or notify
// changes, one per IP list that changes, with what users will meet; sets
// `plan.setsRiskConfig`, adds SetRiskConfiguration's note, and refuses an edited configuration
// RiskConfig::validate() refuses (when the MFA part is valid, so the first error shows).
void appendRiskRows(MfaChangePlan& plan, const std::optional<RiskConfig>& inForce,
                    const std::optional<RiskConfig>& edited);

// "MFA required, notify" - the words the plan and an editor use for a level's setting.
QString riskActionWords(RiskAction action, bool notify);
// What users meet at a level with this setting, in one or two sentences (the plan's consequence
// column, and the editor's explanation of each choice).
QString riskActionSentence(RiskAction action, bool notify);

} // namespace tessera::pool
