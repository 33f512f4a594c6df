// SPDX-License-Identifier: GPL-3.0-or-later
#include "FreeOtpFormat.h"

#include "ItemBuilder.h"
#include "TransferCrypto.h"
#include "crypto/AesGcm.h"
#include "crypto/KdfCost.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <map>

namespace tessera::transfer {

namespace {

const QString kFormatV1 = QStringLiteral("freeotp");
const QString kFormatV2 = QStringLiteral("freeotp-v2");
constexpr std::size_t kMasterKeySize = 32;
// FreeOTP uses 100,000; the bound keeps a hostile file from pinning the CPU.
constexpr int kMaxIterations = 10'000'000;

// Java writes byte[] to JSON as a list of signed numbers.
std::optional<QByteArray> signedBytes(const QJsonValue& value)
{
    if (!value.isArray()) {
        return std::nullopt;
    }
    QByteArray bytes;
    for (const QJsonValue number : value.toArray()) {
        const int byte = number.toInt(1000);
        if (!number.isDouble() || byte < -128 || byte > 255) {
            return std::nullopt;
        }
        bytes.append(char(byte));
    }
    return bytes;
}

QJsonObject jsonObject(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

ImportItem tokenItem(const QString& sourceName, const QJsonObject& token,
                     crypto::SecureBytes secret)
{
    ItemBuilder::Fields fields;
    fields.type = token.value(QLatin1String("type")).toString(QStringLiteral("TOTP"));
    fields.algorithm = token.value(QLatin1String("algo")).toString(QStringLiteral("SHA1"));
    fields.digits = token.value(QLatin1String("digits")).toInt(otp::kDefaultDigits);
    fields.period = token.value(QLatin1String("period")).toInt(otp::kDefaultPeriod);
    fields.counter = quint64(token.value(QLatin1String("counter")).toInteger(0));
    fields.issuer = token.value(QLatin1String("issuerExt")).toString();
    fields.account = token.value(QLatin1String("label")).toString();
    // FreeOTP has no Steam type; its users mark Steam tokens by the issuer.
    if (fields.type.compare(QLatin1String("totp"), Qt::CaseInsensitive) == 0 &&
        fields.issuer == QLatin1String("Steam")) {
        fields.type = QStringLiteral("steam");
    }
    return ItemBuilder::fromBytes(sourceName, fields, std::move(secret));
}

// The Java serialisation stream of one java.util.HashMap<String, String>, read just far enough:
// the class descriptor, then the key/value strings HashMap.writeObject puts in block data.
class SerializedMapReader
{
public:
    explicit SerializedMapReader(QByteArrayView data) : m_data(data) {}

    std::optional<std::map<QString, QString>> read()
    {
        if (u16() != 0xaced || u16() != 5 || u8() != 0x73 || u8() != 0x72) {
            return std::nullopt;
        }
        const QString className = utf();
        skip(8); // serialVersionUID
        skip(1); // flags
        const int fields = u16();
        if (className != QLatin1String("java.util.HashMap")) {
            return std::nullopt;
        }
        // The serialised fields differ between Java versions (Android 6 writes loadFactor only,
        // later ones threshold too), so their sizes come from the descriptor.
        qsizetype fieldBytes = 0;
        for (int i = 0; i < fields && m_ok; ++i) {
            const char type = char(u8());
            utf();
            const qsizetype size = primitiveSize(type);
            if (size == 0) {
                return std::nullopt; // HashMap has no object fields
            }
            fieldBytes += size;
        }
        ++m_handles;                        // the class descriptor
        if (u8() != 0x78 || u8() != 0x70) { // end of annotations, no superclass
            return std::nullopt;
        }
        ++m_handles; // the map object
        skip(fieldBytes);
        if (u8() != 0x77 || u8() != 8) {
            return std::nullopt;
        }
        skip(4); // bucket count
        const quint32 size = u32();
        std::map<QString, QString> map;
        for (quint32 i = 0; i < size && m_ok; ++i) {
            const auto key = object();
            const auto value = object();
            if (!key || !value) {
                return std::nullopt;
            }
            map[*key] = *value;
        }
        if (!m_ok) {
            return std::nullopt;
        }
        return map;
    }

private:
    static qsizetype primitiveSize(char type)
    {
        switch (type) {
        case 'B':
        case 'Z':
            return 1;
        case 'C':
        case 'S':
            return 2;
        case 'F':
        case 'I':
            return 4;
        case 'D':
        case 'J':
            return 8;
        default:
            return 0;
        }
    }

    // A string object (TC_STRING, TC_LONGSTRING) or a back reference to one.
    std::optional<QString> object()
    {
        const int tag = u8();
        if (tag == 0x74 || tag == 0x7c) {
            const quint64 length = tag == 0x74 ? u16() : u64();
            if (length > quint64(m_data.size() - m_position)) {
                m_ok = false;
                return std::nullopt;
            }
            // Java's modified UTF-8 differs from UTF-8 only for NUL and characters beyond the
            // BMP, neither of which FreeOTP's JSON holds.
            const QString text = QString::fromUtf8(m_data.sliced(m_position, qsizetype(length)));
            m_position += qsizetype(length);
            m_strings[m_handles++] = text;
            return text;
        }
        if (tag == 0x71) {
            const quint32 handle = u32() - 0x7e0000;
            const auto found = m_strings.find(handle);
            if (found != m_strings.end()) {
                return found->second;
            }
        }
        m_ok = false;
        return std::nullopt;
    }

    QString utf()
    {
        const int length = u16();
        if (!need(length)) {
            return {};
        }
        QString text = QString::fromUtf8(m_data.sliced(m_position, length));
        m_position += length;
        return text;
    }

    bool need(qsizetype count)
    {
        if (!m_ok || count > m_data.size() - m_position) {
            m_ok = false;
        }
        return m_ok;
    }
    void skip(qsizetype count)
    {
        if (need(count)) {
            m_position += count;
        }
    }
    template <typename T> T number()
    {
        if (!need(sizeof(T))) {
            return 0;
        }
        const T value = qFromBigEndian<T>(m_data.data() + m_position);
        m_position += sizeof(T);
        return value;
    }
    int u8() { return number<quint8>(); }
    int u16() { return number<quint16>(); }
    quint32 u32() { return number<quint32>(); }
    quint64 u64() { return number<quint64>(); }

    QByteArrayView m_data;
    qsizetype m_position = 0;
    bool m_ok = true;
    quint32 m_handles = 0;
    std::map<quint32, QString> m_strings;
};

// The GCM nonce inside Java's AlgorithmParameters encoding: a bare DER OCTET STRING (Android 6)
// or a SEQUENCE { OCTET STRING nonce, INTEGER tag length } (Android 7.1 and later).
std::optional<QByteArray> gcmNonce(const QByteArray& der)
{
    QByteArrayView rest(der);
    if (rest.size() >= 2 && quint8(rest[0]) == 0x30 && quint8(rest[1]) < 0x80) {
        rest = rest.sliced(2, std::min<qsizetype>(quint8(rest[1]), rest.size() - 2));
    }
    if (rest.size() >= 2 && quint8(rest[0]) == 0x04 && quint8(rest[1]) < 0x80 &&
        quint8(rest[1]) <= rest.size() - 2) {
        return rest.sliced(2, quint8(rest[1])).toByteArray();
    }
    return std::nullopt;
}

// One of FreeOTP's sealed blobs: {"mCipher":"AES/GCM/NoPadding","mCipherText":[...],
// "mParameters":[...],"mToken":"..."}; mToken is the associated data.
Expected<crypto::SecureBytes> openSealed(const QJsonObject& sealed,
                                         std::span<const std::uint8_t> key)
{
    const auto failed = [] {
        return makeError(FreeOtpFormat::tr("a sealed FreeOTP value is damaged"));
    };
    if (sealed.value(QLatin1String("mCipher")).toString() != QLatin1String("AES/GCM/NoPadding")) {
        return makeError(FreeOtpFormat::tr("FreeOTP cipher '%1' is not supported")
                             .arg(sealed.value(QLatin1String("mCipher")).toString()));
    }
    const auto cipherText = signedBytes(sealed.value(QLatin1String("mCipherText")));
    const auto parameters = signedBytes(sealed.value(QLatin1String("mParameters")));
    if (!cipherText || !parameters) {
        return failed();
    }
    const auto nonce = gcmNonce(*parameters);
    if (!nonce || nonce->size() != qsizetype(crypto::aesgcm::kNonceSize)) {
        return failed();
    }
    return crypto::aesgcm::decrypt(key, crypto::byteSpan(*nonce),
                                   sealed.value(QLatin1String("mToken")).toString().toUtf8(),
                                   *cipherText);
}

} // namespace

bool FreeOtpFormat::recognisesV1(const AndroidPreferences& preferences)
{
    for (const auto& [name, value] : preferences.strings()) {
        const QJsonObject token = jsonObject(value);
        if (token.value(QLatin1String("secret")).isArray() &&
            token.contains(QLatin1String("type"))) {
            return true;
        }
    }
    return false;
}

bool FreeOtpFormat::recognisesV2(QByteArrayView data)
{
    return data.startsWith(QByteArrayView("\xac\xed\x00\x05"));
}

ImportResult FreeOtpFormat::readV1(const AndroidPreferences& preferences)
{
    ImportResult result;
    result.format = kFormatV1;
    for (const auto& [name, value] : preferences.strings()) {
        if (name == QLatin1String("tokenOrder")) {
            continue;
        }
        const QJsonObject token = jsonObject(value);
        const auto secret = signedBytes(token.value(QLatin1String("secret")));
        if (!secret) {
            result.items.push_back(
                ItemBuilder::error(name, tr("the token has no readable secret")));
            continue;
        }
        result.items.push_back(tokenItem(name, token, crypto::SecureBytes::fromView(*secret)));
    }
    return result;
}

ImportResult FreeOtpFormat::readV2(QByteArrayView data, const crypto::SecureBytes* password)
{
    const auto map = SerializedMapReader(data).read();
    if (!map || !map->contains(QStringLiteral("masterKey"))) {
        return ImportResult::failed(ImportFailure::Damaged,
                                    tr("this FreeOTP 2 backup is damaged: its token map cannot "
                                       "be read"),
                                    kFormatV2);
    }
    if (password == nullptr) {
        return ImportResult::failed(ImportFailure::PasswordRequired,
                                    tr("this is an encrypted FreeOTP 2 backup: give its password"),
                                    kFormatV2);
    }
    const QJsonObject master = jsonObject(map->at(QStringLiteral("masterKey")));
    const QString kdf = master.value(QLatin1String("mAlgorithm")).toString();
    crypto::HashAlgorithm hash = crypto::HashAlgorithm::Sha1;
    if (kdf == QLatin1String("PBKDF2withHmacSHA512")) {
        hash = crypto::HashAlgorithm::Sha512;
    } else if (kdf != QLatin1String("PBKDF2withHmacSHA1")) {
        return ImportResult::failed(ImportFailure::Unsupported,
                                    tr("FreeOTP key derivation '%1' is not supported").arg(kdf),
                                    kFormatV2);
    }
    const int iterations = master.value(QLatin1String("mIterations")).toInt();
    const auto salt = signedBytes(master.value(QLatin1String("mSalt")));
    if (!salt || iterations < 1 || iterations > kMaxIterations) {
        return ImportResult::failed(ImportFailure::Damaged,
                                    tr("the FreeOTP 2 master key parameters are damaged"),
                                    kFormatV2);
    }
    // FreeOTP writes 100,000 iterations; the file may name up to kMaxIterations.
    if (const Status affordable =
            crypto::checkKdfCost(crypto::KdfCost::pbkdf2(hash, std::uint64_t(iterations)));
        !affordable) {
        return ImportResult::failed(ImportFailure::TooCostly, affordable.error(), kFormatV2);
    }
    const auto passwordKey =
        TransferCrypto::pbkdf2(hash, *password, *salt, iterations, kMasterKeySize);
    if (!passwordKey) {
        return ImportResult::failed(ImportFailure::Damaged, passwordKey.error(), kFormatV2);
    }
    const auto masterKey =
        openSealed(master.value(QLatin1String("mEncryptedKey")).toObject(), passwordKey->span());
    if (!masterKey) {
        // GCM cannot tell a wrong key from changed bytes.
        return ImportResult::failed(ImportFailure::WrongPassword,
                                    tr("wrong password for this FreeOTP backup (or the file is "
                                       "damaged)"),
                                    kFormatV2);
    }
    ImportResult result;
    result.format = kFormatV2;
    for (const auto& [name, value] : *map) {
        if (name == QLatin1String("masterKey") || name.endsWith(QLatin1String("-token"))) {
            continue;
        }
        const auto token = map->find(name + QLatin1String("-token"));
        if (token == map->end()) {
            result.items.push_back(
                ItemBuilder::error(name, tr("the token's settings are missing")));
            continue;
        }
        const QJsonObject settings = jsonObject(token->second);
        const QString source = settings.value(QLatin1String("issuerExt")).toString() +
                               QLatin1Char(':') + settings.value(QLatin1String("label")).toString();
        const QJsonObject sealed =
            jsonObject(jsonObject(value).value(QLatin1String("key")).toString());
        auto secret = openSealed(sealed, masterKey->span());
        if (!secret) {
            result.items.push_back(ItemBuilder::error(source, secret.error()));
            continue;
        }
        result.items.push_back(tokenItem(source, settings, std::move(*secret)));
    }
    return result;
}

} // namespace tessera::transfer
