// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Expected.h"

#include <QJsonObject>
#include <QString>

namespace tessera::pool {

// A failed pool operation as Cognito reports it: the error name (`__type`, without any
// namespace) and AWS's message. Both backends produce these, so callers branch on `type`.
struct PoolError
{
    QString type;
    QString message;

    // {"__type": type, "message": message}, the body AWS sends.
    QJsonObject toJson() const;
    // The same as a tessera::Error, for a result that leaves the pool code: Cognito's name is
    // its code.
    Error toError() const { return Error{message, type}; }
    // Reads `__type` (dropping a "namespace#" prefix and a ":suffix", as AWS clients do) and
    // `message` (or `Message`).
    static PoolError fromJson(const QJsonObject& body);

    static PoolError invalidParameter(QString message);
    // InvalidParameterException "Missing required parameter NAME", as Cognito says it.
    static PoolError missingParameter(const QString& name);
    static PoolError resourceNotFound(QString message);
    static PoolError userNotFound();
    // ResourceNotFoundException for a user pool client that is not there (or not the pool's).
    static PoolError clientNotFound(const QString& clientId);
    static PoolError notAuthorized(QString message);
    static PoolError codeMismatch();
    static PoolError unsupported(const QString& operation);
    static PoolError internal(QString message);
    // A member of the wrong JSON type, which AWS refuses before any validation.
    static PoolError serialization(QString message);
    // AWS's "1 validation error detected: Value '...' at '...' failed to satisfy constraint: ...".
    // The value is quoted by its first characters only (see quotedPrefix), so a hostile megabyte
    // never reaches a message.
    static PoolError validation(const QString& value, const QString& member,
                                const QString& constraint);
    // The same without the value, for a member that is absent or not text.
    static PoolError validation(const QString& member, const QString& constraint);
    // At most the first 32 characters of `value`, control and unpaired surrogate characters
    // written as \uXXXX, and "..." when something was cut.
    static QString quotedPrefix(const QString& value);
};

// What every backend call yields: the response body, or the error. Pool results are
// Expected<T, PoolError>: error() is the message, failure() the PoolError with its type.
using PoolResult = Expected<QJsonObject, PoolError>;

// Error names, spelled once.
namespace errors {
inline constexpr char kInvalidParameter[] = "InvalidParameterException";
inline constexpr char kResourceNotFound[] = "ResourceNotFoundException";
inline constexpr char kUserNotFound[] = "UserNotFoundException";
inline constexpr char kNotAuthorized[] = "NotAuthorizedException";
inline constexpr char kCodeMismatch[] = "CodeMismatchException";
inline constexpr char kExpiredCode[] = "ExpiredCodeException";
inline constexpr char kTooManyFailedAttempts[] = "TooManyFailedAttemptsException";
inline constexpr char kTooManyRequests[] = "TooManyRequestsException";
inline constexpr char kEnableSoftwareTokenMfa[] = "EnableSoftwareTokenMFAException";
inline constexpr char kInvalidPassword[] = "InvalidPasswordException";
inline constexpr char kUsernameExists[] = "UsernameExistsException";
inline constexpr char kPasswordResetRequired[] = "PasswordResetRequiredException";
inline constexpr char kUnsupportedOperation[] = "UnsupportedOperationException";
inline constexpr char kInternalError[] = "InternalErrorException";
inline constexpr char kSerialization[] = "SerializationException";
// What AWS's front end answers before an operation runs: the request's signature or target.
inline constexpr char kMissingAuthenticationToken[] = "MissingAuthenticationTokenException";
inline constexpr char kIncompleteSignature[] = "IncompleteSignatureException";
inline constexpr char kInvalidSignature[] = "InvalidSignatureException";
inline constexpr char kUnrecognizedClient[] = "UnrecognizedClientException";
inline constexpr char kUnknownOperation[] = "UnknownOperationException";
// Not a service error: the caller cancelled the request (as the AWS SDKs name it).
inline constexpr char kRequestCanceled[] = "RequestCanceled";
} // namespace errors

} // namespace tessera::pool
