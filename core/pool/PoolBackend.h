// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuthResult.h"
#include "MfaConfig.h"
#include "PoolOutcome.h"
#include "PoolUser.h"
#include "UserPool.h"

#include <QFuture>
#include <QJsonObject>
#include <QString>

namespace tessera::pool {

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

    QFuture<PoolOutcome<UserPool>> describeUserPool(const QString& userPoolId);
    QFuture<PoolOutcome<MfaConfig>> getUserPoolMfaConfig(const QString& userPoolId);
    // Sends the whole configuration; the answer is the configuration now in force.
    QFuture<PoolOutcome<MfaConfig>> setUserPoolMfaConfig(const QString& userPoolId,
                                                         const MfaConfig& config);
    QFuture<PoolOutcome<PoolUser>> adminGetUser(const QString& userPoolId, const QString& username);
    QFuture<PoolOutcome<AuthResponse>> initiateAuth(const QJsonObject& request);
    QFuture<PoolOutcome<AuthResponse>> respondToAuthChallenge(const QJsonObject& request);
};

} // namespace tessera::pool
