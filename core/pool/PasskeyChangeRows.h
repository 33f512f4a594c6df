// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MfaChangePlan.h"
#include "SignInPolicy.h"
#include "WebAuthnConfig.h"

#include <optional>

namespace tessera::pool {

// The change plan's rows for passkeys and passwordless sign-in: the WebAuthn configuration
// (relying party, user verification; sent with SetUserPoolMfaConfig, so these rows set
// `plan.setsMfaConfig`) and each first factor allowed or withdrawn (Policies.SignInPolicy, sent
// with UpdateUserPool: `plan.updatesPool`), with what users will meet. MfaChangePlan::make
// validates both.
void appendWebAuthnRows(MfaChangePlan& plan, const std::optional<WebAuthnConfig>& inForce,
                        const std::optional<WebAuthnConfig>& edited);
// `users`, where given and counted, says how many users a withdrawn WEB_AUTHN affects.
void appendFirstFactorRows(MfaChangePlan& plan, const SignInPolicy& inForce,
                           const SignInPolicy& edited,
                           const std::optional<EnrolmentSummary>& users = std::nullopt);

// Plain words shared with the console: "Passkey (WEB_AUTHN)", "Required"...
QString firstFactorWords(const QString& factor);
QString userVerificationWords(UserVerification value);
// The relying party ID, or what an empty one means.
QString relyingPartyWords(const QString& relyingPartyId);

} // namespace tessera::pool
