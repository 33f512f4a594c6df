// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpMessage.h"
#include "SigV4Verifier.h"
#include "pool/PoolError.h"

#include <QFuture>
#include <QJsonObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace tessera::pool::local {
class LocalPoolEngine;
}

namespace tessera::pool::serve {

// What the endpoint answers with and to whom.
struct EndpointSettings
{
    SigV4Policy signing;
    // At most this many operations wait for or run on the engine; more are refused with
    // TooManyRequestsException, which AWS SDKs retry after a back-off.
    int maxInFlight = 256;

    EndpointSettings clone() const { return {signing.clone(), maxInFlight}; }
};

// Cognito's wire protocol over the local engine: turns one HTTP request into the HTTP answer
// Cognito would give. POST / with X-Amz-Target AWSCognitoIdentityProviderService.<Operation> and
// an application/x-amz-json-1.1 body runs the operation (SigV4 required unless the operation is
// authorised by a token or session); GET /.well-known/jwks.json and
// /<poolId>/.well-known/{jwks.json,openid-configuration} publish the token keys. Errors are
// Cognito's: HTTP 400 (500 for InternalErrorException), {"__type", "message"} and
// x-amzn-ErrorType; every answer has x-amzn-RequestId. It knows nothing of sockets (PoolServer
// does) and never waits: engine work runs on the engine's worker, answers come as futures.
class CognitoEndpoint
{
public:
    static constexpr char kTargetPrefix[] = "AWSCognitoIdentityProviderService.";
    static constexpr char kContentType[] = "application/x-amz-json-1.1";

    CognitoEndpoint(local::LocalPoolEngine& engine, EndpointSettings settings);

    // Reads the store's signing key for jwks.json and names `baseUrl` (http://host:port) as the
    // issuer of the tokens the engine signs from now on. Called once, before the first request.
    Expected<void, PoolError> prepare(const QString& baseUrl);

    // The answer to `request`: ready at once for protocol errors, later for engine work. The
    // continuation that builds the answer runs on the engine's thread.
    QFuture<HttpResponse> respond(const HttpRequest& request, const QString& requestId);

    // An error as Cognito sends it.
    static HttpResponse errorResponse(const PoolError& error, const QString& requestId,
                                      int status = 0);
    // The HTTP status AWS gives an error type: 400 but for internal errors.
    static int statusFor(const QString& errorType);

    // Operations now queued or running on the engine.
    int inFlight() const { return m_inFlight->load(); }

private:
    QFuture<HttpResponse> runOperation(const HttpRequest& request, const QString& requestId);
    QFuture<HttpResponse> wellKnown(const QString& poolId, const QString& document,
                                    const QString& requestId);
    // Runs `operation` on the engine when a slot is free; `answer` turns its result into the
    // response, on the engine's thread.
    QFuture<HttpResponse> callEngine(const QString& operation, const QJsonObject& body,
                                     const QString& requestId,
                                     std::function<HttpResponse(PoolResult)> answer);

    local::LocalPoolEngine& m_engine;
    EndpointSettings m_settings;
    QString m_baseUrl;
    QJsonObject m_jwks;
    // Shared with the continuations on the engine's thread, which may outlive this object.
    std::shared_ptr<std::atomic<int>> m_inFlight = std::make_shared<std::atomic<int>>(0);
};

} // namespace tessera::pool::serve
