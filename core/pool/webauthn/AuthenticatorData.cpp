// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthenticatorData.h"

#include <QCborStreamReader>
#include <QCborValue>
#include <QCoreApplication>

namespace tessera::pool::webauthn {

namespace {

constexpr qsizetype kHeaderSize = 32 + 1 + 4;
constexpr qsizetype kCredentialIdLimit = 1023; // WebAuthn Level 3's maximum

WebAuthnError malformed(const QString& what)
{
    return {Refusal::Malformed, what};
}

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("AuthenticatorData", text, nullptr, n);
}

// The length of the one CBOR item at the start of `bytes`, or -1 when it is not well formed.
qsizetype cborItemLength(QByteArrayView bytes)
{
    QCborStreamReader reader(bytes.toByteArray());
    const QCborValue value = QCborValue::fromCbor(reader);
    if (reader.lastError() != QCborError::NoError || value.isInvalid()) {
        return -1;
    }
    return qsizetype(reader.currentOffset());
}

} // namespace

Expected<AuthenticatorData, WebAuthnError> AuthenticatorData::parse(QByteArrayView bytes)
{
    if (bytes.size() < kHeaderSize) {
        return malformed(
            tr("The authenticator data is %1 bytes long; it needs at least 37.").arg(bytes.size()));
    }
    AuthenticatorData data;
    data.rpIdHash = bytes.first(32).toByteArray();
    data.flags = std::uint8_t(bytes[32]);
    data.signCount = (std::uint32_t(std::uint8_t(bytes[33])) << 24) |
                     (std::uint32_t(std::uint8_t(bytes[34])) << 16) |
                     (std::uint32_t(std::uint8_t(bytes[35])) << 8) |
                     std::uint32_t(std::uint8_t(bytes[36]));
    qsizetype offset = kHeaderSize;
    if (data.has(AttestedCredential)) {
        if (bytes.size() < offset + 18) {
            return malformed(tr("The authenticator data ends inside the attested credential."));
        }
        data.aaguid = bytes.sliced(offset, 16).toByteArray();
        const qsizetype idLength = (qsizetype(std::uint8_t(bytes[offset + 16])) << 8) |
                                   qsizetype(std::uint8_t(bytes[offset + 17]));
        offset += 18;
        if (idLength == 0 || idLength > kCredentialIdLimit || bytes.size() < offset + idLength) {
            return malformed(tr("The credential ID length %1 is not between 1 and 1023 bytes or "
                                "runs past the end of the authenticator data.")
                                 .arg(idLength));
        }
        data.credentialId = bytes.sliced(offset, idLength).toByteArray();
        offset += idLength;
        const qsizetype keyLength = cborItemLength(bytes.sliced(offset));
        if (keyLength <= 0) {
            return malformed(
                tr("The credential public key at byte %1 is not well-formed CBOR.").arg(offset));
        }
        data.credentialPublicKey = bytes.sliced(offset, keyLength).toByteArray();
        offset += keyLength;
    }
    if (data.has(Extensions)) {
        const qsizetype extensionsLength =
            offset < bytes.size() ? cborItemLength(bytes.sliced(offset)) : -1;
        if (extensionsLength <= 0) {
            return malformed(tr("The extensions at byte %1 are not well-formed CBOR.").arg(offset));
        }
        offset += extensionsLength;
    }
    if (offset != bytes.size()) {
        return malformed(tr("The authenticator data has %n unexpected trailing bytes.",
                            int(bytes.size() - offset)));
    }
    return data;
}

} // namespace tessera::pool::webauthn
