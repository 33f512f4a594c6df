// SPDX-License-Identifier: GPL-3.0-or-later
#include "WebAuthnError.h"

namespace tessera::pool::webauthn {

QString refusalName(Refusal reason)
{
    switch (reason) {
    case Refusal::Malformed:
        return QStringLiteral("Malformed");
    case Refusal::WrongType:
        return QStringLiteral("WrongType");
    case Refusal::ChallengeMismatch:
        return QStringLiteral("ChallengeMismatch");
    case Refusal::ChallengeUnknown:
        return QStringLiteral("ChallengeUnknown");
    case Refusal::OriginMismatch:
        return QStringLiteral("OriginMismatch");
    case Refusal::RpIdMismatch:
        return QStringLiteral("RpIdMismatch");
    case Refusal::UserNotPresent:
        return QStringLiteral("UserNotPresent");
    case Refusal::UserNotVerified:
        return QStringLiteral("UserNotVerified");
    case Refusal::UnsupportedAttestation:
        return QStringLiteral("UnsupportedAttestation");
    case Refusal::UnsupportedAlgorithm:
        return QStringLiteral("UnsupportedAlgorithm");
    case Refusal::BadKey:
        return QStringLiteral("BadKey");
    case Refusal::BadSignature:
        return QStringLiteral("BadSignature");
    case Refusal::SignCountNotIncreased:
        return QStringLiteral("SignCountNotIncreased");
    case Refusal::UnknownCredential:
        return QStringLiteral("UnknownCredential");
    }
    return QStringLiteral("Malformed");
}

} // namespace tessera::pool::webauthn
