// SPDX-License-Identifier: GPL-3.0-or-later
#include "CognitoSrp.h"

#include "crypto/Digest.h"
#include "crypto/Hmac.h"
#include "crypto/SecureBytes.h"

#include <QLocale>
#include <QRegularExpression>

#include <openssl/bn.h>
#include <openssl/crypto.h>

#include <vector>

namespace tessera::pool::srp {

namespace {

// RFC 5054 appendix A, the 3072-bit group.
constexpr char kPrimeHex[] =
    "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404"
    "DDEF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406"
    "B7EDEE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD"
    "24CF5F83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E46"
    "2E36CE3BE39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D226"
    "1898FA051015728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB397"
    "0F85A6E1E4C7ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A6452"
    "1F2B18177B200CBBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CA"
    "FFFFFFFFFFFFFFFF";
constexpr int kSecretBytes = 128;
constexpr int kKeyBytes = 16;

struct CtxDeleter
{
    void operator()(BN_CTX* ctx) const { BN_CTX_free(ctx); }
};
using Context = std::unique_ptr<BN_CTX, CtxDeleter>;

BigNumber wrap(BIGNUM* number)
{
    return number == nullptr ? nullptr : BigNumber(number, BN_clear_free);
}

BigNumber newNumber(bool secret)
{
    BIGNUM* number = secret ? BN_secure_new() : BN_new();
    if (number != nullptr && secret) {
        BN_set_flags(number, BN_FLG_CONSTTIME);
    }
    return wrap(number);
}

BigNumber fromHex(const QString& hex, bool secret = false)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-fA-F]{1,2048}$"));
    if (!pattern.match(hex).hasMatch()) {
        return nullptr;
    }
    BigNumber number = newNumber(secret);
    BIGNUM* raw = number.get();
    if (!number || BN_hex2bn(&raw, hex.toLatin1().constData()) == 0) {
        return nullptr;
    }
    return number;
}

BigNumber fromBytes(QByteArrayView bytes, bool secret = false)
{
    BigNumber number = newNumber(secret);
    if (!number || BN_bin2bn(reinterpret_cast<const unsigned char*>(bytes.data()),
                             int(bytes.size()), number.get()) == nullptr) {
        return nullptr;
    }
    return number;
}

QString toHex(const BIGNUM* number)
{
    char* hex = BN_bn2hex(number);
    if (hex == nullptr) {
        return {};
    }
    QString text = QString::fromLatin1(hex).toLower();
    OPENSSL_free(hex);
    // BN_bn2hex pads to whole bytes; Cognito's clients write the number without leading zeros.
    while (text.size() > 1 && text.startsWith(QLatin1Char('0'))) {
        text.remove(0, 1);
    }
    return text;
}

// Cognito's padHex as bytes: minimal big-endian, with 0x00 in front when the top bit is set.
QByteArray padded(const BIGNUM* number)
{
    QByteArray bytes(BN_num_bytes(number), '\0');
    BN_bn2bin(number, reinterpret_cast<unsigned char*>(bytes.data()));
    if (bytes.isEmpty() || static_cast<unsigned char>(bytes.at(0)) >= 0x80) {
        bytes.prepend('\0');
    }
    return bytes;
}

// The parts of a hash input, concatenated.
QByteArray hashOf(std::initializer_list<QByteArrayView> parts)
{
    QByteArray input;
    for (const QByteArrayView part : parts) {
        input.append(part);
    }
    return crypto::sha256(input);
}

struct Group
{
    BigNumber N;
    BigNumber g;
    BigNumber k;
};

const Group& group()
{
    static const Group instance = [] {
        Group made;
        made.N = fromHex(QString::fromLatin1(kPrimeHex));
        made.g = newNumber(false);
        BN_set_word(made.g.get(), 2);
        made.k = fromBytes(hashOf({padded(made.N.get()), padded(made.g.get())}));
        return made;
    }();
    return instance;
}

std::span<const std::uint8_t> span(QByteArrayView bytes)
{
    return {reinterpret_cast<const std::uint8_t*>(bytes.data()), std::size_t(bytes.size())};
}

// x = H(salt | H(poolName | userId | ":" | password)), secret.
BigNumber privateKey(const QString& poolName, const QString& userId, const QString& password,
                     const BIGNUM* salt)
{
    QByteArray text = (poolName + userId + QLatin1Char(':') + password).toUtf8();
    QByteArray inner = crypto::sha256(text);
    QByteArray outer = hashOf({padded(salt), inner});
    BigNumber x = fromBytes(outer, true);
    // Each of these would let a guess be checked offline: none outlives the call.
    for (QByteArray* bytes : {&text, &inner, &outer}) {
        OPENSSL_cleanse(bytes->data(), std::size_t(bytes->size()));
    }
    return x;
}

BigNumber random(const crypto::RandomSource& source)
{
    const crypto::SecureBytes bytes = crypto::randomSecret(kSecretBytes, source);
    if (bytes.isEmpty()) {
        return nullptr;
    }
    return fromBytes(bytes.view(), true);
}

// The claim both sides compute from S and u.
QByteArray claim(const BIGNUM* S, const BIGNUM* u, const QString& poolName, const QString& userId,
                 const QString& secretBlock, const QString& timestamp)
{
    const QByteArray ikm = padded(S);
    const QByteArray salt = padded(u);
    std::vector<std::uint8_t> prk(32);
    std::vector<std::uint8_t> okm(32);
    const QByteArray info = QByteArrayLiteral("Caldera Derived Key\x01");
    if (!crypto::hmac(crypto::HashAlgorithm::Sha256, span(salt), span(ikm), prk) ||
        !crypto::hmac(crypto::HashAlgorithm::Sha256, prk, span(info), okm)) {
        return {};
    }
    const std::span<const std::uint8_t> key(okm.data(), kKeyBytes);
    const QByteArray message = poolName.toUtf8() + userId.toUtf8() +
                               QByteArray::fromBase64(secretBlock.toLatin1()) + timestamp.toUtf8();
    std::vector<std::uint8_t> signature(32);
    if (!crypto::hmac(crypto::HashAlgorithm::Sha256, key, span(message), signature)) {
        return {};
    }
    OPENSSL_cleanse(prk.data(), prk.size());
    OPENSSL_cleanse(okm.data(), okm.size());
    return QByteArray(reinterpret_cast<const char*>(signature.data()), qsizetype(signature.size()));
}

// u = H(A | B); nothing when it is zero.
BigNumber scrambler(const BIGNUM* A, const BIGNUM* B)
{
    BigNumber u = fromBytes(hashOf({padded(A), padded(B)}));
    return u && !BN_is_zero(u.get()) ? u : nullptr;
}

// Whether `value` mod N is zero, which would let a peer force the shared secret.
bool isZeroModN(const BIGNUM* value, BN_CTX* ctx)
{
    BigNumber rest = newNumber(false);
    return !rest || BN_mod(rest.get(), value, group().N.get(), ctx) != 1 || BN_is_zero(rest.get());
}

} // namespace

QString poolName(const QString& poolId)
{
    return poolId.section(QLatin1Char('_'), 1);
}

QString timestamp(const QDateTime& utc)
{
    const QDateTime time = utc.toUTC();
    return QLocale::c().toString(time, QStringLiteral("ddd MMM d HH:mm:ss 'UTC' yyyy"));
}

bool isTimestamp(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(Sun|Mon|Tue|Wed|Thu|Fri|Sat) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
        "([1-9]|[12][0-9]|3[01]) ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9] UTC [0-9]{4}$"));
    return pattern.match(text).hasMatch();
}

std::optional<Verifier> makeVerifier(const QString& poolName, const QString& userId,
                                     const QString& password, const crypto::RandomSource& random)
{
    std::uint8_t saltBytes[16] = {};
    if (!random(saltBytes)) {
        return std::nullopt;
    }
    const BigNumber salt = fromBytes(QByteArray(reinterpret_cast<const char*>(saltBytes), 16));
    const BigNumber x = salt ? privateKey(poolName, userId, password, salt.get()) : nullptr;
    const Context ctx(BN_CTX_secure_new());
    BigNumber v = newNumber(false);
    if (!x || !ctx || !v ||
        BN_mod_exp(v.get(), group().g.get(), x.get(), group().N.get(), ctx.get()) != 1) {
        return std::nullopt;
    }
    return Verifier{toHex(salt.get()), toHex(v.get())};
}

std::optional<Client> Client::create(const crypto::RandomSource& source)
{
    const BigNumber a = random(source);
    return a ? fromSecretHex(toHex(a.get())) : std::nullopt;
}

std::optional<Client> Client::fromSecretHex(const QString& aHex)
{
    BigNumber a = fromHex(aHex, true);
    BigNumber A = newNumber(false);
    const Context ctx(BN_CTX_secure_new());
    if (!a || !A || !ctx ||
        BN_mod_exp(A.get(), group().g.get(), a.get(), group().N.get(), ctx.get()) != 1 ||
        isZeroModN(A.get(), ctx.get())) {
        return std::nullopt;
    }
    return Client(std::move(a), std::move(A));
}

QString Client::publicHex() const
{
    return toHex(m_A.get());
}

std::optional<QString> Client::passwordClaim(const QString& poolName, const QString& userId,
                                             const QString& password, const QString& saltHex,
                                             const QString& serverPublicHex,
                                             const QString& secretBlock,
                                             const QString& timestamp) const
{
    const Context ctx(BN_CTX_secure_new());
    const BigNumber B = fromHex(serverPublicHex);
    const BigNumber salt = fromHex(saltHex);
    if (!ctx || !B || !salt || isZeroModN(B.get(), ctx.get())) {
        return std::nullopt;
    }
    const BigNumber u = scrambler(m_A.get(), B.get());
    const BigNumber x = privateKey(poolName, userId, password, salt.get());
    BigNumber gx = newNumber(true);
    BigNumber base = newNumber(true);
    BigNumber exponent = newNumber(true);
    BigNumber S = newNumber(true);
    const Group& G = group();
    // S = (B - k·g^x)^(a + u·x) mod N
    if (!u || !x || !gx || !base || !exponent || !S ||
        BN_mod_exp(gx.get(), G.g.get(), x.get(), G.N.get(), ctx.get()) != 1 ||
        BN_mod_mul(gx.get(), G.k.get(), gx.get(), G.N.get(), ctx.get()) != 1 ||
        BN_mod_sub(base.get(), B.get(), gx.get(), G.N.get(), ctx.get()) != 1 ||
        BN_mul(exponent.get(), u.get(), x.get(), ctx.get()) != 1 ||
        BN_add(exponent.get(), exponent.get(), m_a.get()) != 1 ||
        BN_mod_exp(S.get(), base.get(), exponent.get(), G.N.get(), ctx.get()) != 1) {
        return std::nullopt;
    }
    const QByteArray signature = claim(S.get(), u.get(), poolName, userId, secretBlock, timestamp);
    if (signature.isEmpty()) {
        return std::nullopt;
    }
    return QString::fromLatin1(signature.toBase64());
}

std::optional<QJsonObject>
Client::passwordVerifierResponses(const QString& poolId, const QString& password,
                                  const QMap<QString, QString>& parameters,
                                  const QDateTime& now) const
{
    const QString userId = parameters.value(QStringLiteral("USER_ID_FOR_SRP"));
    const QString secretBlock = parameters.value(QStringLiteral("SECRET_BLOCK"));
    const QString when = timestamp(now);
    const auto signature =
        passwordClaim(poolName(poolId), userId, password, parameters.value(QStringLiteral("SALT")),
                      parameters.value(QStringLiteral("SRP_B")), secretBlock, when);
    if (userId.isEmpty() || !signature) {
        return std::nullopt;
    }
    return QJsonObject{{QStringLiteral("USERNAME"), userId},
                       {QStringLiteral("PASSWORD_CLAIM_SECRET_BLOCK"), secretBlock},
                       {QStringLiteral("TIMESTAMP"), when},
                       {QStringLiteral("PASSWORD_CLAIM_SIGNATURE"), *signature}};
}

std::optional<QJsonObject> Client::devicePasswordVerifierResponses(
    const QString& deviceGroupKey, const QString& deviceKey, const QString& devicePassword,
    const QMap<QString, QString>& parameters, const QDateTime& now) const
{
    const QString secretBlock = parameters.value(QStringLiteral("SECRET_BLOCK"));
    const QString when = timestamp(now);
    const auto signature = passwordClaim(
        deviceGroupKey, deviceKey, devicePassword, parameters.value(QStringLiteral("SALT")),
        parameters.value(QStringLiteral("SRP_B")), secretBlock, when);
    if (!signature) {
        return std::nullopt;
    }
    return QJsonObject{{QStringLiteral("USERNAME"), parameters.value(QStringLiteral("USERNAME"))},
                       {QStringLiteral("DEVICE_KEY"), deviceKey},
                       {QStringLiteral("PASSWORD_CLAIM_SECRET_BLOCK"), secretBlock},
                       {QStringLiteral("TIMESTAMP"), when},
                       {QStringLiteral("PASSWORD_CLAIM_SIGNATURE"), *signature}};
}

std::optional<Server> Server::create(const QString& verifierHex, const QString& clientPublicHex,
                                     const crypto::RandomSource& source)
{
    const BigNumber b = random(source);
    return b ? fromSecretHex(verifierHex, clientPublicHex, toHex(b.get())) : std::nullopt;
}

std::optional<Server> Server::fromSecretHex(const QString& verifierHex,
                                            const QString& clientPublicHex, const QString& bHex)
{
    BigNumber v = fromHex(verifierHex);
    BigNumber A = fromHex(clientPublicHex);
    BigNumber b = fromHex(bHex, true);
    BigNumber B = newNumber(false);
    BigNumber gb = newNumber(true);
    const Context ctx(BN_CTX_secure_new());
    const Group& G = group();
    // B = (k·v + g^b) mod N
    if (!v || !A || !b || !B || !gb || !ctx || isZeroModN(A.get(), ctx.get()) ||
        BN_mod_exp(gb.get(), G.g.get(), b.get(), G.N.get(), ctx.get()) != 1 ||
        BN_mod_mul(B.get(), G.k.get(), v.get(), G.N.get(), ctx.get()) != 1 ||
        BN_mod_add(B.get(), B.get(), gb.get(), G.N.get(), ctx.get()) != 1 ||
        isZeroModN(B.get(), ctx.get())) {
        return std::nullopt;
    }
    return Server(std::move(v), std::move(A), std::move(b), std::move(B));
}

QString Server::publicHex() const
{
    return toHex(m_B.get());
}

QString Server::secretHex() const
{
    return toHex(m_b.get());
}

bool Server::checkClaim(const QString& poolName, const QString& userId, const QString& secretBlock,
                        const QString& timestamp, const QString& signature) const
{
    const Context ctx(BN_CTX_secure_new());
    const BigNumber u = scrambler(m_A.get(), m_B.get());
    BigNumber base = newNumber(true);
    BigNumber S = newNumber(true);
    const Group& G = group();
    // S = (A·v^u)^b mod N
    if (!ctx || !u || !base || !S ||
        BN_mod_exp(base.get(), m_v.get(), u.get(), G.N.get(), ctx.get()) != 1 ||
        BN_mod_mul(base.get(), m_A.get(), base.get(), G.N.get(), ctx.get()) != 1 ||
        BN_mod_exp(S.get(), base.get(), m_b.get(), G.N.get(), ctx.get()) != 1) {
        return false;
    }
    const QByteArray expected = claim(S.get(), u.get(), poolName, userId, secretBlock, timestamp);
    const QByteArray given = QByteArray::fromBase64(signature.toLatin1());
    return !expected.isEmpty() && crypto::constantTimeEquals(span(expected), span(given));
}

} // namespace tessera::pool::srp
