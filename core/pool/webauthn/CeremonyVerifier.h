// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RelyingParty.h"
#include "WebAuthnError.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace tessera::pool::webauthn {

// What a verified registration yields, to be stored against the user.
struct VerifiedCredential
{
    QByteArray credentialId;
    QByteArray publicKey; // COSE_Key CBOR, as registered
    int algorithm = 0;
    std::uint32_t signCount = 0;
    QByteArray aaguid;
    QString attestationFormat; // "none" or "packed"
    bool userVerified = false;
    bool backupEligible = false;
};

// A registered credential as an assertion is checked against it.
struct StoredCredential
{
    QByteArray credentialId;
    QByteArray publicKey;
    std::uint32_t signCount = 0;
};

// What a verified assertion yields: the counter to store and whether the user was verified.
struct VerifiedAssertion
{
    std::uint32_t signCount = 0;
    bool userVerified = false;
};

// The relying party's side of WebAuthn's two ceremonies (Web Authentication Level 3, sections
// 7.1 and 7.2), for attestation "none" and "packed" self-attestation and ES256/RS256 keys. The
// challenge given is the one the server issued for this ceremony; keeping it single-use is the
// caller's job.
class CeremonyVerifier
{
public:
    explicit CeremonyVerifier(RelyingParty party) : m_party(std::move(party)) {}

    const RelyingParty& party() const { return m_party; }

    Expected<VerifiedCredential, WebAuthnError>
    verifyRegistration(const QByteArray& clientDataJson, const QByteArray& attestationObject,
                       const QByteArray& challenge) const;

    Expected<VerifiedAssertion, WebAuthnError>
    verifyAssertion(const QByteArray& clientDataJson, const QByteArray& authenticatorData,
                    const QByteArray& signature, const QByteArray& challenge,
                    const StoredCredential& credential) const;

private:
    RelyingParty m_party;
};

} // namespace tessera::pool::webauthn
