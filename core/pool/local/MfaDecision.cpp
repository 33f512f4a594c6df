// SPDX-License-Identifier: GPL-3.0-or-later
#include "MfaDecision.h"

#include "MfaPreferences.h"

namespace tessera::pool::local {

MfaDecision MfaDecision::decide(SignInAttempt& attempt, const std::function<bool()>& remembered)
{
    MfaPreferences preferences(attempt.record);
    const QStringList factors = preferences.usable(attempt.mfa);
    MfaMode mode = attempt.mfa.mode;
    attempt.trace(TraceCode::PoolMfaMode, {mfaModeName(mode)});
    if (factors.isEmpty()) {
        attempt.trace(TraceCode::UserNoFactors);
    } else {
        attempt.trace(TraceCode::UserFactors, {factors.join(QStringLiteral(", "))});
        if (attempt.record.preferred.isEmpty()) {
            attempt.trace(TraceCode::NoPreference);
        } else {
            attempt.trace(TraceCode::Preferred, {attempt.record.preferred});
        }
    }
    if (attempt.record.user.userStatus == QLatin1String("EXTERNAL_PROVIDER")) {
        if (attempt.pool.federatedMfa == FederatedMfa::Enforce && mode != MfaMode::Off) {
            mode = MfaMode::On;
            attempt.trace(TraceCode::FederatedEnforced);
        } else if (attempt.pool.federatedMfa == FederatedMfa::Exempt) {
            mode = MfaMode::Off;
            attempt.event.reasons.append(QStringLiteral("federated user exempt from MFA"));
            attempt.trace(TraceCode::FederatedExempt);
        }
    }
    bool needMfa = mode == MfaMode::On || (mode == MfaMode::Optional && !factors.isEmpty());
    bool riskForced = false;
    const QString action = riskActionName(attempt.risk.action);
    if (attempt.risk.action == RiskAction::MfaRequired) {
        if (factors.isEmpty()) {
            attempt.event.reasons.append(
                QStringLiteral("MFA required by the risk configuration, none set up"));
            attempt.trace(TraceCode::RiskMfaNoFactor, {action});
            return {Next::Refuse, {}, {}};
        }
        needMfa = riskForced = true;
        attempt.trace(TraceCode::RiskAsksMfa, {action});
    } else if (attempt.risk.action == RiskAction::MfaIfConfigured && !factors.isEmpty()) {
        needMfa = riskForced = true;
        attempt.trace(TraceCode::RiskAsksMfa, {action});
    }
    if (needMfa && !riskForced && !attempt.deviceKey.isEmpty() && !factors.isEmpty() &&
        remembered()) {
        attempt.event.reasons.append(QStringLiteral("remembered device: MFA skipped"));
        attempt.trace(TraceCode::RememberedDevice);
        needMfa = false;
    }
    if (!needMfa) {
        attempt.trace(TraceCode::MfaNotAsked);
        return {Next::Tokens, {}, {}};
    }
    attempt.trace(TraceCode::MfaAsked);
    if (factors.isEmpty()) {
        const QStringList offered = attempt.mfa.enabledFactors();
        attempt.trace(TraceCode::MfaSetupRequired, {offered.join(QStringLiteral(", "))});
        return {Next::Setup, offered, {}};
    }
    if (const auto factor = preferences.automaticChoice(factors)) {
        attempt.trace(TraceCode::FactorChosen, {*factor});
        return {Next::Challenge, {}, *factor};
    }
    attempt.trace(TraceCode::UserMustChoose, {factors.join(QStringLiteral(", "))});
    return {Next::Choose, factors, {}};
}

} // namespace tessera::pool::local
