// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Expected.h"

#include <QString>

namespace tessera::pool::webauthn {

// Why a registration or an assertion was refused: a reason callers (and tests) branch on, and
// a message a person can act on.
enum class Refusal
{
    Malformed,              // not CBOR/JSON of the expected shape
    WrongType,              // clientDataJSON.type is not the ceremony's
    ChallengeMismatch,      // clientDataJSON.challenge is not the one issued
    ChallengeUnknown,       // the challenge was never issued, already used or has expired
    OriginMismatch,         // clientDataJSON.origin is not the relying party's
    RpIdMismatch,           // authenticatorData.rpIdHash is not SHA-256 of the relying party ID
    UserNotPresent,         // flag UP clear
    UserNotVerified,        // flag UV clear while the pool requires verification
    UnsupportedAttestation, // an attestation format or statement Tessera does not verify
    UnsupportedAlgorithm,   // a COSE key or signature algorithm other than ES256 and RS256
    BadKey,                 // a COSE key that does not describe a usable public key
    BadSignature,           // the signature does not verify
    SignCountNotIncreased,  // the counter did not grow: a cloned authenticator is suspected
    UnknownCredential       // the credential is not registered to this user
};

struct WebAuthnError
{
    Refusal reason = Refusal::Malformed;
    QString message;
};

// Reason names for traces and tests ("BadSignature").
QString refusalName(Refusal reason);

} // namespace tessera::pool::webauthn
