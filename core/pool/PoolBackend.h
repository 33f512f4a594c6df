// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuthEvent.h"
#include "AuthResult.h"
#include "Enrolment.h"
#include "MfaConfig.h"
#include "PoolError.h"
#include "PoolUser.h"
#include "RiskConfig.h"
#include "UserChanges.h"
#include "UserFilter.h"
#include "UserPasskey.h"
#include "UserPool.h"

#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace tessera::pool {

// One page of a list operation: its items and the token for the next page (empty on the last).
template <typename T> struct Page
{
    QList<T> items;
    QString nextToken;
};

// ListUsers' request beside the pool id: a filter, a page size of 1 to 60 (Cognito's limit),
// where the previous page ended, and the attributes to return (empty: all).
struct ListUsersQuery
{
    static constexpr int kMaxLimit = 60;

    std::optional<UserFilter> filter;
    int limit = kMaxLimit;
    QString paginationToken;
    QStringList attributesToGet;

    // Cognito's request body.
    QJsonObject toRequest(const QString& userPoolId) const;
};

// Where pool operations go: the embedded engine (core/pool/local) or a Cognito endpoint
// (core/pool/cognito). Requests and responses are Cognito's own JSON bodies, so one backend can
// pass them straight to the wire and another can execute them; the typed wrappers below convert
// through the value classes. Every call is asynchronous: a caller on the UI thread attaches a
// continuation and never waits.
class PoolBackend
{
public:
    virtual ~PoolBackend() = default;

    // Runs `operation` (Cognito's name, e.g. "SetUserPoolMfaConfig") with Cognito's request
    // body. An operation the backend lacks yields UnsupportedOperationException.
    virtual QFuture<PoolResult> call(const QString& operation, const QJsonObject& request) = 0;

    // Whether this backend serves `operation`, so a console can hide what it lacks.
    virtual bool supports(const QString& operation) const = 0;

    // The typed calls a console makes: requests built from value classes, answers read into them.
    // One page of pools (Id, Name, dates; DescribeUserPool has the rest).
    QFuture<Expected<Page<UserPool>, PoolError>> listUserPools(int maxResults = 60,
                                                               const QString& nextToken = {});
    // A pool with Cognito's defaults and this name; its MFA is off until SetUserPoolMfaConfig.
    QFuture<Expected<UserPool, PoolError>> createUserPool(const QString& name);
    // Sends `pool.updateRequest()`: everything the pool has, so nothing resets to a default.
    QFuture<PoolResult> updateUserPool(const UserPool& pool);
    QFuture<PoolResult> deleteUserPool(const QString& userPoolId);
    QFuture<Expected<UserPool, PoolError>> describeUserPool(const QString& userPoolId);
    QFuture<Expected<MfaConfig, PoolError>> getUserPoolMfaConfig(const QString& userPoolId);
    // Sends the whole configuration; the answer is the configuration now in force.
    QFuture<Expected<MfaConfig, PoolError>> setUserPoolMfaConfig(const QString& userPoolId,
                                                                 const MfaConfig& config);
    // The pool-wide risk configuration (clientId empty) or one app client's.
    QFuture<Expected<RiskConfig, PoolError>>
    describeRiskConfiguration(const QString& userPoolId, const QString& clientId = {});
    // Adaptive MFA: sends the whole risk configuration (its userPoolId, and clientId when it is
    // one client's) after RiskConfig::validate(); the answer is the configuration now in force.
    // Where the backend has no risk APIs the error says why (riskUnavailable()).
    QFuture<Expected<RiskConfig, PoolError>> setRiskConfiguration(const RiskConfig& config);
    QFuture<Expected<PoolUser, PoolError>> adminGetUser(const QString& userPoolId,
                                                        const QString& username);
    // Users and their MFA state (the users view).
    // One page of users (UserType: no MFA lists; adminGetUser has them). PaginationToken of the
    // answer in Page::nextToken; follow it with a PageWalk.
    QFuture<Expected<Page<PoolUser>, PoolError>> listUsers(const QString& userPoolId,
                                                           const ListUsersQuery& query);

    // The MFA factors and preference of these users, by username, in one request. Backends
    // that can (the local engine) override this; others answer UnsupportedOperationException
    // and a caller reads AdminGetUser per user (MfaStatusSource does both).
    virtual QFuture<Expected<QMap<QString, UserFactors>, PoolError>>
    userFactors(const QString& userPoolId, const QStringList& usernames);

    QFuture<Expected<AuthResponse, PoolError>> initiateAuth(const QJsonObject& request);
    QFuture<Expected<AuthResponse, PoolError>> respondToAuthChallenge(const QJsonObject& request);

    // Who has set up which factor in the pool. Backends that can count every user at once (the
    // local engine) override this; others answer UnsupportedOperationException and a caller
    // samples users instead.
    virtual QFuture<Expected<EnrolmentSummary, PoolError>>
    enrolmentSummary(const QString& userPoolId);

    // --- One user's administration (issue 13, items 4-7: detail pane, bulk actions, create) ---
    QFuture<Expected<void, PoolError>> adminEnableUser(const QString& userPoolId,
                                                       const QString& username);
    QFuture<Expected<void, PoolError>> adminDisableUser(const QString& userPoolId,
                                                        const QString& username);
    // The user must choose a new password at the next sign-in (RESET_REQUIRED).
    QFuture<Expected<void, PoolError>> adminResetUserPassword(const QString& userPoolId,
                                                              const QString& username);
    QFuture<Expected<void, PoolError>> adminDeleteUser(const QString& userPoolId,
                                                       const QString& username);
    QFuture<Expected<void, PoolError>> adminSetUserMfaPreference(const QString& userPoolId,
                                                                 const QString& username,
                                                                 const MfaPreferenceChange& change);
    QFuture<Expected<Page<UserDevice>, PoolError>>
    adminListDevices(const QString& userPoolId, const QString& username, int limit = 60,
                     const QString& paginationToken = {});
    QFuture<Expected<void, PoolError>>
    adminForgetDevice(const QString& userPoolId, const QString& username, const QString& deviceKey);
    // Newest first.
    QFuture<Expected<Page<AuthEvent>, PoolError>>
    adminListUserAuthEvents(const QString& userPoolId, const QString& username, int maxResults = 20,
                            const QString& nextToken = {});
    // Checks `user` (NewUser::validate) before anything is sent.
    QFuture<Expected<PoolUser, PoolError>> adminCreateUser(const QString& userPoolId,
                                                           const NewUser& user);

    // --- Passkeys (issue 18) ---
    // Whether the endpoint has Cognito's passkey operations: ListWebAuthnCredentials with a
    // token that cannot be valid, answered by anything but UnsupportedOperationException
    // (cognito-local lacks them). An endpoint found lacking is also remembered by supports().
    QFuture<Expected<bool, PoolError>> probeWebAuthn();
    // A user's registered passkeys as an administrator sees them, and deleting one. Cognito has
    // no administrator's form of ListWebAuthnCredentials or DeleteWebAuthnCredential (both take
    // the user's own access token), so only backends that keep the passkeys themselves (the
    // local engine) override these; others answer UnsupportedOperationException.
    virtual QFuture<Expected<QList<UserPasskey>, PoolError>> userPasskeys(const QString& userPoolId,
                                                                          const QString& username);
    virtual QFuture<Expected<void, PoolError>> deleteUserPasskey(const QString& userPoolId,
                                                                 const QString& username,
                                                                 const QString& credentialId);
};

} // namespace tessera::pool
