// SPDX-License-Identifier: GPL-3.0-or-later
#include "CognitoEndpoint.h"

#include "pool/PoolOperations.h"
#include "pool/local/LocalPoolEngine.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

namespace tessera::pool::serve {

namespace {

// Every operation of Cognito's user pool API (2024), so that a name Cognito has but the engine
// lacks is UnsupportedOperationException, and a name Cognito lacks is UnknownOperationException.
bool isCognitoOperation(const QString& name)
{
    static const QSet<QString> names = [] {
        QSet<QString> set;
        for (const char* operation : {"AddCustomAttributes",
                                      "AdminAddUserToGroup",
                                      "AdminConfirmSignUp",
                                      "AdminCreateUser",
                                      "AdminDeleteUser",
                                      "AdminDeleteUserAttributes",
                                      "AdminDisableProviderForUser",
                                      "AdminDisableUser",
                                      "AdminEnableUser",
                                      "AdminForgetDevice",
                                      "AdminGetDevice",
                                      "AdminGetUser",
                                      "AdminInitiateAuth",
                                      "AdminLinkProviderForUser",
                                      "AdminListDevices",
                                      "AdminListGroupsForUser",
                                      "AdminListUserAuthEvents",
                                      "AdminRemoveUserFromGroup",
                                      "AdminResetUserPassword",
                                      "AdminRespondToAuthChallenge",
                                      "AdminSetUserMFAPreference",
                                      "AdminSetUserPassword",
                                      "AdminSetUserSettings",
                                      "AdminUpdateAuthEventFeedback",
                                      "AdminUpdateDeviceStatus",
                                      "AdminUpdateUserAttributes",
                                      "AdminUserGlobalSignOut",
                                      "AssociateSoftwareToken",
                                      "ChangePassword",
                                      "ConfirmDevice",
                                      "ConfirmForgotPassword",
                                      "ConfirmSignUp",
                                      "CreateGroup",
                                      "CreateIdentityProvider",
                                      "CreateResourceServer",
                                      "CreateUserImportJob",
                                      "CreateUserPool",
                                      "CreateUserPoolClient",
                                      "CreateUserPoolDomain",
                                      "DeleteGroup",
                                      "DeleteIdentityProvider",
                                      "DeleteResourceServer",
                                      "DeleteUser",
                                      "DeleteUserAttributes",
                                      "DeleteUserPool",
                                      "DeleteUserPoolClient",
                                      "DeleteUserPoolDomain",
                                      "DescribeIdentityProvider",
                                      "DescribeResourceServer",
                                      "DescribeRiskConfiguration",
                                      "DescribeUserImportJob",
                                      "DescribeUserPool",
                                      "DescribeUserPoolClient",
                                      "DescribeUserPoolDomain",
                                      "ForgetDevice",
                                      "ForgotPassword",
                                      "GetCSVHeader",
                                      "GetDevice",
                                      "GetGroup",
                                      "GetIdentityProviderByIdentifier",
                                      "GetLogDeliveryConfiguration",
                                      "GetSigningCertificate",
                                      "GetUICustomization",
                                      "GetUser",
                                      "GetUserAttributeVerificationCode",
                                      "GetUserPoolMfaConfig",
                                      "GlobalSignOut",
                                      "InitiateAuth",
                                      "ListDevices",
                                      "ListGroups",
                                      "ListIdentityProviders",
                                      "ListResourceServers",
                                      "ListTagsForResource",
                                      "ListUserImportJobs",
                                      "ListUserPoolClients",
                                      "ListUserPools",
                                      "ListUsers",
                                      "ListUsersInGroup",
                                      "ResendConfirmationCode",
                                      "RespondToAuthChallenge",
                                      "RevokeToken",
                                      "SetLogDeliveryConfiguration",
                                      "SetRiskConfiguration",
                                      "SetUICustomization",
                                      "SetUserMFAPreference",
                                      "SetUserPoolMfaConfig",
                                      "SetUserSettings",
                                      "SignUp",
                                      "StartUserImportJob",
                                      "StopUserImportJob",
                                      "TagResource",
                                      "UntagResource",
                                      "UpdateAuthEventFeedback",
                                      "UpdateDeviceStatus",
                                      "UpdateGroup",
                                      "UpdateIdentityProvider",
                                      "UpdateResourceServer",
                                      "UpdateUser",
                                      "UpdateUserAttributes",
                                      "UpdateUserPool",
                                      "UpdateUserPoolClient",
                                      "UpdateUserPoolDomain",
                                      "VerifySoftwareToken",
                                      "VerifyUserAttribute"}) {
            set.insert(QString::fromLatin1(operation));
        }
        return set;
    }();
    return names.contains(name);
}

PoolError protocolError(const char* type, QString message)
{
    return {QString::fromLatin1(type), std::move(message)};
}

HttpHeaders commonHeaders(const QString& requestId, QByteArray contentType)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return {
        {"x-amzn-RequestId", requestId.toLatin1()},
        {"Content-Type", std::move(contentType)},
        {"Date",
         QLocale::c().toString(now, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1()}};
}

HttpResponse jsonResponse(const QJsonObject& body, const QString& requestId,
                          const char* contentType = CognitoEndpoint::kContentType)
{
    return {200, commonHeaders(requestId, contentType),
            QJsonDocument(body).toJson(QJsonDocument::Compact), false};
}

QFuture<HttpResponse> ready(HttpResponse response)
{
    return QtFuture::makeReadyFuture(std::move(response));
}

// The media type without parameters, lowercased: "application/x-amz-json-1.1; charset=utf-8"
// is application/x-amz-json-1.1.
QByteArray mediaType(const QByteArray& contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
}

// A request body as the operation's JSON object, or AWS's SerializationException.
Expected<QJsonObject, PoolError> requestObject(const QByteArray& body)
{
    if (body.trimmed().isEmpty()) {
        return QJsonObject{};
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return PoolError::serialization(QStringLiteral("The request body is not JSON: %1 at "
                                                       "offset %2.")
                                            .arg(parseError.errorString())
                                            .arg(parseError.offset));
    }
    if (!document.isObject()) {
        return PoolError::serialization(document.isArray()
                                            ? QStringLiteral("Start of list found where not "
                                                             "expected")
                                            : QStringLiteral("Unexpected value where a structure "
                                                             "was expected"));
    }
    return document.object();
}

// Frees its slot among the engine's operations when the last copy of the continuation holding
// it is gone, whether the continuation ran or was dropped because the engine stopped.
class InFlightSlot
{
public:
    explicit InFlightSlot(std::shared_ptr<std::atomic<int>> count) : m_count(std::move(count))
    {
        ++*m_count;
    }
    ~InFlightSlot() { --*m_count; }
    InFlightSlot(const InFlightSlot&) = delete;
    InFlightSlot& operator=(const InFlightSlot&) = delete;

private:
    std::shared_ptr<std::atomic<int>> m_count;
};

} // namespace

CognitoEndpoint::CognitoEndpoint(local::LocalPoolEngine& engine, EndpointSettings settings)
    : m_engine(engine), m_settings(std::move(settings))
{}

Expected<void, PoolError> CognitoEndpoint::prepare(const QString& baseUrl)
{
    const auto signer = m_engine.services().signer();
    if (!signer) {
        return signer.failure();
    }
    const QJsonObject key = signer->publicJwk();
    if (key.isEmpty()) {
        return PoolError::internal(QStringLiteral("cannot read the public part of the store's "
                                                  "signing key"));
    }
    m_jwks = {{QStringLiteral("keys"), QJsonArray{key}}};
    m_baseUrl = baseUrl;
    m_engine.services().setIssuerBase(baseUrl);
    return {};
}

int CognitoEndpoint::statusFor(const QString& errorType)
{
    return errorType == QLatin1String(errors::kInternalError) ? 500 : 400;
}

HttpResponse CognitoEndpoint::errorResponse(const PoolError& error, const QString& requestId,
                                            int status)
{
    HttpResponse response{status != 0 ? status : statusFor(error.type),
                          commonHeaders(requestId, kContentType),
                          QJsonDocument(error.toJson()).toJson(QJsonDocument::Compact), false};
    response.headers.append({"x-amzn-ErrorType", error.type.toLatin1()});
    return response;
}

QFuture<HttpResponse> CognitoEndpoint::respond(const HttpRequest& request, const QString& requestId)
{
    const QString path = QString::fromUtf8(request.path);
    if (request.method == "POST" && path == QLatin1String("/")) {
        return runOperation(request, requestId);
    }
    if (request.method == "GET") {
        // /.well-known/jwks.json, or /<poolId>/.well-known/<document> as Cognito serves them.
        const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (parts.size() == 2 && parts[0] == QLatin1String(".well-known") &&
            parts[1] == QLatin1String("jwks.json")) {
            return ready(jsonResponse(m_jwks, requestId, "application/json"));
        }
        if (parts.size() == 3 && parts[1] == QLatin1String(".well-known") &&
            (parts[2] == QLatin1String("jwks.json") ||
             parts[2] == QLatin1String("openid-configuration"))) {
            return wellKnown(parts[0], parts[2], requestId);
        }
    }
    return ready(errorResponse(
        protocolError(
            errors::kUnknownOperation,
            QStringLiteral("Nothing is served at %1 %2; Cognito operations are POST /.")
                .arg(QString::fromLatin1(request.method.left(16)), PoolError::quotedPrefix(path))),
        requestId, 404));
}

QFuture<HttpResponse> CognitoEndpoint::runOperation(const HttpRequest& request,
                                                    const QString& requestId)
{
    const QByteArray type = mediaType(request.header("content-type"));
    if (type != kContentType && type != "application/x-amz-json-1.0") {
        return ready(errorResponse(
            protocolError(errors::kUnknownOperation,
                          QStringLiteral("Content-Type must be application/x-amz-json-1.1, not "
                                         "'%1'.")
                              .arg(PoolError::quotedPrefix(QString::fromLatin1(type)))),
            requestId));
    }
    const QString target = QString::fromLatin1(request.header("x-amz-target").trimmed());
    const QString operation = target.startsWith(QLatin1String(kTargetPrefix))
                                  ? target.mid(qsizetype(sizeof(kTargetPrefix) - 1))
                                  : QString();
    if (!isCognitoOperation(operation)) {
        return ready(errorResponse(
            protocolError(
                errors::kUnknownOperation,
                target.isEmpty()
                    ? QStringLiteral("The request has no X-Amz-Target header.")
                    : QStringLiteral("Unknown operation %1.").arg(PoolError::quotedPrefix(target))),
            requestId));
    }
    if (!m_engine.supports(operation)) {
        return ready(errorResponse(PoolError::unsupported(operation), requestId));
    }
    if (!operations::isTokenAuthorised(operation)) {
        if (auto accepted = SigV4Verifier::verify(request, m_settings.signing); !accepted) {
            return ready(errorResponse(accepted.failure(), requestId));
        }
    }
    auto body = requestObject(request.body);
    if (!body) {
        return ready(errorResponse(body.failure(), requestId));
    }
    // Cognito sees the address a sign-in comes from; the engine's risk checks read it from
    // UserContextData when the client gave none.
    if (operation == QLatin1String("InitiateAuth") ||
        operation == QLatin1String("RespondToAuthChallenge")) {
        QJsonObject context = body->value(QStringLiteral("UserContextData")).toObject();
        if (!context.contains(QStringLiteral("IpAddress")) && !request.peerAddress.isEmpty()) {
            context.insert(QStringLiteral("IpAddress"), request.peerAddress);
            body->insert(QStringLiteral("UserContextData"), context);
        }
    }
    return callEngine(operation, *body, requestId, [requestId](PoolResult result) {
        return result ? jsonResponse(*result, requestId)
                      : errorResponse(result.failure(), requestId);
    });
}

QFuture<HttpResponse> CognitoEndpoint::wellKnown(const QString& poolId, const QString& document,
                                                 const QString& requestId)
{
    const QString issuer = m_baseUrl + QLatin1Char('/') + poolId;
    const QJsonObject jwks = m_jwks;
    const QJsonObject request{{QStringLiteral("UserPoolId"), poolId}};
    return callEngine(
        QStringLiteral("DescribeUserPool"), request, requestId,
        [requestId, issuer, jwks, document](PoolResult result) {
            if (!result) {
                return errorResponse(result.failure(), requestId,
                                     statusFor(result.failure().type) == 500 ? 500 : 404);
            }
            if (document == QLatin1String("jwks.json")) {
                return jsonResponse(jwks, requestId, "application/json");
            }
            // What a relying party needs to check this pool's tokens. There is no hosted UI,
            // so no authorization or token endpoint is named.
            const QJsonObject configuration{
                {QStringLiteral("issuer"), issuer},
                {QStringLiteral("jwks_uri"), issuer + QStringLiteral("/.well-known/jwks.json")},
                {QStringLiteral("id_token_signing_alg_values_supported"),
                 QJsonArray{QStringLiteral("RS256")}},
                {QStringLiteral("subject_types_supported"), QJsonArray{QStringLiteral("public")}},
                {QStringLiteral("scopes_supported"),
                 QJsonArray{QStringLiteral("openid"), QStringLiteral("email"),
                            QStringLiteral("phone"), QStringLiteral("profile")}},
                {QStringLiteral("response_types_supported"), QJsonArray{}},
            };
            return jsonResponse(configuration, requestId, "application/json");
        });
}

QFuture<HttpResponse> CognitoEndpoint::callEngine(const QString& operation, const QJsonObject& body,
                                                  const QString& requestId,
                                                  std::function<HttpResponse(PoolResult)> answer)
{
    if (m_inFlight->load() >= m_settings.maxInFlight) {
        return ready(errorResponse(
            {QString::fromLatin1(errors::kTooManyRequests), QStringLiteral("Rate exceeded")},
            requestId));
    }
    auto slot = std::make_shared<InFlightSlot>(m_inFlight);
    auto respond = [slot, answer = std::move(answer)](PoolResult result) {
        return answer(std::move(result));
    };
    // A read ran on one of the engine's reader threads: its answer (a page of users) is written
    // there too, with no hop to another thread. A write's answer is written on another thread
    // than the engine's, so its one writer moves on to the next operation meanwhile.
    if (local::LocalPoolEngine::isReadOnly(operation)) {
        return m_engine.call(operation, body).then(std::move(respond));
    }
    return m_engine.call(operation, body).then(QtFuture::Launch::Async, std::move(respond));
}

} // namespace tessera::pool::serve
