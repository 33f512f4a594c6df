// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A Cognito-like backend with `users` users, for the users view's tests and benchmarks: it pages
// ListUsers (Limit, PaginationToken, a username filter), answers AdminGetUser with each user's
// factors, throttles every n-th AdminGetUser, fails the users it is told to, can answer after a
// latency, and counts and time-stamps every request.

#include "pool/PoolBackend.h"

#include <QJsonArray>
#include <QPromise>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>

namespace tessera::pool::test {

// The most of `starts` (times in ms) that fall in any one-second window [t, t + 1000).
inline int busiestSecond(const QList<qint64>& starts)
{
    int busiest = 0;
    for (const qint64 from : starts) {
        busiest = std::max<int>(busiest,
                                int(std::count_if(starts.begin(), starts.end(), [from](qint64 at) {
                                    return at >= from && at < from + 1000;
                                })));
    }
    return busiest;
}

class FakeUserBackend : public PoolBackend
{
public:
    explicit FakeUserBackend(int users) : m_users(users) {}

    // The time requests are stamped with (ms); a fake clock in tests.
    std::function<qint64()> clock = [] { return qint64(0); };
    // Every n-th AdminGetUser is answered TooManyRequestsException (0: never).
    int throttleEvery = 0;
    QSet<QString> failing;
    bool failListUsers = false;
    // Answers arrive after this many milliseconds of real time (0: at once).
    int latencyMs = 0;

    // Also serve AdminDisableUser, AdminEnableUser, AdminListDevices (none) and
    // AdminListUserAuthEvents (none), for the detail pane and bulk runs.
    bool serveAdminActions = false;

    // Every request's operation and time, in order.
    QStringList operations;
    QList<qint64> requestTimes;
    QList<qint64> adminGetUserTimes;
    QStringList adminGetUserNames;
    int listUsersCalls = 0;

    static QString nameOf(int index)
    {
        return QStringLiteral("user-%1").arg(index, 5, 10, QLatin1Char('0'));
    }

    // The factors user `index` has: none, SMS, TOTP (preferred), SMS and TOTP (TOTP preferred),
    // in turn; every tenth also email.
    static UserFactors factorsOf(int index)
    {
        UserFactors factors;
        factors.sms = index % 4 == 1 || index % 4 == 3;
        factors.softwareToken = index % 4 >= 2;
        factors.email = index % 10 == 0;
        if (factors.softwareToken) {
            factors.preferred = QString::fromLatin1(factors::kSoftwareToken);
        }
        return factors;
    }

    QFuture<PoolResult> call(const QString& operation, const QJsonObject& request) override
    {
        operations << operation;
        requestTimes << clock();
        if (serveAdminActions && isAdminAction(operation)) {
            if (operation == QLatin1String("AdminListDevices")) {
                return answer(QJsonObject{{QStringLiteral("Devices"), QJsonArray{}}});
            }
            if (operation == QLatin1String("AdminListUserAuthEvents")) {
                return answer(QJsonObject{{QStringLiteral("AuthEvents"), QJsonArray{}}});
            }
            return answer(QJsonObject{});
        }
        if (operation == QLatin1String("ListUsers")) {
            return answer(listUsers(request));
        }
        if (operation == QLatin1String("AdminGetUser")) {
            return answer(adminGetUser(request));
        }
        if (operation == QLatin1String("ListUserPools")) {
            // A console probes a connection with it.
            const QJsonObject pool{{QStringLiteral("Id"), QStringLiteral("us-east-1_fake")},
                                   {QStringLiteral("Name"), QStringLiteral("fake")}};
            return answer(QJsonObject{{QStringLiteral("UserPools"), QJsonArray{pool}}});
        }
        return answer(PoolError::unsupported(operation));
    }
    bool supports(const QString& operation) const override
    {
        return operation == QLatin1String("ListUsers") ||
               operation == QLatin1String("AdminGetUser") ||
               operation == QLatin1String("ListUserPools") ||
               (serveAdminActions && isAdminAction(operation));
    }

private:
    static bool isAdminAction(const QString& operation)
    {
        return operation == QLatin1String("AdminDisableUser") ||
               operation == QLatin1String("AdminEnableUser") ||
               operation == QLatin1String("AdminListDevices") ||
               operation == QLatin1String("AdminListUserAuthEvents");
    }

    QFuture<PoolResult> answer(PoolResult result)
    {
        if (latencyMs <= 0) {
            return QtFuture::makeReadyFuture(std::move(result));
        }
        auto promise = std::make_shared<QPromise<PoolResult>>();
        promise->start();
        QTimer::singleShot(latencyMs, [promise, result] {
            promise->addResult(result);
            promise->finish();
        });
        return promise->future();
    }

    PoolResult listUsers(const QJsonObject& request)
    {
        ++listUsersCalls;
        if (failListUsers) {
            return PoolError::internal(QStringLiteral("ListUsers is down"));
        }
        const int limit = request.value(QStringLiteral("Limit")).toInt(60);
        int from = request.value(QStringLiteral("PaginationToken")).toString().toInt();
        QString prefix;
        if (const QString text = request.value(QStringLiteral("Filter")).toString();
            !text.isEmpty()) {
            const auto filter = UserFilter::parse(text);
            if (!filter) {
                return filter.failure();
            }
            prefix = filter->value();
        }
        QJsonArray users;
        int index = from;
        for (; index < m_users && users.size() < limit; ++index) {
            const QString name = nameOf(index);
            if (!name.startsWith(prefix)) {
                continue;
            }
            PoolUser user;
            user.username = name;
            user.attributes.insert(QStringLiteral("email"), name + QStringLiteral("@example.com"));
            user.attributes.insert(QStringLiteral("email_verified"), QStringLiteral("true"));
            user.userCreateDate = 1700000000 + index;
            user.userLastModifiedDate = 1700000000 + index;
            users.append(user.toUserTypeJson());
        }
        QJsonObject response{{QStringLiteral("Users"), users}};
        if (index < m_users) {
            response.insert(QStringLiteral("PaginationToken"), QString::number(index));
        }
        return response;
    }

    PoolResult adminGetUser(const QJsonObject& request)
    {
        const QString name = request.value(QStringLiteral("Username")).toString();
        adminGetUserTimes << clock();
        adminGetUserNames << name;
        if (throttleEvery > 0 && adminGetUserNames.size() % throttleEvery == 0) {
            return PoolError{QString::fromLatin1(errors::kTooManyRequests),
                             QStringLiteral("Too many requests")};
        }
        if (failing.contains(name)) {
            return PoolError::internal(QStringLiteral("cannot read %1").arg(name));
        }
        const int index = name.mid(5).toInt();
        PoolUser user;
        user.username = name;
        const UserFactors factors = factorsOf(index);
        user.userMfaSettingList = factors::named(factors.sms, factors.softwareToken, factors.email);
        user.preferredMfaSetting = factors.preferred;
        return user.toAdminGetUserJson();
    }

    int m_users;
};

} // namespace tessera::pool::test
