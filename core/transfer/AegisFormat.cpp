// SPDX-License-Identifier: GPL-3.0-or-later
#include "AegisFormat.h"

#include "ItemBuilder.h"
#include "TransferCrypto.h"
#include "crypto/AesGcm.h"
#include "crypto/KdfCost.h"
#include "otp/Base32.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <limits>
#include <vector>

namespace tessera::transfer {

namespace {

const QString kFormat = QStringLiteral("aegis");

std::span<const std::uint8_t> bytesOf(const QByteArray& bytes)
{
    return {reinterpret_cast<const std::uint8_t*>(bytes.constData()), std::size_t(bytes.size())};
}

QString hex(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.toByteArray().toHex());
}

ImportItem readEntry(const QJsonObject& entry, int index)
{
    const QString issuer = entry.value(QLatin1String("issuer")).toString();
    const QString name = entry.value(QLatin1String("name")).toString();
    const QString source = issuer.isEmpty() && name.isEmpty()
                               ? AegisFormat::tr("entry %1").arg(index + 1)
                               : (issuer.isEmpty() ? name : issuer + QLatin1Char(':') + name);
    const QJsonObject info = entry.value(QLatin1String("info")).toObject();
    ItemBuilder::Fields fields;
    fields.type = entry.value(QLatin1String("type")).toString();
    fields.algorithm = info.value(QLatin1String("algo")).toString();
    fields.digits = info.value(QLatin1String("digits")).toInt(otp::kDefaultDigits);
    fields.period = info.value(QLatin1String("period")).toInt(otp::kDefaultPeriod);
    fields.counter = quint64(info.value(QLatin1String("counter")).toInteger(0));
    fields.issuer = issuer;
    fields.account = name;
    if (!info.value(QLatin1String("secret")).isString()) {
        return ItemBuilder::error(source, AegisFormat::tr("the entry has no secret"));
    }
    return ItemBuilder::fromBase32(source, fields, info.value(QLatin1String("secret")).toString());
}

ImportResult readContent(const QJsonObject& content)
{
    ImportResult result;
    result.format = kFormat;
    const QJsonValue entries = content.value(QLatin1String("entries"));
    if (!entries.isArray()) {
        return ImportResult::failed(ImportFailure::Damaged,
                                    AegisFormat::tr("the Aegis export has no list of entries"),
                                    kFormat);
    }
    const QJsonArray array = entries.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        result.items.push_back(readEntry(array[i].toObject(), int(i)));
    }
    return result;
}

// A well-formed password slot: what it needs to be tried, read before any derivation runs.
struct PasswordSlot
{
    crypto::ScryptParameters parameters;
    QByteArray salt;
    QByteArray wrappedKeyAndTag;
    QByteArray nonce;
};

std::vector<PasswordSlot> passwordSlots(const QJsonArray& keySlots)
{
    std::vector<PasswordSlot> found;
    for (const QJsonValue value : keySlots) {
        const QJsonObject slot = value.toObject();
        if (slot.value(QLatin1String("type")).toInt(-1) != 1) {
            continue; // raw and biometric slots need a key that lives on the phone
        }
        const auto salt =
            TransferCrypto::fromHex(slot.value(QLatin1String("salt")).toString().toLatin1());
        const auto wrapped =
            TransferCrypto::fromHex(slot.value(QLatin1String("key")).toString().toLatin1());
        const QJsonObject keyParams = slot.value(QLatin1String("key_params")).toObject();
        const auto nonce =
            TransferCrypto::fromHex(keyParams.value(QLatin1String("nonce")).toString().toLatin1());
        const auto tag =
            TransferCrypto::fromHex(keyParams.value(QLatin1String("tag")).toString().toLatin1());
        const auto n = slot.value(QLatin1String("n")).toInteger(0);
        const auto r = slot.value(QLatin1String("r")).toInteger(0);
        const auto p = slot.value(QLatin1String("p")).toInteger(0);
        // How much the parameters may cost is crypto::checkKdfCost's to say, over all slots.
        constexpr qint64 kMaxField = std::numeric_limits<std::uint32_t>::max();
        if (!salt || !wrapped || !nonce || !tag || nonce->size() != 12 || n < 2 || r < 1 ||
            r > kMaxField || p < 1 || p > kMaxField) {
            continue;
        }
        found.push_back({{std::uint64_t(n), std::uint32_t(r), std::uint32_t(p)},
                         *salt,
                         *wrapped + *tag,
                         *nonce});
    }
    return found;
}

std::optional<crypto::SecureBytes> unwrapMasterKey(const std::vector<PasswordSlot>& candidates,
                                                   const crypto::SecureBytes& password)
{
    for (const PasswordSlot& slot : candidates) {
        const auto key = crypto::scrypt(password.span(), bytesOf(slot.salt), slot.parameters, 32);
        if (!key) {
            continue;
        }
        auto master =
            crypto::aesgcm::decrypt(key->span(), bytesOf(slot.nonce), {}, slot.wrappedKeyAndTag);
        if (master && master->size() == 32) {
            return std::move(*master);
        }
    }
    return std::nullopt;
}

QJsonObject entryObject(const vault::Entry& entry)
{
    const otp::OtpParameters& parameters = entry.parameters();
    QJsonObject info{
        {QStringLiteral("secret"), otp::base32::encode(parameters.secret().span())},
        {QStringLiteral("algo"), otp::algorithmName(parameters.algorithm())},
        {QStringLiteral("digits"), parameters.digits()},
    };
    if (parameters.type() == otp::OtpType::Hotp) {
        info.insert(QStringLiteral("counter"), qint64(parameters.counter()));
    } else {
        info.insert(QStringLiteral("period"), parameters.period());
    }
    QJsonArray groups;
    for (const QUuid& group : entry.groups()) {
        groups.append(group.toString(QUuid::WithoutBraces));
    }
    return QJsonObject{
        {QStringLiteral("type"), otp::typeName(parameters.type())},
        {QStringLiteral("uuid"), entry.id().toString(QUuid::WithoutBraces)},
        {QStringLiteral("name"), parameters.account()},
        {QStringLiteral("issuer"), parameters.issuer()},
        {QStringLiteral("note"), entry.note()},
        {QStringLiteral("favorite"), entry.isFavourite()},
        {QStringLiteral("icon"), QJsonValue::Null},
        {QStringLiteral("icon_mime"), QJsonValue::Null},
        {QStringLiteral("icon_hash"), QJsonValue::Null},
        {QStringLiteral("info"), info},
        {QStringLiteral("groups"), groups},
    };
}

QByteArray randomBytes(std::size_t size, const crypto::RandomSource& random)
{
    QByteArray bytes(qsizetype(size), '\0');
    if (!random({reinterpret_cast<std::uint8_t*>(bytes.data()), size})) {
        return {};
    }
    return bytes;
}

} // namespace

bool AegisFormat::recognises(const QJsonObject& root)
{
    return root.contains(QLatin1String("header")) && root.contains(QLatin1String("db")) &&
           root.contains(QLatin1String("version"));
}

ImportResult AegisFormat::read(const QJsonObject& root, const crypto::SecureBytes* password)
{
    if (root.value(QLatin1String("version")).toInt() != 1) {
        return ImportResult::failed(
            ImportFailure::Unsupported,
            tr("this Aegis export has file version %1; Tessera reads version 1")
                .arg(root.value(QLatin1String("version")).toInt()),
            kFormat);
    }
    const QJsonValue db = root.value(QLatin1String("db"));
    if (db.isObject()) {
        return readContent(db.toObject());
    }
    if (!db.isString()) {
        return ImportResult::failed(ImportFailure::Damaged,
                                    tr("the Aegis export's 'db' is neither content nor ciphertext"),
                                    kFormat);
    }
    if (password == nullptr) {
        return ImportResult::failed(ImportFailure::PasswordRequired,
                                    tr("this Aegis export is encrypted: give its password"),
                                    kFormat);
    }
    const QJsonObject header = root.value(QLatin1String("header")).toObject();
    const std::vector<PasswordSlot> candidates =
        passwordSlots(header.value(QLatin1String("slots")).toArray());
    // Aegis writes one password slot at N=2^15, r=8, p=1; the file may ask for any number of
    // any cost, so the total is refused above the cap before the first derivation.
    crypto::KdfCost cost;
    for (const PasswordSlot& slot : candidates) {
        cost += crypto::KdfCost::scrypt(slot.parameters);
    }
    if (const Status affordable = crypto::checkKdfCost(cost); !affordable) {
        return ImportResult::failed(ImportFailure::TooCostly, affordable.error(), kFormat);
    }
    const auto master = unwrapMasterKey(candidates, *password);
    if (!master) {
        return ImportResult::failed(ImportFailure::WrongPassword,
                                    tr("wrong password for this Aegis export"), kFormat);
    }
    const QJsonObject params = header.value(QLatin1String("params")).toObject();
    const auto nonce =
        TransferCrypto::fromHex(params.value(QLatin1String("nonce")).toString().toLatin1());
    const auto tag =
        TransferCrypto::fromHex(params.value(QLatin1String("tag")).toString().toLatin1());
    const auto ciphertext = TransferCrypto::fromBase64(db.toString().toLatin1());
    if (!nonce || !tag || !ciphertext || nonce->size() != 12) {
        return ImportResult::failed(ImportFailure::Damaged,
                                    tr("the Aegis export's encryption parameters are damaged"),
                                    kFormat);
    }
    const auto plain =
        crypto::aesgcm::decrypt(master->span(), bytesOf(*nonce), {}, *ciphertext + *tag);
    if (!plain) {
        return ImportResult::failed(
            ImportFailure::Damaged,
            tr("the password is right but the Aegis export's content is damaged"), kFormat);
    }
    QJsonParseError error{};
    const QJsonDocument content = QJsonDocument::fromJson(plain->view().toByteArray(), &error);
    if (!content.isObject()) {
        return ImportResult::failed(
            ImportFailure::Damaged,
            tr("the decrypted Aegis content is not JSON: %1").arg(error.errorString()), kFormat);
    }
    return readContent(content.object());
}

Expected<QByteArray> AegisFormat::write(const vault::Vault& vault, const WriteOptions& options)
{
    QJsonArray entries;
    for (const vault::Entry& entry : vault.entries()) {
        entries.append(entryObject(entry));
    }
    QJsonArray groups;
    for (const vault::Group& group : vault.groups()) {
        groups.append(QJsonObject{{QStringLiteral("uuid"), group.id.toString(QUuid::WithoutBraces)},
                                  {QStringLiteral("name"), group.name}});
    }
    const QJsonObject content{{QStringLiteral("version"), 3},
                              {QStringLiteral("entries"), entries},
                              {QStringLiteral("groups"), groups}};
    if (options.password == nullptr) {
        const QJsonObject root{
            {QStringLiteral("version"), 1},
            {QStringLiteral("header"), QJsonObject{{QStringLiteral("slots"), QJsonValue::Null},
                                                   {QStringLiteral("params"), QJsonValue::Null}}},
            {QStringLiteral("db"), content}};
        return QJsonDocument(root).toJson(QJsonDocument::Indented);
    }
    const crypto::SecureBytes master = crypto::randomSecret(32, options.random);
    const QByteArray salt = randomBytes(32, options.random);
    const QByteArray slotNonce = randomBytes(12, options.random);
    const QByteArray dbNonce = randomBytes(12, options.random);
    if (master.isEmpty() || salt.isEmpty() || slotNonce.isEmpty() || dbNonce.isEmpty()) {
        return makeError(tr("no random bytes for the Aegis export (OpenSSL failed)"));
    }
    const auto slotKey =
        crypto::scrypt(options.password->span(), bytesOf(salt), options.scrypt, 32);
    if (!slotKey) {
        return makeError(slotKey.error());
    }
    const auto wrapped =
        crypto::aesgcm::encrypt(slotKey->span(), bytesOf(slotNonce), {}, master.span());
    // The plaintext content holds every secret: keep it in wiped memory while it is encrypted.
    const crypto::SecureBytes plain =
        crypto::SecureBytes::fromView(QJsonDocument(content).toJson(QJsonDocument::Compact));
    const auto sealed = crypto::aesgcm::encrypt(master.span(), bytesOf(dbNonce), {}, plain.span());
    if (!wrapped || !sealed) {
        return makeError(tr("AES-GCM failed while writing the Aegis export (OpenSSL)"));
    }
    const qsizetype tagSize = qsizetype(crypto::aesgcm::kTagSize);
    const QJsonObject slot{
        {QStringLiteral("type"), 1},
        {QStringLiteral("uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("key"), hex(QByteArrayView(*wrapped).first(wrapped->size() - tagSize))},
        {QStringLiteral("key_params"),
         QJsonObject{{QStringLiteral("nonce"), hex(slotNonce)},
                     {QStringLiteral("tag"), hex(QByteArrayView(*wrapped).last(tagSize))}}},
        {QStringLiteral("n"), qint64(options.scrypt.n)},
        {QStringLiteral("r"), qint64(options.scrypt.r)},
        {QStringLiteral("p"), qint64(options.scrypt.p)},
        {QStringLiteral("salt"), hex(salt)},
        {QStringLiteral("repaired"), true},
    };
    const QJsonObject root{
        {QStringLiteral("version"), 1},
        {QStringLiteral("header"),
         QJsonObject{
             {QStringLiteral("slots"), QJsonArray{slot}},
             {QStringLiteral("params"),
              QJsonObject{{QStringLiteral("nonce"), hex(dbNonce)},
                          {QStringLiteral("tag"), hex(QByteArrayView(*sealed).last(tagSize))}}}}},
        {QStringLiteral("db"),
         QString::fromLatin1(
             QByteArrayView(*sealed).first(sealed->size() - tagSize).toByteArray().toBase64())},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace tessera::transfer
