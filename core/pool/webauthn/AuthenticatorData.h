// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WebAuthnError.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>

namespace tessera::pool::webauthn {

// WebAuthn's authenticator data: what the authenticator itself signs, read field by field
// (rpIdHash, flags, signCount, and on registration the attested credential).
struct AuthenticatorData
{
    enum Flag : std::uint8_t
    {
        UserPresent = 0x01,
        UserVerified = 0x04,
        BackupEligible = 0x08,
        BackedUp = 0x10,
        AttestedCredential = 0x40,
        Extensions = 0x80
    };

    QByteArray rpIdHash;
    std::uint8_t flags = 0;
    std::uint32_t signCount = 0;
    // Present when AttestedCredential is set.
    QByteArray aaguid;
    QByteArray credentialId;
    // The credential's public key as the authenticator encoded it (a COSE_Key CBOR map).
    QByteArray credentialPublicKey;

    bool has(Flag flag) const { return (flags & flag) != 0; }

    // Reads `bytes` in full; trailing or missing bytes and a bad embedded CBOR item are
    // Refusal::Malformed with the offset that went wrong.
    static Expected<AuthenticatorData, WebAuthnError> parse(QByteArrayView bytes);
};

} // namespace tessera::pool::webauthn
