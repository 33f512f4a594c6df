// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the two parsers a vault file passes through: the unencrypted header
// (parseVaultFile, reachable by anyone who can hand Tessera a file) and the decrypted payload
// (payload::decode, reachable only with the key, but it must still never crash or loop).
// Whatever parses must write back into something that parses the same way.
#include "vault/PayloadCodec.h"
#include "vault/VaultHeader.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

using namespace tessera::vault;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView input(data, qsizetype(size));

    const auto parsed = parseVaultFile(input);
    if (parsed) {
        const QByteArray rewritten =
            serializeAuthenticatedPart(parsed->header) + parsed->ciphertext.toByteArray();
        const auto again = parseVaultFile(rewritten);
        if (!again || again->header.keySlots.size() != parsed->header.keySlots.size() ||
            again->header.payloadNonce != parsed->header.payloadNonce ||
            again->ciphertext != parsed->ciphertext) {
            std::abort();
        }
    } else if (parsed.error().isEmpty()) {
        std::abort(); // every refusal says why
    }

    auto vault = payload::decode(input);
    if (vault) {
        const auto encoded = payload::encode(*vault);
        const auto again =
            encoded ? payload::decode(encoded->view()) : tessera::Expected<Vault>(tessera::Error{});
        if (!again || again->size() != vault->size() ||
            again->groups().size() != vault->groups().size()) {
            std::abort();
        }
    }
    return 0;
}
