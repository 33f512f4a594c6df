// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalPoolEngine.h"

#include "UserFilter.h"
#include "pool/JsonFields.h"
#include "pool/PoolOperations.h"
#include "pool/RequestShape.h"

#include <QtConcurrent/QtConcurrentRun>

namespace tessera::pool::local {

namespace {

const QString kUserPoolId = QStringLiteral("UserPoolId");
const QString kUsername = QStringLiteral("Username");
const QString kClientId = QStringLiteral("ClientId");
constexpr int kMaxPage = 60;
const QStringView kIdAlphabet = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const QStringView kClientAlphabet = u"abcdefghijklmnopqrstuvwxyz0123456789";

QString encodePageToken(const QString& last)
{
    return QString::fromLatin1(last.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

QString decodePageToken(const QString& token)
{
    return QString::fromUtf8(
        QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding));
}

// A page size in 1..max, AWS's validation error otherwise.
PoolOutcome<int> pageSize(const QJsonObject& request, const QString& name, const QString& member,
                          int fallback, int max = kMaxPage)
{
    if (!request.contains(name)) {
        return fallback;
    }
    const int value = request.value(name).toInt(-1);
    if (value < 1) {
        return PoolError::validation(
            QString::number(value), member,
            QStringLiteral("Member must have value greater than or equal to 1"));
    }
    if (value > max) {
        return PoolError::validation(
            QString::number(value), member,
            QStringLiteral("Member must have value less than or equal to %1").arg(max));
    }
    return value;
}

QJsonObject empty()
{
    return QJsonObject{};
}

} // namespace

QJsonObject OutboxMessage::toJson() const
{
    return {
        {QStringLiteral("UserPoolId"), userPoolId}, {QStringLiteral("Username"), username},
        {QStringLiteral("Medium"), medium},         {QStringLiteral("Destination"), destination},
        {QStringLiteral("Message"), message},       {QStringLiteral("Time"), double(time)}};
}

LocalPoolEngine::LocalPoolEngine(LocalPoolOptions options)
    : m_services(std::make_unique<EngineServices>(options)),
      m_signIn(std::make_unique<SignInFlow>(*m_services))
{
    // One worker that never retires, so its database connection stays with its thread.
    m_worker.setMaxThreadCount(1);
    m_worker.setExpiryTimeout(-1);
    registerHandlers();
}

LocalPoolEngine::~LocalPoolEngine()
{
    m_worker.waitForDone();
}

std::optional<PoolError> LocalPoolEngine::open()
{
    return m_services->store.open();
}

QFuture<PoolResult> LocalPoolEngine::call(const QString& operation, const QJsonObject& request)
{
    return QtConcurrent::run(&m_worker,
                             [this, operation, request] { return execute(operation, request); });
}

QFuture<PoolOutcome<EnrolmentSummary>> LocalPoolEngine::enrolmentSummary(const QString& userPoolId)
{
    return QtConcurrent::run(&m_worker, [this, userPoolId]() -> PoolOutcome<EnrolmentSummary> {
        if (auto pool = m_services->store.loadPool(userPoolId); !pool) {
            return pool.error();
        }
        return m_services->store.enrolment(userPoolId);
    });
}

bool LocalPoolEngine::supports(const QString& operation) const
{
    return m_handlers.contains(operation);
}

PoolResult LocalPoolEngine::execute(const QString& operation, const QJsonObject& request)
{
    const auto handler = m_handlers.constFind(operation);
    if (handler == m_handlers.constEnd()) {
        return PoolError::unsupported(operation);
    }
    // Shapes first, as AWS checks them: a handler then reads every member with its own type.
    const auto checked = shape::checked(request);
    if (!checked) {
        return checked.error();
    }
    return m_services->store.transaction([&] { return (*handler)(*checked); });
}

void LocalPoolEngine::registerHandlers()
{
    const auto add = [this](const char* name,
                            PoolResult (LocalPoolEngine::*method)(const QJsonObject&)) {
        m_handlers.insert(QString::fromLatin1(name), [this, method](const QJsonObject& request) {
            return (this->*method)(request);
        });
    };
    add("CreateUserPool", &LocalPoolEngine::createUserPool);
    add("ListUserPools", &LocalPoolEngine::listUserPools);
    add("DescribeUserPool", &LocalPoolEngine::describeUserPool);
    add("UpdateUserPool", &LocalPoolEngine::updateUserPool);
    add("DeleteUserPool", &LocalPoolEngine::deleteUserPool);
    add("CreateUserPoolClient", &LocalPoolEngine::createUserPoolClient);
    add("ListUserPoolClients", &LocalPoolEngine::listUserPoolClients);
    add("DescribeUserPoolClient", &LocalPoolEngine::describeUserPoolClient);
    add("GetUserPoolMfaConfig", &LocalPoolEngine::getUserPoolMfaConfig);
    add("SetUserPoolMfaConfig", &LocalPoolEngine::setUserPoolMfaConfig);
    add("ListUsers", &LocalPoolEngine::listUsers);
    add("AdminCreateUser", &LocalPoolEngine::adminCreateUser);
    add("AdminGetUser", &LocalPoolEngine::adminGetUser);
    add("AdminUpdateUserAttributes", &LocalPoolEngine::adminUpdateUserAttributes);
    add("AdminDeleteUser", &LocalPoolEngine::adminDeleteUser);
    add("AdminSetUserPassword", &LocalPoolEngine::adminSetUserPassword);
    add("AdminResetUserPassword", &LocalPoolEngine::adminResetUserPassword);
    add("AdminSetUserMFAPreference", &LocalPoolEngine::adminSetUserMfaPreference);
    add("AdminListDevices", &LocalPoolEngine::adminListDevices);
    add("AdminForgetDevice", &LocalPoolEngine::adminForgetDevice);
    add("AdminListUserAuthEvents", &LocalPoolEngine::adminListUserAuthEvents);
    add("DescribeRiskConfiguration", &LocalPoolEngine::describeRiskConfiguration);
    add("SetRiskConfiguration", &LocalPoolEngine::setRiskConfiguration);
    m_handlers.insert(QStringLiteral("AdminDisableUser"), [this](const QJsonObject& request) {
        return adminSetEnabled(request, false);
    });
    m_handlers.insert(QStringLiteral("AdminEnableUser"), [this](const QJsonObject& request) {
        return adminSetEnabled(request, true);
    });
    SignInFlow& flow = *m_signIn;
    m_handlers.insert(QStringLiteral("InitiateAuth"), [&flow](const QJsonObject& request) {
        return flow.initiateAuth(request, false);
    });
    m_handlers.insert(QStringLiteral("AdminInitiateAuth"), [&flow](const QJsonObject& request) {
        return flow.initiateAuth(request, true);
    });
    // Without a client secret or SRP, the admin form of the answer is the same call.
    for (const char* name : {"RespondToAuthChallenge", "AdminRespondToAuthChallenge"}) {
        m_handlers.insert(QString::fromLatin1(name), [&flow](const QJsonObject& request) {
            return flow.respondToAuthChallenge(request);
        });
    }
    m_handlers.insert(
        QStringLiteral("AssociateSoftwareToken"),
        [&flow](const QJsonObject& request) { return flow.associateSoftwareToken(request); });
    m_handlers.insert(QStringLiteral("VerifySoftwareToken"), [&flow](const QJsonObject& request) {
        return flow.verifySoftwareToken(request);
    });
    m_handlers.insert(QStringLiteral("SetUserMFAPreference"), [&flow](const QJsonObject& request) {
        return flow.setUserMfaPreference(request);
    });
    Q_ASSERT(m_handlers.size() == operations::all().size());
}

PoolResult LocalPoolEngine::createUserPool(const QJsonObject& request)
{
    const auto name =
        json::requiredString(request, QStringLiteral("PoolName"), QStringLiteral("poolName"));
    if (!name) {
        return name.error();
    }
    UserPool pool = UserPool::fromJson(request);
    MfaConfig mfa;
    mfa.mode = pool.mfaMode;
    if (pool.mfaMode != MfaMode::Off && pool.smsConfiguration) {
        mfa.sms = SmsMfaConfig{pool.smsAuthenticationMessage, std::nullopt};
    }
    if (auto error = mfa.validate(pool.smsConfiguration)) {
        return *error;
    }
    if (auto error = pool.passwordPolicy.minimumLength < 6 || pool.passwordPolicy.minimumLength > 99
                         ? std::optional<PoolError>(PoolError::validation(
                               QString::number(pool.passwordPolicy.minimumLength),
                               QStringLiteral("policies.passwordPolicy.minimumLength"),
                               QStringLiteral("Member must have value between 6 and 99")))
                         : std::nullopt) {
        return *error;
    }
    pool.id = m_services->region + QLatin1Char('_') + m_services->randomChars(9, kIdAlphabet);
    pool.arn = QStringLiteral("arn:aws:cognito-idp:%1:000000000000:userpool/%2")
                   .arg(m_services->region, pool.id);
    pool.creationDate = pool.lastModifiedDate = m_services->now();
    if (auto error = m_services->store.createPool(pool, mfa)) {
        return *error;
    }
    return QJsonObject{{QStringLiteral("UserPool"), pool.toJson()}};
}

PoolResult LocalPoolEngine::listUserPools(const QJsonObject& request)
{
    if (!request.contains(QStringLiteral("MaxResults"))) {
        return PoolError::invalidParameter(
            QStringLiteral("1 validation error detected: Value null at "
                           "'maxResults' failed to satisfy constraint: "
                           "Member must not be null"));
    }
    const auto limit =
        pageSize(request, QStringLiteral("MaxResults"), QStringLiteral("maxResults"), kMaxPage);
    if (!limit) {
        return limit.error();
    }
    const QString after = decodePageToken(request.value(QStringLiteral("NextToken")).toString());
    const auto found = m_services->store.listPools(after, *limit + 1);
    if (!found) {
        return found.error();
    }
    QJsonArray pools;
    QString last;
    bool more = false;
    for (const UserPool& pool : *found) {
        if (pools.size() == *limit) {
            more = true;
            break;
        }
        last = pool.id;
        pools.append(pool.toSummaryJson());
    }
    QJsonObject response{{QStringLiteral("UserPools"), pools}};
    if (more) {
        response.insert(QStringLiteral("NextToken"), encodePageToken(last));
    }
    return response;
}

PoolResult LocalPoolEngine::describeUserPool(const QJsonObject& request)
{
    const QString poolId = request.value(kUserPoolId).toString();
    auto pool = m_services->store.loadPool(poolId);
    if (!pool) {
        return pool.error();
    }
    const auto mfa = m_services->store.loadMfaConfig(poolId);
    if (!mfa) {
        return mfa.error();
    }
    pool->mfaMode = mfa->mode;
    if (mfa->sms) {
        pool->smsAuthenticationMessage = mfa->sms->smsAuthenticationMessage;
    }
    if (const auto count = m_services->store.countUsers(poolId)) {
        pool->estimatedNumberOfUsers = *count;
    }
    return QJsonObject{{QStringLiteral("UserPool"), pool->toJson()}};
}

PoolResult LocalPoolEngine::updateUserPool(const QJsonObject& request)
{
    const QString poolId = request.value(kUserPoolId).toString();
    auto pool = m_services->store.loadPool(poolId);
    if (!pool) {
        return pool.error();
    }
    auto mfa = m_services->store.loadMfaConfig(poolId);
    if (!mfa) {
        return mfa.error();
    }
    pool->update(request);
    if (request.contains(QStringLiteral("MfaConfiguration"))) {
        const auto mode =
            mfaModeFromName(request.value(QStringLiteral("MfaConfiguration")).toString());
        if (!mode) {
            return PoolError::validation(
                request.value(QStringLiteral("MfaConfiguration")).toString(),
                QStringLiteral("mfaConfiguration"),
                QStringLiteral("Member must satisfy enum value set: [OFF, ON, OPTIONAL]"));
        }
        mfa->mode = *mode;
        if (auto error = mfa->validate(pool->smsConfiguration)) {
            return *error;
        }
    }
    pool->mfaMode = mfa->mode;
    pool->lastModifiedDate = m_services->now();
    if (auto error = m_services->store.savePool(*pool)) {
        return *error;
    }
    if (auto error = m_services->store.saveMfaConfig(poolId, *mfa)) {
        return *error;
    }
    return empty();
}

PoolResult LocalPoolEngine::deleteUserPool(const QJsonObject& request)
{
    const QString poolId = request.value(kUserPoolId).toString();
    if (auto pool = m_services->store.loadPool(poolId); !pool) {
        return pool.error();
    }
    if (auto error = m_services->store.deleteUserPool(poolId)) {
        return *error;
    }
    return empty();
}

PoolResult LocalPoolEngine::createUserPoolClient(const QJsonObject& request)
{
    const QString poolId = request.value(kUserPoolId).toString();
    if (auto pool = m_services->store.loadPool(poolId); !pool) {
        return pool.error();
    }
    const auto name =
        json::requiredString(request, QStringLiteral("ClientName"), QStringLiteral("clientName"));
    if (!name) {
        return name.error();
    }
    UserPoolClient client = UserPoolClient::fromJson(request);
    if (client.authSessionValidityMinutes < 3 || client.authSessionValidityMinutes > 15) {
        return PoolError::validation(QString::number(client.authSessionValidityMinutes),
                                     QStringLiteral("authSessionValidity"),
                                     QStringLiteral("Member must have value between 3 and 15"));
    }
    client.clientId = m_services->randomChars(26, kClientAlphabet);
    client.creationDate = client.lastModifiedDate = m_services->now();
    if (auto error = m_services->store.createClient(poolId, client)) {
        return *error;
    }
    return QJsonObject{{QStringLiteral("UserPoolClient"), client.toJson()}};
}

PoolResult LocalPoolEngine::listUserPoolClients(const QJsonObject& request)
{
    const QString poolId = request.value(kUserPoolId).toString();
    if (auto pool = m_services->store.loadPool(poolId); !pool) {
        return pool.error();
    }
    const auto found = m_services->store.listClients(poolId);
    if (!found) {
        return found.error();
    }
    QJsonArray clients;
    for (const UserPoolClient& client : *found) {
        clients.append(client.toSummaryJson());
    }
    return QJsonObject{{QStringLiteral("UserPoolClients"), clients}};
}

PoolResult LocalPoolEngine::describeUserPoolClient(const QJsonObject& request)
{
    const QString poolId = request.value(kUserPoolId).toString();
    if (auto pool = m_services->store.loadPool(poolId); !pool) {
        return pool.error();
    }
    const QString clientId = request.value(kClientId).toString();
    auto client = m_services->store.loadClient(clientId);
    if (!client || client->userPoolId != poolId) {
        return PoolError::resourceNotFound(
            QStringLiteral("User pool client %1 does not exist.").arg(clientId));
    }
    return QJsonObject{{QStringLiteral("UserPoolClient"), client->toJson()}};
}

PoolResult LocalPoolEngine::getUserPoolMfaConfig(const QJsonObject& request)
{
    const auto mfa = m_services->store.loadMfaConfig(request.value(kUserPoolId).toString());
    if (!mfa) {
        return mfa.error();
    }
    return mfa->toJson();
}

PoolResult LocalPoolEngine::setUserPoolMfaConfig(const QJsonObject& request)
{
    const auto poolId = json::requiredString(request, kUserPoolId, QStringLiteral("userPoolId"));
    if (!poolId) {
        return poolId.error();
    }
    auto pool = m_services->store.loadPool(*poolId);
    if (!pool) {
        return pool.error();
    }
    auto config = MfaConfig::fromJson(request);
    if (!config) {
        return config.error();
    }
    if (auto error = config->validate(pool->smsConfiguration)) {
        return *error;
    }
    if (config->sms && !config->sms->smsConfiguration) {
        config->sms->smsConfiguration = pool->smsConfiguration;
    }
    if (config->sms) {
        pool->smsConfiguration = config->sms->smsConfiguration;
        pool->smsAuthenticationMessage = config->sms->smsAuthenticationMessage;
    }
    pool->mfaMode = config->mode;
    pool->lastModifiedDate = m_services->now();
    if (auto error = m_services->store.savePool(*pool)) {
        return *error;
    }
    if (auto error = m_services->store.saveMfaConfig(*poolId, *config)) {
        return *error;
    }
    return config->toJson();
}

PoolResult LocalPoolEngine::listUsers(const QJsonObject& request)
{
    const QString poolId = request.value(kUserPoolId).toString();
    if (auto pool = m_services->store.loadPool(poolId); !pool) {
        return pool.error();
    }
    const auto limit =
        pageSize(request, QStringLiteral("Limit"), QStringLiteral("limit"), kMaxPage);
    if (!limit) {
        return limit.error();
    }
    std::optional<UserFilter> filter;
    const QString filterText = request.value(QStringLiteral("Filter")).toString();
    if (!filterText.trimmed().isEmpty()) {
        auto parsed = UserFilter::parse(filterText);
        if (!parsed) {
            return parsed.error();
        }
        filter = *parsed;
    }
    std::optional<QString> after;
    if (request.contains(QStringLiteral("PaginationToken"))) {
        after = decodePageToken(request.value(QStringLiteral("PaginationToken")).toString());
    }
    auto found = m_services->store.listUsers(poolId, filter, after, *limit + 1);
    if (!found) {
        return found.error();
    }
    QList<UserRecord> records = std::move(*found);
    const bool more = records.size() > *limit;
    if (more) {
        records.removeLast();
    }
    QStringList attributesToGet;
    for (const QJsonValue& name : request.value(QStringLiteral("AttributesToGet")).toArray()) {
        attributesToGet.append(name.toString());
    }
    QJsonArray users;
    for (const UserRecord& record : std::as_const(records)) {
        users.append(record.publicUser().toUserTypeJson(attributesToGet));
    }
    QJsonObject response{{QStringLiteral("Users"), users}};
    if (more) {
        response.insert(QStringLiteral("PaginationToken"),
                        encodePageToken(records.last().user.username));
    }
    return response;
}

PoolOutcome<UserRecord> LocalPoolEngine::requestedUser(const QJsonObject& request)
{
    const QString poolId = request.value(kUserPoolId).toString();
    if (auto pool = m_services->store.loadPool(poolId); !pool) {
        return pool.error();
    }
    const auto username = json::requiredString(request, kUsername, QStringLiteral("username"));
    if (!username) {
        return username.error();
    }
    return m_services->store.loadUser(poolId, *username);
}

PoolResult LocalPoolEngine::adminCreateUser(const QJsonObject& request)
{
    const QString poolId = request.value(kUserPoolId).toString();
    auto pool = m_services->store.loadPool(poolId);
    if (!pool) {
        return pool.error();
    }
    const auto username = json::requiredString(request, kUsername, QStringLiteral("username"));
    if (!username) {
        return username.error();
    }
    if (auto existing = m_services->store.loadUser(poolId, *username); existing) {
        return PoolError{QString::fromLatin1(errors::kUsernameExists),
                         QStringLiteral("User account already exists")};
    } else if (existing.error().type != QLatin1String(errors::kUserNotFound)) {
        return existing.error();
    }
    QString password = request.value(QStringLiteral("TemporaryPassword")).toString();
    if (!password.isEmpty()) {
        if (auto error = pool->passwordPolicy.check(password)) {
            return *error;
        }
    } else {
        // One of each kind the policy may ask for, then random letters and digits.
        password =
            QStringLiteral("Aa1!") +
            m_services->randomChars(std::max(8, pool->passwordPolicy.minimumLength), kIdAlphabet);
    }
    UserRecord record;
    record.user.username = *username;
    record.user.attributes =
        json::attributesFromJson(request.value(QStringLiteral("UserAttributes")).toArray());
    record.user.attributes.insert(QStringLiteral("sub"), m_services->uuid());
    record.user.userStatus = QStringLiteral("FORCE_CHANGE_PASSWORD");
    record.user.userCreateDate = record.user.userLastModifiedDate = m_services->now();
    if (auto error = m_services->setPassword(record, poolId, password)) {
        return *error;
    }
    record.passwordSetAt = m_services->now();
    if (auto error = m_services->store.saveUser(poolId, record)) {
        return *error;
    }
    // Cognito sends the invitation; the local engine leaves it in the outbox.
    if (request.value(QStringLiteral("MessageAction")).toString() != QLatin1String("SUPPRESS")) {
        const QString message = QStringLiteral("Your username is %1 and temporary password is %2.")
                                    .arg(*username, password);
        const QStringList media =
            request.value(QStringLiteral("DesiredDeliveryMediums")).toVariant().toStringList();
        const QString email = record.user.attributes.value(QStringLiteral("email"));
        const QString phone = record.user.attributes.value(QStringLiteral("phone_number"));
        if (media.contains(QStringLiteral("SMS")) && !phone.isEmpty()) {
            if (auto error =
                    m_services->deliver(poolId, *username, QStringLiteral("SMS"), phone, message)) {
                return *error;
            }
        } else if (!email.isEmpty()) {
            if (auto error = m_services->deliver(poolId, *username, QStringLiteral("EMAIL"), email,
                                                 message)) {
                return *error;
            }
        }
    }
    return QJsonObject{{QStringLiteral("User"), record.publicUser().toUserTypeJson()}};
}

PoolResult LocalPoolEngine::adminGetUser(const QJsonObject& request)
{
    const auto record = requestedUser(request);
    if (!record) {
        return record.error();
    }
    return record->publicUser().toAdminGetUserJson();
}

PoolResult LocalPoolEngine::adminUpdateUserAttributes(const QJsonObject& request)
{
    auto record = requestedUser(request);
    if (!record) {
        return record.error();
    }
    const auto changes =
        json::attributesFromJson(request.value(QStringLiteral("UserAttributes")).toArray());
    if (changes.contains(QStringLiteral("sub"))) {
        return PoolError::invalidParameter(
            QStringLiteral("Cannot modify an immutable attribute: sub"));
    }
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        // A new address is unverified until it is verified again, as in Cognito.
        for (const QString& verifiable :
             {QStringLiteral("email"), QStringLiteral("phone_number")}) {
            const QString flag = verifiable + QStringLiteral("_verified");
            if (it.key() == verifiable && record->user.attributes.value(verifiable) != it.value() &&
                !changes.contains(flag)) {
                record->user.attributes.insert(flag, QStringLiteral("false"));
            }
        }
        record->user.attributes.insert(it.key(), it.value());
    }
    record->user.userLastModifiedDate = m_services->now();
    if (auto error = m_services->store.saveUser(request.value(kUserPoolId).toString(), *record)) {
        return *error;
    }
    return empty();
}

PoolResult LocalPoolEngine::adminDeleteUser(const QJsonObject& request)
{
    const auto record = requestedUser(request);
    if (!record) {
        return record.error();
    }
    if (auto error = m_services->store.deleteUser(request.value(kUserPoolId).toString(),
                                                  record->user.username)) {
        return *error;
    }
    return empty();
}

PoolResult LocalPoolEngine::adminSetEnabled(const QJsonObject& request, bool enabled)
{
    auto record = requestedUser(request);
    if (!record) {
        return record.error();
    }
    record->user.enabled = enabled;
    record->user.userLastModifiedDate = m_services->now();
    if (auto error = m_services->store.saveUser(request.value(kUserPoolId).toString(), *record)) {
        return *error;
    }
    return empty();
}

PoolResult LocalPoolEngine::adminSetUserPassword(const QJsonObject& request)
{
    auto record = requestedUser(request);
    if (!record) {
        return record.error();
    }
    const auto pool = m_services->store.loadPool(request.value(kUserPoolId).toString());
    const auto password =
        json::requiredString(request, QStringLiteral("Password"), QStringLiteral("password"));
    if (!password) {
        return password.error();
    }
    if (auto error = pool->passwordPolicy.check(*password)) {
        return *error;
    }
    if (auto error = m_services->setPassword(*record, pool->id, *password)) {
        return *error;
    }
    record->passwordSetAt = m_services->now();
    record->user.userStatus = request.value(QStringLiteral("Permanent")).toBool()
                                  ? QStringLiteral("CONFIRMED")
                                  : QStringLiteral("FORCE_CHANGE_PASSWORD");
    record->user.userLastModifiedDate = m_services->now();
    if (auto error = m_services->store.saveUser(pool->id, *record)) {
        return *error;
    }
    return empty();
}

PoolResult LocalPoolEngine::adminResetUserPassword(const QJsonObject& request)
{
    auto record = requestedUser(request);
    if (!record) {
        return record.error();
    }
    record->user.userStatus = QStringLiteral("RESET_REQUIRED");
    record->user.userLastModifiedDate = m_services->now();
    if (auto error = m_services->store.saveUser(request.value(kUserPoolId).toString(), *record)) {
        return *error;
    }
    return empty();
}

PoolResult LocalPoolEngine::adminSetUserMfaPreference(const QJsonObject& request)
{
    auto record = requestedUser(request);
    if (!record) {
        return record.error();
    }
    if (auto error = SignInFlow::applyMfaPreference(*record, request)) {
        return *error;
    }
    record->user.userLastModifiedDate = m_services->now();
    if (auto error = m_services->store.saveUser(request.value(kUserPoolId).toString(), *record)) {
        return *error;
    }
    return empty();
}

PoolResult LocalPoolEngine::adminListDevices(const QJsonObject& request)
{
    const auto record = requestedUser(request);
    if (!record) {
        return record.error();
    }
    const auto found =
        m_services->store.listDevices(request.value(kUserPoolId).toString(), record->user.username);
    if (!found) {
        return found.error();
    }
    QJsonArray devices;
    for (const DeviceRecord& device : *found) {
        QMap<QString, QString> attributes{
            {QStringLiteral("device_name"), device.name},
            {QStringLiteral("last_ip_used"), device.lastIp},
            {QStringLiteral("device_status"), device.rememberedUntil > m_services->now()
                                                  ? QStringLiteral("remembered")
                                                  : QStringLiteral("not_remembered")}};
        devices.append(
            QJsonObject{{QStringLiteral("DeviceKey"), device.deviceKey},
                        {QStringLiteral("DeviceAttributes"), json::attributesToJson(attributes)},
                        {QStringLiteral("DeviceCreateDate"), double(device.created)},
                        {QStringLiteral("DeviceLastModifiedDate"), double(device.lastSeen)},
                        {QStringLiteral("DeviceLastAuthenticatedDate"), double(device.lastSeen)}});
    }
    return QJsonObject{{QStringLiteral("Devices"), devices}};
}

PoolResult LocalPoolEngine::adminForgetDevice(const QJsonObject& request)
{
    const auto record = requestedUser(request);
    if (!record) {
        return record.error();
    }
    const QString deviceKey = request.value(QStringLiteral("DeviceKey")).toString();
    const QString poolId = request.value(kUserPoolId).toString();
    const auto found = m_services->store.loadDevice(deviceKey, poolId, record->user.username);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return PoolError::resourceNotFound(QStringLiteral("Device does not exist."));
    }
    if (auto error = m_services->store.deleteDevice(deviceKey, poolId, record->user.username)) {
        return *error;
    }
    return empty();
}

PoolResult LocalPoolEngine::adminListUserAuthEvents(const QJsonObject& request)
{
    const auto record = requestedUser(request);
    if (!record) {
        return record.error();
    }
    const auto limit =
        pageSize(request, QStringLiteral("MaxResults"), QStringLiteral("maxResults"), kMaxPage);
    if (!limit) {
        return limit.error();
    }
    const qint64 offset = request.value(QStringLiteral("NextToken")).toString().toLongLong();
    const auto found = m_services->store.recentAuthEvents(
        request.value(kUserPoolId).toString(), record->user.username, *limit + 1, offset);
    if (!found) {
        return found.error();
    }
    QJsonArray events;
    bool more = false;
    for (const QJsonObject& event : *found) {
        if (events.size() == *limit) {
            more = true;
            break;
        }
        events.append(event);
    }
    QJsonObject response{{QStringLiteral("AuthEvents"), events}};
    if (more) {
        response.insert(QStringLiteral("NextToken"), QString::number(offset + *limit));
    }
    return response;
}

PoolResult LocalPoolEngine::describeRiskConfiguration(const QJsonObject& request)
{
    const QString poolId = request.value(kUserPoolId).toString();
    if (auto pool = m_services->store.loadPool(poolId); !pool) {
        return pool.error();
    }
    const RiskConfig config =
        m_services->store.loadRiskConfig(poolId, request.value(kClientId).toString());
    return QJsonObject{{QStringLiteral("RiskConfiguration"), config.toJson()}};
}

PoolResult LocalPoolEngine::setRiskConfiguration(const QJsonObject& request)
{
    const QString poolId = request.value(kUserPoolId).toString();
    if (auto pool = m_services->store.loadPool(poolId); !pool) {
        return pool.error();
    }
    const QString clientId = request.value(kClientId).toString();
    if (!clientId.isEmpty()) {
        const auto client = m_services->store.loadClient(clientId);
        if (!client || client->userPoolId != poolId) {
            return PoolError::resourceNotFound(
                QStringLiteral("User pool client %1 does not exist.").arg(clientId));
        }
    }
    auto config = RiskConfig::fromJson(request);
    if (!config) {
        return config.error();
    }
    config->lastModifiedDate = m_services->now();
    if (auto error = m_services->store.saveRiskConfig(poolId, clientId, *config)) {
        return *error;
    }
    return QJsonObject{{QStringLiteral("RiskConfiguration"), config->toJson()}};
}

PoolResult LocalPoolEngine::importUsers(const QString& userPoolId, const QList<PoolUser>& users)
{
    return m_services->store.transaction([&]() -> PoolResult {
        if (auto pool = m_services->store.loadPool(userPoolId); !pool) {
            return pool.error();
        }
        QList<UserRecord> records;
        records.reserve(users.size());
        for (const PoolUser& user : users) {
            // An import is held to the limits AdminCreateUser's shape sets.
            const QString member = QStringLiteral("users.%1.member").arg(records.size() + 1);
            if (auto error =
                    shape::checkUsername(user.username, member + QStringLiteral(".username"))) {
                return *error;
            }
            int index = 0;
            for (auto it = user.attributes.begin(); it != user.attributes.end(); ++it) {
                // Named by position: the name itself may be what is wrong with it.
                const QString attribute =
                    QStringLiteral("%1.attributes.%2.member").arg(member).arg(++index);
                if (auto error = shape::checkAttribute(it.key(), it.value(), attribute)) {
                    return *error;
                }
            }
            UserRecord record;
            record.user = user;
            if (record.user.sub().isEmpty()) {
                record.user.attributes.insert(QStringLiteral("sub"), m_services->uuid());
            }
            if (record.user.userStatus.isEmpty() ||
                record.user.userStatus == QLatin1String("CONFIRMED")) {
                record.user.userStatus = QStringLiteral("RESET_REQUIRED");
            }
            if (record.user.userCreateDate == 0) {
                record.user.userCreateDate = record.user.userLastModifiedDate = m_services->now();
            }
            records.append(std::move(record));
        }
        if (auto error = m_services->store.saveUsers(userPoolId, records)) {
            return *error;
        }
        return QJsonObject{{QStringLiteral("Imported"), qint64(users.size())}};
    });
}

PoolOutcome<QList<OutboxMessage>> LocalPoolEngine::outbox(const QString& userPoolId)
{
    return m_services->store.outbox(userPoolId);
}

} // namespace tessera::pool::local
