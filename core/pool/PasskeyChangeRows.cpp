// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasskeyChangeRows.h"

namespace tessera::pool {

namespace {

const QString kWebAuthn = QString::fromLatin1(firstFactors::kWebAuthn);
const QString kEmailOtp = QString::fromLatin1(firstFactors::kEmailOtp);
const QString kSmsOtp = QString::fromLatin1(firstFactors::kSmsOtp);

QString allowedWords(bool allowed)
{
    return allowed ? MfaChangePlan::tr("Allowed") : MfaChangePlan::tr("Not allowed");
}

QString factorOnConsequence(const QString& factor)
{
    if (factor == kWebAuthn) {
        return MfaChangePlan::tr(
            "Users can register passkeys (security keys, phones, laptops) and sign in with them "
            "instead of a password. Passkeys need the relying party set below.");
    }
    if (factor == kEmailOtp) {
        return MfaChangePlan::tr(
            "Users with a verified email address can sign in with a code sent by email instead "
            "of their password; on AWS this needs Amazon SES as the pool's email sender.");
    }
    if (factor == kSmsOtp) {
        return MfaChangePlan::tr(
            "Users with a verified phone number can sign in with a code sent by text message "
            "instead of their password; every code is a message the pool pays for.");
    }
    return MfaChangePlan::tr("Users can sign in with their password.");
}

QString factorOffConsequence(const QString& factor, const std::optional<EnrolmentSummary>& users)
{
    if (factor == kWebAuthn && users && users->withPasskey == 0) {
        return MfaChangePlan::tr("No user has registered a passkey yet: nobody loses a way to "
                                 "sign in.");
    }
    if (factor == kWebAuthn && users && users->withPasskey > 0) {
        return MfaChangePlan::tr(
            "%n user(s) with a registered passkey can no longer sign in with it nor "
            "register another; their passkeys stay stored. Users who have only passkeys "
            "must sign in with a password, and a user without one is locked out until an "
            "administrator sets a password.",
            nullptr, int(users->withPasskey));
    }
    if (factor == kWebAuthn) {
        return MfaChangePlan::tr(
            "Users can no longer sign in with a passkey nor register one; their passkeys stay "
            "stored. Users who have only passkeys must sign in with a password, and a user "
            "without one is locked out until an administrator sets a password.");
    }
    if (factor == kEmailOtp) {
        return MfaChangePlan::tr(
            "Users can no longer sign in with an emailed code; users who never set a password "
            "are locked out until an administrator sets one.");
    }
    if (factor == kSmsOtp) {
        return MfaChangePlan::tr(
            "Users can no longer sign in with a texted code; users who never set a password "
            "are locked out until an administrator sets one.");
    }
    return MfaChangePlan::tr("Users can no longer sign in with a password.");
}

} // namespace

QString firstFactorWords(const QString& factor)
{
    if (factor == kWebAuthn) {
        return MfaChangePlan::tr("Passkey (WEB_AUTHN)");
    }
    if (factor == kEmailOtp) {
        return MfaChangePlan::tr("Code by email (EMAIL_OTP)");
    }
    if (factor == kSmsOtp) {
        return MfaChangePlan::tr("Code by text message (SMS_OTP)");
    }
    return MfaChangePlan::tr("Password (PASSWORD)");
}

QString userVerificationWords(UserVerification value)
{
    return value == UserVerification::Required ? MfaChangePlan::tr("Required")
                                               : MfaChangePlan::tr("Preferred");
}

QString relyingPartyWords(const QString& relyingPartyId)
{
    return relyingPartyId.isEmpty() ? MfaChangePlan::tr("(the pool's own domain)") : relyingPartyId;
}

void appendWebAuthnRows(MfaChangePlan& plan, const std::optional<WebAuthnConfig>& inForce,
                        const std::optional<WebAuthnConfig>& edited)
{
    if (inForce == edited) {
        return;
    }
    const WebAuthnConfig before = inForce.value_or(WebAuthnConfig{});
    const WebAuthnConfig after = edited.value_or(WebAuthnConfig{});
    if (before.relyingPartyId != after.relyingPartyId) {
        plan.rows << PlanRow{
            MfaChangePlan::tr("Passkey relying party"), relyingPartyWords(before.relyingPartyId),
            relyingPartyWords(after.relyingPartyId),
            before.relyingPartyId.isEmpty() && !inForce
                ? MfaChangePlan::tr("Passkeys are bound to %1: pages on that domain and its "
                                    "subdomains can use them.")
                      .arg(relyingPartyWords(after.relyingPartyId))
                : MfaChangePlan::tr("Passkeys registered for %1 stop working: a browser offers a "
                                    "passkey only to the relying party it was made for. Their "
                                    "users must register a new one.")
                      .arg(relyingPartyWords(before.relyingPartyId))};
    }
    if (before.userVerification != after.userVerification) {
        plan.rows << PlanRow{
            MfaChangePlan::tr("Passkey user verification"),
            userVerificationWords(before.userVerification),
            userVerificationWords(after.userVerification),
            after.userVerification == UserVerification::Required
                ? MfaChangePlan::tr("Every passkey sign-in must prove who holds the key (PIN or "
                                    "biometric); keys that cannot are refused.")
                : MfaChangePlan::tr("A touch of the key is enough where it cannot verify who "
                                    "holds it.")};
    }
    plan.setsMfaConfig = true;
}

void appendFirstFactorRows(MfaChangePlan& plan, const SignInPolicy& inForce,
                           const SignInPolicy& edited, const std::optional<EnrolmentSummary>& users)
{
    if (inForce == edited) {
        return;
    }
    for (const QString& factor : firstFactors::all()) {
        const bool was = inForce.allows(factor);
        const bool is = edited.allows(factor);
        if (was != is) {
            plan.rows << PlanRow{
                MfaChangePlan::tr("First factor: %1").arg(firstFactorWords(factor)),
                allowedWords(was), allowedWords(is),
                is ? factorOnConsequence(factor) : factorOffConsequence(factor, users)};
        }
    }
    plan.updatesPool = true;
}

} // namespace tessera::pool
