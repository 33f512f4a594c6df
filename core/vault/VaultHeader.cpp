// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultHeader.h"

#include "crypto/AesGcm.h"
#include "crypto/KdfCost.h"

#include <QCborArray>
#include <QCborValue>
#include <QCoreApplication>
#include <QtEndian>

#include <cstring>

namespace tessera::vault {

namespace {

const QString kNonce = QStringLiteral("nonce");
const QString kSlots = QStringLiteral("slots");
const QString kCipher = QStringLiteral("cipher");
const QString kCipherName = QStringLiteral("AES-256-GCM");
const QString kType = QStringLiteral("type");
const QString kKdf = QStringLiteral("kdf");
const QString kScryptName = QStringLiteral("scrypt");
const QString kN = QStringLiteral("n");
const QString kR = QStringLiteral("r");
const QString kP = QStringLiteral("p");
const QString kSalt = QStringLiteral("salt");
const QString kKeyringKey = QStringLiteral("keyringKey");
const QString kWrappedKey = QStringLiteral("wrappedKey");
const QString kPasswordType = QStringLiteral("password");
const QString kKeyringType = QStringLiteral("keyring");

FormatFailure damaged(const QString& why)
{
    return {VaultHeader::tr("the vault header is damaged: %1").arg(why), FormatError::Damaged};
}

QString slotTypeName(KeySlot::Type type)
{
    switch (type) {
    case KeySlot::Type::Password:
        return kPasswordType;
    case KeySlot::Type::Keyring:
        return kKeyringType;
    case KeySlot::Type::Unknown:
        break;
    }
    return {};
}

QCborMap slotToCbor(const KeySlot& slot)
{
    if (slot.type == KeySlot::Type::Unknown) {
        return slot.unknownFields;
    }
    QCborMap map = slot.unknownFields;
    map.insert(kType, slotTypeName(slot.type));
    if (slot.type == KeySlot::Type::Password) {
        map.insert(kKdf, kScryptName);
        map.insert(kN, qint64(slot.scrypt.n));
        map.insert(kR, qint64(slot.scrypt.r));
        map.insert(kP, qint64(slot.scrypt.p));
        map.insert(kSalt, slot.salt);
    } else {
        map.insert(kKeyringKey, slot.keyringKey);
    }
    map.insert(kNonce, slot.nonce);
    map.insert(kWrappedKey, slot.wrappedKey);
    return map;
}

bool isBytes(const QCborValue& value, qsizetype size)
{
    return value.isByteArray() && value.toByteArray().size() == size;
}

Expected<KeySlot> slotFromCbor(const QCborValue& value)
{
    if (!value.isMap()) {
        return makeError(VaultHeader::tr("a key slot is not a map"));
    }
    QCborMap map = value.toMap();
    KeySlot slot;
    const QString type = map.value(kType).toString();
    if (type != kPasswordType && type != kKeyringType) {
        // A slot type from a newer version: kept, never used.
        slot.unknownFields = map;
        return slot;
    }
    const QCborValue nonce = map.take(kNonce);
    const QCborValue wrapped = map.take(kWrappedKey);
    if (!isBytes(nonce, qsizetype(crypto::aesgcm::kNonceSize)) ||
        !isBytes(wrapped, qsizetype(kMasterKeySize + crypto::aesgcm::kTagSize))) {
        return makeError(VaultHeader::tr("a key slot has a malformed nonce or wrapped key"));
    }
    slot.nonce = nonce.toByteArray();
    slot.wrappedKey = wrapped.toByteArray();
    map.remove(kType);
    if (type == kPasswordType) {
        slot.type = KeySlot::Type::Password;
        const QCborValue kdf = map.take(kKdf);
        const QCborValue n = map.take(kN);
        const QCborValue r = map.take(kR);
        const QCborValue p = map.take(kP);
        const QCborValue salt = map.take(kSalt);
        if (kdf.toString() != kScryptName) {
            return makeError(
                VaultHeader::tr("a password slot names a key derivation other than scrypt"));
        }
        if (!n.isInteger() || !r.isInteger() || !p.isInteger() || n.toInteger() < 2 ||
            r.toInteger() < 1 || p.toInteger() < 1 || r.toInteger() > 0xffff ||
            p.toInteger() > 0xffff) {
            return makeError(VaultHeader::tr("a password slot has invalid scrypt parameters"));
        }
        slot.scrypt = {std::uint64_t(n.toInteger()), std::uint32_t(r.toInteger()),
                       std::uint32_t(p.toInteger())};
        if (!isWithinReadLimits(slot.scrypt)) {
            return makeError(VaultHeader::tr(
                "a password slot asks for scrypt parameters beyond what Tessera runs"));
        }
        if (!isBytes(salt, qsizetype(kSaltSize))) {
            return makeError(VaultHeader::tr("a password slot has a malformed salt"));
        }
        slot.salt = salt.toByteArray();
    } else {
        slot.type = KeySlot::Type::Keyring;
        const QCborValue key = map.take(kKeyringKey);
        if (!key.isString() || key.toString().isEmpty()) {
            return makeError(VaultHeader::tr("a keyring slot has no keyring item name"));
        }
        slot.keyringKey = key.toString();
    }
    slot.unknownFields = map;
    return slot;
}

} // namespace

bool isWithinReadLimits(const crypto::ScryptParameters& parameters)
{
    const bool powerOfTwo = parameters.n > 1 && (parameters.n & (parameters.n - 1)) == 0;
    return powerOfTwo && parameters.n <= (std::uint64_t(1) << 24) && parameters.r >= 1 &&
           parameters.r <= 64 && parameters.p >= 1 && parameters.p <= 64 &&
           parameters.memoryBytes() <= crypto::kMaxKdfMemory;
}

bool isAtLeastMinimum(const crypto::ScryptParameters& parameters)
{
    return parameters.n >= kMinimumScrypt.n && parameters.r >= kMinimumScrypt.r &&
           parameters.p >= kMinimumScrypt.p;
}

QByteArray KeySlot::wrappingAad() const
{
    return "tessera-vault/1/slot/" + slotTypeName(type).toLatin1();
}

QByteArray VaultHeader::toCbor() const
{
    QCborMap map = unknownFields;
    map.insert(kCipher, kCipherName);
    map.insert(kNonce, payloadNonce);
    QCborArray slotArray;
    for (const KeySlot& slot : keySlots) {
        slotArray.append(slotToCbor(slot));
    }
    map.insert(kSlots, slotArray);
    return map.toCborValue().toCbor();
}

QByteArray serializeAuthenticatedPart(const VaultHeader& header)
{
    const QByteArray cbor = header.toCbor();
    QByteArray out(kMagic, sizeof kMagic);
    char version[2];
    qToBigEndian(kFormatVersion, version);
    out.append(version, 2);
    char length[4];
    qToBigEndian(quint32(cbor.size()), length);
    out.append(length, 4);
    out.append(cbor);
    return out;
}

Expected<ParsedVaultFile, FormatFailure> parseVaultFile(QByteArrayView file)
{
    if (file.isEmpty()) {
        return damaged(VaultHeader::tr("the file is empty"));
    }
    const qsizetype magicLength = std::min<qsizetype>(file.size(), qsizetype(sizeof kMagic));
    if (std::memcmp(file.data(), kMagic, std::size_t(magicLength)) != 0) {
        return FormatFailure{VaultHeader::tr("this is not a Tessera vault"),
                             FormatError::NotAVault};
    }
    if (file.size() < kPreambleSize) {
        return damaged(VaultHeader::tr("the file is cut short"));
    }
    const auto version = qFromBigEndian<quint16>(file.data() + sizeof kMagic);
    if (version > kFormatVersion) {
        return FormatFailure{
            VaultHeader::tr("this vault was made by a newer version of Tessera (format %1; "
                            "this version reads format %2): update Tessera to open it")
                .arg(version)
                .arg(kFormatVersion),
            FormatError::NewerVersion};
    }
    if (version == 0) {
        return damaged(VaultHeader::tr("format version 0 does not exist"));
    }
    const auto headerLength = qFromBigEndian<quint32>(file.data() + sizeof kMagic + 2);
    if (headerLength > quint32(kMaxHeaderSize) ||
        qsizetype(headerLength) >
            file.size() - kPreambleSize - qsizetype(crypto::aesgcm::kTagSize)) {
        return damaged(VaultHeader::tr("the header length is impossible for this file's size"));
    }
    const QByteArrayView headerBytes = file.sliced(kPreambleSize, qsizetype(headerLength));
    QCborParserError parseError;
    const QCborValue value = QCborValue::fromCbor(headerBytes.toByteArray(), &parseError);
    if (parseError.error != QCborError::NoError || !value.isMap()) {
        return damaged(VaultHeader::tr("the header is not a CBOR map"));
    }
    QCborMap map = value.toMap();
    VaultHeader header;
    if (map.take(kCipher).toString() != kCipherName) {
        return damaged(VaultHeader::tr("the header names an unknown cipher"));
    }
    const QCborValue nonce = map.take(kNonce);
    if (!isBytes(nonce, qsizetype(crypto::aesgcm::kNonceSize))) {
        return damaged(VaultHeader::tr("the payload nonce is malformed"));
    }
    header.payloadNonce = nonce.toByteArray();
    const QCborValue slotList = map.take(kSlots);
    if (!slotList.isArray() || slotList.toArray().isEmpty() ||
        slotList.toArray().size() > kMaxSlots) {
        return damaged(VaultHeader::tr("the key slot list is missing or malformed"));
    }
    for (const QCborValue& slotValue : slotList.toArray()) {
        auto slot = slotFromCbor(slotValue);
        if (!slot) {
            return damaged(slot.error());
        }
        header.keySlots.append(std::move(*slot));
    }
    header.unknownFields = map;
    return ParsedVaultFile{std::move(header), file.first(kPreambleSize + qsizetype(headerLength)),
                           file.sliced(kPreambleSize + qsizetype(headerLength))};
}

} // namespace tessera::vault
