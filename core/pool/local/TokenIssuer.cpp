// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenIssuer.h"

#include "RememberedDevices.h"
#include "crypto/Digest.h"

namespace tessera::pool::local {

namespace {

// Refresh tokens are kept as their SHA-256: the store alone cannot be used to refresh.
QString hashOf(const QString& refreshToken)
{
    return QString::fromLatin1(crypto::sha256(refreshToken.toLatin1()).toHex());
}

PoolError invalidRefreshToken()
{
    return PoolError::notAuthorized(QStringLiteral("Invalid Refresh Token"));
}

PoolError invalidAccessToken()
{
    return PoolError::notAuthorized(QStringLiteral("Invalid Access Token"));
}

} // namespace

Expected<AuthResult, PoolError> TokenIssuer::issue(const SignInAttempt& attempt, Grant grant)
{
    const auto signer = m_services.signer();
    if (!signer) {
        return signer.failure();
    }
    const qint64 now = m_services.now();
    const UserPoolClient& client = attempt.client;
    const PoolUser& user = attempt.record.user;
    AuthResult result;
    if (grant == Grant::SignIn && RememberedDevices::tracksDevices(attempt.pool)) {
        if (auto done = rememberDevice(attempt, result); !done) {
            return done.failure();
        }
    }

    const QString issuer = m_services.issuer(attempt.pool.id);
    const QString jti = m_services.uuid();
    QJsonObject id{{QStringLiteral("sub"), user.sub()},
                   {QStringLiteral("aud"), client.clientId},
                   {QStringLiteral("token_use"), QStringLiteral("id")},
                   {QStringLiteral("auth_time"), now},
                   {QStringLiteral("iss"), issuer},
                   {QStringLiteral("cognito:username"), user.username},
                   {QStringLiteral("exp"), now + qint64(client.idTokenValidityMinutes) * 60},
                   {QStringLiteral("iat"), now},
                   {QStringLiteral("jti"), m_services.uuid()},
                   {QStringLiteral("origin_jti"), jti},
                   {QStringLiteral("event_id"), attempt.event.eventId}};
    for (const QString& name : {QStringLiteral("email"), QStringLiteral("phone_number")}) {
        if (user.attributes.contains(name)) {
            id.insert(name, user.attributes.value(name));
            id.insert(name + QStringLiteral("_verified"),
                      user.attributes.value(name + QStringLiteral("_verified")) ==
                          QLatin1String("true"));
        }
    }
    QJsonObject access{
        {QStringLiteral("sub"), user.sub()},
        {QStringLiteral("iss"), issuer},
        {QStringLiteral("client_id"), client.clientId},
        {QStringLiteral("origin_jti"), jti},
        {QStringLiteral("event_id"), attempt.event.eventId},
        {QStringLiteral("token_use"), QStringLiteral("access")},
        {QStringLiteral("scope"), QStringLiteral("aws.cognito.signin.user.admin")},
        {QStringLiteral("auth_time"), now},
        {QStringLiteral("exp"), now + qint64(client.accessTokenValidityMinutes) * 60},
        {QStringLiteral("iat"), now},
        {QStringLiteral("jti"), jti},
        {QStringLiteral("username"), user.username}};
    const QString deviceKey = result.deviceKey.isEmpty() ? attempt.deviceKey : result.deviceKey;
    if (!deviceKey.isEmpty()) {
        access.insert(QStringLiteral("device_key"), deviceKey);
    }
    result.idToken = signer->sign(id);
    result.accessToken = signer->sign(access);
    result.expiresIn = client.accessTokenValidityMinutes * 60;
    if (result.idToken.isEmpty() || result.accessToken.isEmpty()) {
        return PoolError::internal(QStringLiteral("cannot sign tokens (OpenSSL failed)"));
    }
    if (grant == Grant::SignIn) {
        result.refreshToken = m_services.randomToken(96);
        if (auto done = m_services.store.saveRefreshToken(
                {hashOf(result.refreshToken), attempt.pool.id, client.clientId, user.username,
                 deviceKey, now + qint64(client.refreshTokenValidityDays) * 86400});
            !done) {
            return done.failure();
        }
    }
    return result;
}

Expected<void, PoolError> TokenIssuer::rememberDevice(const SignInAttempt& attempt,
                                                      AuthResult& result)
{
    PoolStore& store = m_services.store;
    const qint64 now = m_services.now();
    const QString& username = attempt.record.user.username;
    auto known = store.loadDevice(attempt.deviceKey, attempt.pool.id, username);
    if (!known) {
        return known.failure();
    }
    if (!attempt.deviceKey.isEmpty() && *known) {
        return store.touchDevice(attempt.deviceKey, now, attempt.ipAddress);
    }
    result.deviceKey = m_services.region + QLatin1Char('_') + m_services.uuid();
    result.deviceGroupKey =
        QLatin1Char('-') + m_services.randomChars(9, u"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    // Under a DeviceConfiguration the device is remembered by ConfirmDevice (and
    // UpdateDeviceStatus), as on AWS; under Tessera's policy alone, at once.
    const qint64 until = attempt.pool.deviceConfiguration
                             ? 0
                             : RememberedDevices::rememberedUntil(attempt.pool, now);
    DeviceRecord device;
    device.deviceKey = result.deviceKey;
    device.name = attempt.device;
    device.created = device.lastSeen = now;
    device.rememberedUntil = until;
    device.lastIp = attempt.ipAddress;
    device.groupKey = result.deviceGroupKey;
    return store.addDevice(attempt.pool.id, username, device);
}

Expected<RefreshTokenRecord, PoolError> TokenIssuer::redeem(const QString& token,
                                                            const QString& clientId)
{
    const auto found = m_services.store.loadRefreshToken(hashOf(token), clientId);
    if (!found) {
        return found.failure();
    }
    if (!*found || (*found)->expires < m_services.now()) {
        return invalidRefreshToken();
    }
    return **found;
}

Expected<std::pair<QString, UserRecord>, PoolError> TokenIssuer::userOf(const QString& accessToken)
{
    const auto signer = m_services.signer();
    if (!signer) {
        return signer.failure();
    }
    const auto claims = signer->verify(accessToken);
    if (!claims ||
        claims->value(QStringLiteral("token_use")).toString() != QLatin1String("access")) {
        return invalidAccessToken();
    }
    if (qint64(claims->value(QStringLiteral("exp")).toDouble()) < m_services.now()) {
        return PoolError::notAuthorized(QStringLiteral("Access Token has expired"));
    }
    const QString poolId =
        claims->value(QStringLiteral("iss")).toString().section(QLatin1Char('/'), -1);
    auto record =
        m_services.store.loadUser(poolId, claims->value(QStringLiteral("username")).toString());
    if (!record) {
        return invalidAccessToken();
    }
    return std::pair{poolId, std::move(*record)};
}

bool TokenIssuer::remembers(const QString& deviceKey, const QString& poolId,
                            const QString& username)
{
    const auto device = m_services.store.loadDevice(deviceKey, poolId, username);
    return device && *device && (*device)->rememberedUntil > m_services.now();
}

} // namespace tessera::pool::local
