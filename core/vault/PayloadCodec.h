// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Vault.h"
#include "crypto/SecureBytes.h"
#include "util/Expected.h"

#include <QByteArrayView>

namespace tessera::vault::payload {

// The plaintext of a vault file: one CBOR map (see docs/vault-format.md, "Payload").
// encode() writes straight into wiped memory; decode() reads secrets straight into SecureBytes,
// so no secret passes through an ordinary QByteArray. Keys decode() does not know are kept in the
// objects' unknownFields and written back by encode().
Expected<crypto::SecureBytes> encode(const Vault& vault);
Expected<Vault> decode(QByteArrayView cbor);

} // namespace tessera::vault::payload
