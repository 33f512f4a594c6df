// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserAdministration.h"

#include "MfaPreferences.h"
#include "PageRequest.h"
#include "RememberedDevices.h"
#include "pool/JsonFields.h"
#include "pool/RequestShape.h"
#include "pool/UserChanges.h"
#include "pool/UserFilter.h"

#include <QJsonArray>

namespace tessera::pool::local {

namespace {

const QString kUserPoolId = QStringLiteral("UserPoolId");
const QString kUsername = QStringLiteral("Username");
const QStringView kPasswordAlphabet =
    u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

} // namespace

PoolResult UserAdministration::listUsers(const QJsonObject& request)
{
    const QString poolId = request.value(kUserPoolId).toString();
    if (auto pool = m_services.store.loadPool(poolId); !pool) {
        return pool.failure();
    }
    const auto page = PageRequest::of(QStringLiteral("ListUsers"), request);
    if (!page) {
        return page.failure();
    }
    std::optional<UserFilter> filter;
    const QString filterText = request.value(QStringLiteral("Filter")).toString();
    if (!filterText.trimmed().isEmpty()) {
        auto parsed = UserFilter::parse(filterText);
        if (!parsed) {
            return parsed.failure();
        }
        filter = *parsed;
    }
    auto found = m_services.store.listUsers(poolId, filter, page->after(), page->fetchSize());
    if (!found) {
        return found.failure();
    }
    QList<PoolUser> records = std::move(*found);
    const bool more = page->trim(records);
    QStringList attributesToGet;
    for (const QJsonValue name : request.value(QStringLiteral("AttributesToGet")).toArray()) {
        attributesToGet.append(name.toString());
    }
    QJsonArray users;
    for (const PoolUser& user : std::as_const(records)) {
        users.append(user.toUserTypeJson(attributesToGet));
    }
    QJsonObject response{{QStringLiteral("Users"), users}};
    if (more) {
        page->continueAfter(response, records.last().username);
    }
    return response;
}

Expected<UserRecord, PoolError> UserAdministration::requestedUser(const QJsonObject& request)
{
    const QString poolId = request.value(kUserPoolId).toString();
    if (auto pool = m_services.store.loadPool(poolId); !pool) {
        return pool.failure();
    }
    const auto username = json::requiredString(request, kUsername, QStringLiteral("username"));
    if (!username) {
        return username.failure();
    }
    return m_services.store.loadUser(poolId, *username);
}

PoolResult UserAdministration::changeUser(const QJsonObject& request, const Change& change)
{
    auto record = requestedUser(request);
    if (!record) {
        return record.failure();
    }
    if (auto done = change(*record); !done) {
        return done.failure();
    }
    record->user.userLastModifiedDate = m_services.now();
    if (auto done = m_services.store.saveUser(request.value(kUserPoolId).toString(), *record);
        !done) {
        return done.failure();
    }
    return QJsonObject{};
}

PoolResult UserAdministration::adminCreateUser(const QJsonObject& request)
{
    const QString poolId = request.value(kUserPoolId).toString();
    auto pool = m_services.store.loadPool(poolId);
    if (!pool) {
        return pool.failure();
    }
    const auto username = json::requiredString(request, kUsername, QStringLiteral("username"));
    if (!username) {
        return username.failure();
    }
    const auto existing = m_services.store.loadUser(poolId, *username);
    if (existing) {
        return PoolError{QString::fromLatin1(errors::kUsernameExists),
                         QStringLiteral("User account already exists")};
    }
    if (existing.failure().type != QLatin1String(errors::kUserNotFound)) {
        return existing.failure();
    }
    QString password = request.value(QStringLiteral("TemporaryPassword")).toString();
    if (!password.isEmpty()) {
        if (auto done = pool->passwordPolicy.check(password); !done) {
            return done.failure();
        }
    } else {
        // One of each kind the policy may ask for, then random letters and digits.
        password = QStringLiteral("Aa1!") +
                   m_services.randomChars(std::max(8, pool->passwordPolicy.minimumLength),
                                          kPasswordAlphabet);
    }
    UserRecord record;
    record.user.username = *username;
    record.user.attributes =
        json::attributesFromJson(request.value(QStringLiteral("UserAttributes")).toArray());
    if (const QString email = record.user.attributes.value(QStringLiteral("email"));
        !email.isEmpty()) {
        if (auto valid = attributes::checkEmail(email); !valid) {
            return valid.failure();
        }
    }
    if (const QString phone = record.user.attributes.value(QStringLiteral("phone_number"));
        !phone.isEmpty()) {
        if (auto valid = attributes::checkPhoneNumber(phone); !valid) {
            return valid.failure();
        }
    }
    record.user.attributes.insert(QStringLiteral("sub"), m_services.uuid());
    record.user.userStatus = QStringLiteral("FORCE_CHANGE_PASSWORD");
    record.user.userCreateDate = record.user.userLastModifiedDate = m_services.now();
    if (auto set = m_services.setPassword(record, poolId, password); !set) {
        return set.failure();
    }
    record.passwordSetAt = m_services.now();
    if (auto done = m_services.store.saveUser(poolId, record); !done) {
        return done.failure();
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
            if (auto done =
                    m_services.deliver(poolId, *username, QStringLiteral("SMS"), phone, message);
                !done) {
                return done.failure();
            }
        } else if (!email.isEmpty()) {
            if (auto done =
                    m_services.deliver(poolId, *username, QStringLiteral("EMAIL"), email, message);
                !done) {
                return done.failure();
            }
        }
    }
    return QJsonObject{{QStringLiteral("User"), record.publicUser().toUserTypeJson()}};
}

PoolResult UserAdministration::adminGetUser(const QJsonObject& request)
{
    const auto record = requestedUser(request);
    if (!record) {
        return record.failure();
    }
    return record->publicUser().toAdminGetUserJson();
}

PoolResult UserAdministration::adminUpdateUserAttributes(const QJsonObject& request)
{
    const auto changes =
        json::attributesFromJson(request.value(QStringLiteral("UserAttributes")).toArray());
    return changeUser(request, [&changes](UserRecord& record) -> Expected<void, PoolError> {
        if (changes.contains(QStringLiteral("sub"))) {
            return PoolError::invalidParameter(
                QStringLiteral("Cannot modify an immutable attribute: sub"));
        }
        QMap<QString, QString>& attributes = record.user.attributes;
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            // A new address is unverified until it is verified again, as in Cognito.
            for (const QString& verifiable :
                 {QStringLiteral("email"), QStringLiteral("phone_number")}) {
                const QString flag = verifiable + QStringLiteral("_verified");
                if (it.key() == verifiable && attributes.value(verifiable) != it.value() &&
                    !changes.contains(flag)) {
                    attributes.insert(flag, QStringLiteral("false"));
                }
            }
            attributes.insert(it.key(), it.value());
        }
        return {};
    });
}

PoolResult UserAdministration::adminDeleteUser(const QJsonObject& request)
{
    const auto record = requestedUser(request);
    if (!record) {
        return record.failure();
    }
    if (auto done = m_services.store.deleteUser(request.value(kUserPoolId).toString(),
                                                record->user.username);
        !done) {
        return done.failure();
    }
    return QJsonObject{};
}

PoolResult UserAdministration::adminDisableUser(const QJsonObject& request)
{
    return changeUser(request, [](UserRecord& record) -> Expected<void, PoolError> {
        record.user.enabled = false;
        return {};
    });
}

PoolResult UserAdministration::adminEnableUser(const QJsonObject& request)
{
    return changeUser(request, [](UserRecord& record) -> Expected<void, PoolError> {
        record.user.enabled = true;
        return {};
    });
}

PoolResult UserAdministration::adminSetUserPassword(const QJsonObject& request)
{
    return changeUser(request, [this, &request](UserRecord& record) -> Expected<void, PoolError> {
        const auto pool = m_services.store.loadPool(request.value(kUserPoolId).toString());
        if (!pool) {
            return pool.failure();
        }
        const auto password =
            json::requiredString(request, QStringLiteral("Password"), QStringLiteral("password"));
        if (!password) {
            return password.failure();
        }
        if (auto done = pool->passwordPolicy.check(*password); !done) {
            return done;
        }
        if (auto set = m_services.setPassword(record, pool->id, *password); !set) {
            return set;
        }
        record.passwordSetAt = m_services.now();
        record.user.userStatus = request.value(QStringLiteral("Permanent")).toBool()
                                     ? QStringLiteral("CONFIRMED")
                                     : QStringLiteral("FORCE_CHANGE_PASSWORD");
        return {};
    });
}

PoolResult UserAdministration::adminResetUserPassword(const QJsonObject& request)
{
    return changeUser(request, [](UserRecord& record) -> Expected<void, PoolError> {
        record.user.userStatus = QStringLiteral("RESET_REQUIRED");
        return {};
    });
}

PoolResult UserAdministration::adminSetUserMfaPreference(const QJsonObject& request)
{
    return changeUser(
        request, [&request](UserRecord& record) { return MfaPreferences(record).set(request); });
}

PoolResult UserAdministration::adminListDevices(const QJsonObject& request)
{
    const auto record = requestedUser(request);
    if (!record) {
        return record.failure();
    }
    return RememberedDevices::listPage(m_services, QStringLiteral("AdminListDevices"),
                                       request.value(kUserPoolId).toString(), record->user.username,
                                       request);
}

PoolResult UserAdministration::adminGetDevice(const QJsonObject& request)
{
    const auto record = requestedUser(request);
    if (!record) {
        return record.failure();
    }
    return RememberedDevices::getOne(m_services, request.value(kUserPoolId).toString(),
                                     record->user.username,
                                     request.value(QStringLiteral("DeviceKey")).toString());
}

PoolResult UserAdministration::adminForgetDevice(const QJsonObject& request)
{
    const auto record = requestedUser(request);
    if (!record) {
        return record.failure();
    }
    return RememberedDevices::forget(m_services, request.value(kUserPoolId).toString(),
                                     record->user.username,
                                     request.value(QStringLiteral("DeviceKey")).toString());
}

PoolResult UserAdministration::adminUpdateDeviceStatus(const QJsonObject& request)
{
    const auto record = requestedUser(request);
    if (!record) {
        return record.failure();
    }
    return RememberedDevices::setStatus(m_services, request.value(kUserPoolId).toString(),
                                        record->user.username, request);
}

PoolResult UserAdministration::adminListUserAuthEvents(const QJsonObject& request)
{
    const auto record = requestedUser(request);
    if (!record) {
        return record.failure();
    }
    const auto page = PageRequest::of(QStringLiteral("AdminListUserAuthEvents"), request);
    if (!page) {
        return page.failure();
    }
    // The events are newest first, so a page goes on from how many were shown before it.
    const qint64 offset = page->after().value_or(QString()).toLongLong();
    auto found = m_services.store.recentAuthEvents(
        request.value(kUserPoolId).toString(), record->user.username, page->fetchSize(), offset);
    if (!found) {
        return found.failure();
    }
    const bool more = page->trim(*found);
    QJsonArray events;
    for (const QJsonObject& event : std::as_const(*found)) {
        events.append(event);
    }
    QJsonObject response{{QStringLiteral("AuthEvents"), events}};
    if (more) {
        page->continueAfter(response, QString::number(offset + page->size()));
    }
    return response;
}

PoolResult UserAdministration::importUsers(const QString& userPoolId, const QList<PoolUser>& users)
{
    return m_services.store.transaction([&]() -> PoolResult {
        if (auto pool = m_services.store.loadPool(userPoolId); !pool) {
            return pool.failure();
        }
        QList<UserRecord> records;
        records.reserve(users.size());
        for (const PoolUser& user : users) {
            // An import is held to the limits AdminCreateUser's shape sets.
            const QString member = QStringLiteral("users.%1.member").arg(records.size() + 1);
            if (auto done =
                    shape::checkUsername(user.username, member + QStringLiteral(".username"));
                !done) {
                return done.failure();
            }
            int index = 0;
            for (auto it = user.attributes.begin(); it != user.attributes.end(); ++it) {
                // Named by position: the name itself may be what is wrong with it.
                const QString attribute =
                    QStringLiteral("%1.attributes.%2.member").arg(member).arg(++index);
                if (auto done = shape::checkAttribute(it.key(), it.value(), attribute); !done) {
                    return done.failure();
                }
            }
            UserRecord record;
            record.user = user;
            // cognito:mfa_enabled in an import turns SMS on, as Cognito's import does.
            record.smsEnabled = user.userMfaSettingList.contains(QLatin1String(factors::kSms));
            if (record.user.sub().isEmpty()) {
                record.user.attributes.insert(QStringLiteral("sub"), m_services.uuid());
            }
            if (record.user.userStatus.isEmpty() ||
                record.user.userStatus == QLatin1String("CONFIRMED")) {
                record.user.userStatus = QStringLiteral("RESET_REQUIRED");
            }
            if (record.user.userCreateDate == 0) {
                record.user.userCreateDate = record.user.userLastModifiedDate = m_services.now();
            }
            records.append(std::move(record));
        }
        if (auto done = m_services.store.saveUsers(userPoolId, records); !done) {
            return done.failure();
        }
        return QJsonObject{{QStringLiteral("Imported"), qint64(users.size())}};
    });
}

} // namespace tessera::pool::local
