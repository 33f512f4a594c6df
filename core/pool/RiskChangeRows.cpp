// SPDX-License-Identifier: GPL-3.0-or-later
#include "RiskChangeRows.h"

#include <QCoreApplication>

namespace tessera::pool {

namespace {

const char* const kContext = "tessera::pool::MfaChangePlan";

QString tr(const char* text)
{
    return QCoreApplication::translate(kContext, text);
}

QString levelField(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Medium:
        return tr("Medium-risk sign-ins");
    case RiskLevel::High:
        return tr("High-risk sign-ins");
    case RiskLevel::Low:
        break;
    }
    return tr("Low-risk sign-ins");
}

QString rangeWords(const QStringList& ranges)
{
    return ranges.isEmpty() ? tr("none") : ranges.join(QLatin1String(", "));
}

} // namespace

QString riskActionWords(RiskAction action, bool notify)
{
    QString words;
    switch (action) {
    case RiskAction::MfaIfConfigured:
        words = tr("MFA if set up");
        break;
    case RiskAction::MfaRequired:
        words = tr("MFA required");
        break;
    case RiskAction::Block:
        words = tr("Block");
        break;
    case RiskAction::NoAction:
        words = tr("No action");
        break;
    }
    return notify ? tr("%1, notify").arg(words) : words;
}

QString riskActionSentence(RiskAction action, bool notify)
{
    QString text;
    switch (action) {
    case RiskAction::MfaIfConfigured:
        text = tr("Users with a factor are asked for a code, even where MFA is optional; users "
                  "without one sign in with the password.");
        break;
    case RiskAction::MfaRequired:
        text = tr("Users are asked for a code; a user with no factor cannot sign in.");
        break;
    case RiskAction::Block:
        text = tr("These sign-ins are refused, right password or not.");
        break;
    case RiskAction::NoAction:
        text = tr("These sign-ins go on as the MFA policy says.");
        break;
    }
    if (notify) {
        text += QLatin1Char(' ') + tr("The user is emailed about each one.");
    }
    return text;
}

void appendRiskRows(MfaChangePlan& plan, const std::optional<RiskConfig>& inForce,
                    const std::optional<RiskConfig>& edited)
{
    if (!edited) {
        return;
    }
    const RiskConfig before = inForce.value_or(RiskConfig{});
    const RiskConfig& after = *edited;
    const qsizetype rowsBefore = plan.rows.size();
    for (const auto level : {RiskLevel::Low, RiskLevel::Medium, RiskLevel::High}) {
        const RiskAction was = before.actionFor(level);
        const RiskAction is = after.actionFor(level);
        const bool notifiedBefore = before.notifyFor(level);
        const bool notifies = after.notifyFor(level);
        if (was != is || notifiedBefore != notifies) {
            plan.rows << PlanRow{levelField(level), riskActionWords(was, notifiedBefore),
                                 riskActionWords(is, notifies), riskActionSentence(is, notifies)};
        }
    }
    if (before.blockedIpRangeList != after.blockedIpRangeList) {
        plan.rows << PlanRow{tr("Blocked IP ranges"), rangeWords(before.blockedIpRangeList),
                             rangeWords(after.blockedIpRangeList),
                             tr("Sign-ins from these ranges are refused before the password is "
                                "looked at.")};
    }
    if (before.skippedIpRangeList != after.skippedIpRangeList) {
        plan.rows << PlanRow{tr("Always-allowed IP ranges"), rangeWords(before.skippedIpRangeList),
                             rangeWords(after.skippedIpRangeList),
                             tr("Sign-ins from these ranges skip the risk checks and count as low "
                                "risk.")};
    }
    if (before.notifySourceArn != after.notifySourceArn) {
        plan.rows << PlanRow{tr("Notice sender (SES identity)"),
                             before.notifySourceArn.isEmpty() ? tr("none") : before.notifySourceArn,
                             after.notifySourceArn.isEmpty() ? tr("none") : after.notifySourceArn,
                             tr("Cognito emails risk notices from this identity.")};
    }
    plan.setsRiskConfig = plan.rows.size() > rowsBefore;
    if (!plan.setsRiskConfig) {
        return;
    }
    plan.notes << tr("SetRiskConfiguration replaces the whole risk configuration; on AWS it needs "
                     "threat protection (advanced security) on the pool's feature plan.");
    if (plan.validation.ok()) {
        plan.validation = after.validate();
    }
}

} // namespace tessera::pool
