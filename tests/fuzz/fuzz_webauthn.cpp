// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the WebAuthn readers on arbitrary bytes, as an attestation object, as
// authenticator data and as a COSE key. Nothing may crash or read out of bounds, and nothing
// arbitrary may pass: the fuzzer holds no private key, so every registration it builds must be
// refused (its challenge and origin are right, but rpIdHash and signatures cannot be).
#include "pool/webauthn/AuthenticatorData.h"
#include "pool/webauthn/CeremonyVerifier.h"
#include "pool/webauthn/CoseKey.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace tessera::pool::webauthn;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    if (const auto parsed = AuthenticatorData::parse(bytes)) {
        if (parsed->rpIdHash.size() != 32 ||
            (parsed->has(AuthenticatorData::AttestedCredential) &&
             (parsed->credentialId.isEmpty() || parsed->credentialPublicKey.isEmpty()))) {
            std::fprintf(stderr, "AuthenticatorData accepted an inconsistent record\n");
            std::abort();
        }
        (void)CoseKey::parse(parsed->credentialPublicKey);
    }
    (void)CoseKey::parse(bytes);

    const QByteArray challenge(16, 'c');
    const QByteArray clientData =
        QByteArrayLiteral(R"({"type":"webauthn.create","challenge":"Y2NjY2NjY2NjY2NjY2NjYw",)"
                          R"("origin":"https://example.com"})");
    const CeremonyVerifier verifier(RelyingParty{QStringLiteral("example.com"), {}, false});
    const auto registration = verifier.verifyRegistration(clientData, bytes, challenge);
    // Only attestation "none" can pass without a private key, and then only with the right
    // rpIdHash, which arbitrary input reaches only by copying a seed: allowed, and not a finding.
    if (registration && registration->attestationFormat != QLatin1String("none")) {
        std::fprintf(stderr, "a packed registration passed without its key\n");
        std::abort();
    }
    return 0;
}
