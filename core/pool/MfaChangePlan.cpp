// SPDX-License-Identifier: GPL-3.0-or-later
#include "MfaChangePlan.h"

#include "PasskeyChangeRows.h"
#include "PoolUser.h"
#include "RiskChangeRows.h"

#include <QCoreApplication>

namespace tessera::pool {

namespace {

// "37 of 120 users", "37 of the 500 users read so far", or empty when nothing was counted.
QString usersOf(qint64 count, const std::optional<EnrolmentSummary>& users)
{
    if (!users) {
        return {};
    }
    const int n = int(qMin<qint64>(count, INT_MAX));
    if (users->exact) {
        return MfaChangePlan::tr("%n of %1 users", nullptr, n).arg(users->counted);
    }
    return MfaChangePlan::tr("%n of the %1 users read so far", nullptr, n).arg(users->counted);
}

QString onOff(bool on)
{
    return on ? MfaChangePlan::tr("On") : MfaChangePlan::tr("Off");
}

QString factorName(const QString& factor)
{
    if (factor == QLatin1String(factors::kSms)) {
        return MfaChangePlan::tr("SMS text messages");
    }
    if (factor == QLatin1String(factors::kEmail)) {
        return MfaChangePlan::tr("Email codes");
    }
    return MfaChangePlan::tr("Authenticator apps (TOTP)");
}

bool factorOn(const MfaConfig& config, const QString& factor)
{
    if (factor == QLatin1String(factors::kSms)) {
        return config.smsEnabled();
    }
    if (factor == QLatin1String(factors::kEmail)) {
        return config.emailEnabled();
    }
    return config.softwareTokenEnabled;
}

// What users without any factor meet at sign-in when MFA is required.
QString setupConsequence(const MfaConfig& after)
{
    if (after.softwareTokenEnabled) {
        return MfaChangePlan::tr(
            "will be asked to set up an authenticator app at their next sign-in");
    }
    return MfaChangePlan::tr(
        "cannot set a factor up while signing in (only authenticator apps can be set up "
        "then) and will need a verified phone number or email address");
}

QString modeConsequence(MfaMode before, MfaMode after, const MfaConfig& afterConfig,
                        const std::optional<EnrolmentSummary>& users)
{
    const QString without = usersOf(users ? users->withoutFactor : 0, users);
    const QString with = usersOf(users ? users->counted - users->withoutFactor : 0, users);
    switch (after) {
    case MfaMode::On:
        if (!users) {
            return MfaChangePlan::tr(
                       "Every user is asked for a code at every sign-in; users who have no factor "
                       "%1.")
                .arg(setupConsequence(afterConfig));
        }
        if (users->counted == 0) {
            return MfaChangePlan::tr(
                "The pool has no users yet: each one will be asked for a code at every "
                "sign-in.");
        }
        if (users->withoutFactor == 0) {
            return MfaChangePlan::tr(
                "Every user already has a factor; each is asked for a code at every "
                "sign-in.");
        }
        return MfaChangePlan::tr("%1 have no factor and %2.")
            .arg(without, setupConsequence(afterConfig));
    case MfaMode::Optional:
        if (before == MfaMode::On) {
            return users ? MfaChangePlan::tr(
                               "MFA becomes each user's choice: %1 have no factor and keep signing "
                               "in with a password only; users with a factor are still asked for "
                               "a code.")
                               .arg(without)
                         : MfaChangePlan::tr(
                               "MFA becomes each user's choice: users with a factor are still "
                               "asked for a code; others sign in with a password only.");
        }
        return users ? MfaChangePlan::tr(
                           "Users can turn MFA on for themselves; %1 have a factor already and "
                           "will be asked for a code at sign-in.")
                           .arg(with)
                     : MfaChangePlan::tr(
                           "Users can turn MFA on for themselves; those who have a factor will "
                           "be asked for a code at sign-in.");
    case MfaMode::Off:
        break;
    }
    return users ? MfaChangePlan::tr(
                       "Nobody is asked for a code. The factors %1 set up are kept and used again "
                       "if MFA is turned back on.")
                       .arg(with)
                 : MfaChangePlan::tr(
                       "Nobody is asked for a code. Factors users set up are kept and used again "
                       "if MFA is turned back on.");
}

QString factorOffConsequence(const QString& factor, const MfaConfig& after,
                             const std::optional<EnrolmentSummary>& users)
{
    if (!users) {
        return MfaChangePlan::tr("Users who prefer it will be asked to choose another factor.");
    }
    QString text = MfaChangePlan::tr("%1 prefer it and will be asked to choose another factor.")
                       .arg(usersOf(users->preferring(factor), users));
    const qint64 only = users->only(factor);
    if (only > 0 && after.mode != MfaMode::Off) {
        text += QLatin1Char(' ');
        if (after.mode == MfaMode::On) {
            text += MfaChangePlan::tr("%1 have no other factor and %2.")
                        .arg(usersOf(only, users), setupConsequence(after));
        } else {
            text +=
                MfaChangePlan::tr("%1 have no other factor and will sign in with a password only.")
                    .arg(usersOf(only, users));
        }
    }
    return text;
}

QString factorOnConsequence(const QString& factor)
{
    if (factor == QLatin1String(factors::kSms)) {
        return MfaChangePlan::tr(
            "Each code is a text message billed by Amazon SNS, per message and by country. "
            "Texts go through the SNS role in the SMS settings.");
    }
    if (factor == QLatin1String(factors::kEmail)) {
        return MfaChangePlan::tr(
            "Codes are sent from the pool's email configuration; on AWS email MFA needs "
            "Amazon SES as the pool's email sender.");
    }
    return MfaChangePlan::tr(
        "Users can add an authenticator app: free, works offline, nothing to pay per "
        "sign-in.");
}

QString deviceWords(const std::optional<DeviceConfiguration>& devices)
{
    if (!devices) {
        return MfaChangePlan::tr("Not remembered");
    }
    if (devices->deviceOnlyRememberedOnUserPrompt) {
        return devices->challengeRequiredOnNewDevice
                   ? MfaChangePlan::tr("Remembered when the user agrees; MFA skipped on them")
                   : MfaChangePlan::tr("Remembered when the user agrees");
    }
    return devices->challengeRequiredOnNewDevice
               ? MfaChangePlan::tr("Always remembered; MFA skipped on them")
               : MfaChangePlan::tr("Always remembered");
}

QString federatedWords(FederatedMfa value)
{
    switch (value) {
    case FederatedMfa::Enforce:
        return MfaChangePlan::tr("Always asked for a code");
    case FederatedMfa::Exempt:
        return MfaChangePlan::tr("Never asked (their provider's sign-in is trusted)");
    case FederatedMfa::Optional:
        break;
    }
    return MfaChangePlan::tr("As the pool's MFA setting says");
}

QString quoted(const QString& text)
{
    return text.isEmpty() ? MfaChangePlan::tr("(default)")
                          : QStringLiteral("\u201C%1\u201D").arg(text);
}

} // namespace

QString MfaChangePlan::modeWords(MfaMode mode)
{
    switch (mode) {
    case MfaMode::On:
        return tr("Required");
    case MfaMode::Optional:
        return tr("Optional");
    case MfaMode::Off:
        break;
    }
    return tr("Off");
}

QString MfaChangePlan::modeSentence(MfaMode mode)
{
    switch (mode) {
    case MfaMode::On:
        return tr("Every user must answer a one-time code at sign-in; users without a factor "
                  "set one up first.");
    case MfaMode::Optional:
        return tr("Each user chooses whether to use a second factor; those who set one up are "
                  "asked for a code.");
    case MfaMode::Off:
        break;
    }
    return tr("Users sign in with their password only.");
}

QString MfaChangePlan::preview(const QString& message)
{
    QString shown = message;
    shown.replace(QLatin1String("{####}"), QLatin1String("123456"));
    return shown;
}

MfaChangePlan MfaChangePlan::make(const MfaPolicy& inForce, const MfaPolicy& edited,
                                  const std::optional<EnrolmentSummary>& users)
{
    MfaChangePlan plan;
    plan.edited = edited;
    // The pool's own MFA mode and SMS settings follow the configuration, so UpdateUserPool
    // never contradicts SetUserPoolMfaConfig.
    plan.edited.pool.mfaMode = edited.mfa.mode;
    const MfaConfig& before = inForce.mfa;
    const MfaConfig& after = edited.mfa;

    if (before.mode != after.mode) {
        plan.rows << PlanRow{tr("MFA"), modeWords(before.mode), modeWords(after.mode),
                             modeConsequence(before.mode, after.mode, after, users)};
    }
    for (const char* name : {factors::kSoftwareToken, factors::kSms, factors::kEmail}) {
        const QString factor = QString::fromLatin1(name);
        const bool was = factorOn(before, factor);
        const bool is = factorOn(after, factor);
        if (was != is) {
            plan.rows << PlanRow{factorName(factor), onOff(was), onOff(is),
                                 is ? factorOnConsequence(factor)
                                    : factorOffConsequence(factor, after, users)};
        }
    }
    const QString smsBefore = before.sms ? before.sms->smsAuthenticationMessage : QString();
    const QString smsAfter = after.sms ? after.sms->smsAuthenticationMessage : QString();
    if (after.sms && smsBefore != smsAfter) {
        plan.rows << PlanRow{tr("SMS message"), quoted(smsBefore), quoted(smsAfter),
                             tr("Users receive: %1").arg(quoted(preview(smsAfter)))};
    }
    const auto smsConfig = [](const MfaPolicy& policy) {
        return policy.mfa.sms && policy.mfa.sms->smsConfiguration ? policy.mfa.sms->smsConfiguration
                                                                  : policy.pool.smsConfiguration;
    };
    if (after.sms && smsConfig(inForce) != smsConfig(edited)) {
        const auto describe = [](const std::optional<SmsConfiguration>& sms) {
            return sms ? QStringLiteral("%1 (%2)").arg(
                             sms->snsCallerArn,
                             sms->snsRegion.isEmpty() ? tr("the pool's region") : sms->snsRegion)
                       : tr("none");
        };
        plan.rows << PlanRow{tr("SMS sender (SNS role)"), describe(smsConfig(inForce)),
                             describe(smsConfig(edited)),
                             tr("Texts are sent through this IAM role; if it cannot publish to "
                                "SNS, every SMS code fails to arrive.")};
    }
    if (after.email) {
        const EmailMfaConfig was = before.email.value_or(EmailMfaConfig{});
        if (was.subject != after.email->subject) {
            plan.rows << PlanRow{tr("Email subject"), quoted(was.subject),
                                 quoted(after.email->subject), tr("The subject of code emails.")};
        }
        if (was.message != after.email->message) {
            plan.rows << PlanRow{
                tr("Email message"), quoted(was.message), quoted(after.email->message),
                tr("Users receive: %1").arg(quoted(preview(after.email->message)))};
        }
    }
    appendWebAuthnRows(plan, before.webAuthn, after.webAuthn);
    plan.setsMfaConfig = !plan.rows.isEmpty();

    const UserPool& poolBefore = inForce.pool;
    const UserPool& poolAfter = edited.pool;
    const qsizetype mfaRows = plan.rows.size();
    if (poolBefore.deviceConfiguration != poolAfter.deviceConfiguration) {
        plan.rows << PlanRow{
            tr("Remembered devices"), deviceWords(poolBefore.deviceConfiguration),
            deviceWords(poolAfter.deviceConfiguration),
            poolAfter.deviceConfiguration &&
                    poolAfter.deviceConfiguration->challengeRequiredOnNewDevice
                ? tr("A remembered device signs in without a code; a new device is always asked.")
                : tr("Every sign-in is asked for a code, remembered device or not.")};
    }
    if (poolBefore.federatedMfa != poolAfter.federatedMfa) {
        plan.rows << PlanRow{tr("Federated users"), federatedWords(poolBefore.federatedMfa),
                             federatedWords(poolAfter.federatedMfa),
                             tr("Applies to users who sign in through another identity provider "
                                "(Tessera's local engine).")};
    }
    if (poolBefore.rememberDeviceDays != poolAfter.rememberDeviceDays) {
        plan.rows << PlanRow{tr("Days a device is remembered"),
                             QString::number(poolBefore.rememberDeviceDays),
                             QString::number(poolAfter.rememberDeviceDays),
                             poolAfter.rememberDeviceDays > 0
                                 ? tr("A user who signed in with a code is not asked again on that "
                                      "device for %n days.",
                                      nullptr, poolAfter.rememberDeviceDays)
                                 : tr("Devices are not remembered: a code at every sign-in.")};
    }
    appendFirstFactorRows(plan, poolBefore.signInPolicy, poolAfter.signInPolicy, users);
    plan.updatesPool = plan.rows.size() > mfaRows;

    if (plan.setsMfaConfig) {
        QStringList kept;
        if (after.softwareTokenEnabled && before.softwareTokenEnabled) {
            kept << tr("the authenticator-app setting");
        }
        if (after.sms && before.sms) {
            kept << tr("the SMS block");
        }
        if (after.email && before.email && *after.email == *before.email) {
            kept << tr("the email block");
        }
        plan.notes << (kept.isEmpty()
                           ? tr("SetUserPoolMfaConfig replaces the whole MFA configuration; the "
                                "plan sends all of it.")
                           : tr("SetUserPoolMfaConfig replaces the whole MFA configuration, so "
                                "the plan sends all of it: what you did not edit (%1) stays as "
                                "it is.")
                                 .arg(kept.join(QLatin1String("; "))));
    }
    if (plan.updatesPool) {
        plan.notes << tr("UpdateUserPool resets every setting a request leaves out: the plan "
                         "repeats the pool's other settings so that nothing else changes.");
    }
    if (users && !users->exact) {
        plan.notes << tr("User counts are from the %1 users read so far, not the whole pool.")
                          .arg(users->counted);
    }
    if (plan.setsMfaConfig) {
        plan.validation = after.validate(poolAfter.smsConfiguration);
    }
    if (plan.validation.ok() && poolBefore.signInPolicy != poolAfter.signInPolicy) {
        plan.validation = poolAfter.signInPolicy.validate();
    }
    appendRiskRows(plan, inForce.risk, edited.risk);
    return plan;
}

} // namespace tessera::pool
