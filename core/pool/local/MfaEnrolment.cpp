// SPDX-License-Identifier: GPL-3.0-or-later
#include "MfaEnrolment.h"

#include "MfaPreferences.h"
#include "crypto/SecureBytes.h"
#include "otp/Base32.h"
#include "pool/JsonFields.h"

namespace tessera::pool::local {

namespace {

const QString kMfaSetup = QStringLiteral("MFA_SETUP");

} // namespace

Expected<SignInAttempt, PoolError> MfaEnrolment::authorised(const QJsonObject& request)
{
    const QString accessToken = request.value(QStringLiteral("AccessToken")).toString();
    const QString sessionId = request.value(QStringLiteral("Session")).toString();
    if (accessToken.isEmpty() == sessionId.isEmpty()) {
        return PoolError::invalidParameter(
            QStringLiteral("Give exactly one of AccessToken and Session."));
    }
    if (accessToken.isEmpty()) {
        auto resumed = m_sessions.resume(sessionId, {});
        if (resumed && resumed->challenge != kMfaSetup) {
            return PoolError::notAuthorized(QStringLiteral("Invalid session for the user."));
        }
        return resumed;
    }
    auto user = m_tokens.userOf(accessToken);
    if (!user) {
        return user.failure();
    }
    // Signed in already: no session and no sign-in event, so only the user's own count of
    // wrong codes applies.
    SignInAttempt signedIn;
    signedIn.pool.id = user->first;
    signedIn.record = std::move(user->second);
    return signedIn;
}

PoolResult MfaEnrolment::saveAndAnswer(SignInAttempt& attempt, QJsonObject response)
{
    if (auto done = m_services.store.saveUser(attempt.pool.id, attempt.record); !done) {
        return done.failure();
    }
    if (!attempt.sessionId.isEmpty()) {
        // A new session string for the next step, as at every step of a sign-in.
        if (auto next = m_sessions.challenge(attempt, kMfaSetup, {}); !next) {
            return next;
        }
        response.insert(QStringLiteral("Session"), attempt.sessionId);
    }
    return response;
}

PoolResult MfaEnrolment::associateSoftwareToken(const QJsonObject& request)
{
    auto attempt = authorised(request);
    if (!attempt) {
        return attempt.failure();
    }
    const crypto::SecureBytes secret = crypto::randomSecret(20, m_services.random);
    if (secret.isEmpty()) {
        return PoolError::internal(QStringLiteral("the random source failed"));
    }
    const QString secretCode = otp::base32::encode(secret.span());
    MfaPreferences(attempt->record).replaceSoftwareToken(secretCode);
    return saveAndAnswer(*attempt, {{QStringLiteral("SecretCode"), secretCode}});
}

PoolResult MfaEnrolment::verifySoftwareToken(const QJsonObject& request)
{
    const auto code =
        json::requiredString(request, QStringLiteral("UserCode"), QStringLiteral("userCode"));
    if (!code) {
        return code.failure();
    }
    auto attempt = authorised(request);
    if (!attempt) {
        return attempt.failure();
    }
    const PoolError mismatch{QString::fromLatin1(errors::kEnableSoftwareTokenMfa),
                             QStringLiteral("Code mismatch and fail enable Software Token MFA")};
    if (auto refused = m_codes.run(*attempt, m_codes.totp(attempt->record, *code, mismatch))) {
        return *refused;
    }
    const bool inSignIn = !attempt->sessionId.isEmpty();
    MfaPreferences(attempt->record).softwareTokenVerified(inSignIn);
    if (inSignIn) {
        attempt->state.insert(QStringLiteral("setupVerified"), true);
    }
    return saveAndAnswer(*attempt, {{QStringLiteral("Status"), QStringLiteral("SUCCESS")}});
}

PoolResult MfaEnrolment::setUserMfaPreference(const QJsonObject& request)
{
    const auto accessToken =
        json::requiredString(request, QStringLiteral("AccessToken"), QStringLiteral("accessToken"));
    if (!accessToken) {
        return accessToken.failure();
    }
    auto user = m_tokens.userOf(*accessToken);
    if (!user) {
        return user.failure();
    }
    auto& [poolId, record] = *user;
    if (auto done = MfaPreferences(record).set(request); !done) {
        return done.failure();
    }
    record.user.userLastModifiedDate = m_services.now();
    if (auto done = m_services.store.saveUser(poolId, record); !done) {
        return done.failure();
    }
    return QJsonObject{};
}

} // namespace tessera::pool::local
