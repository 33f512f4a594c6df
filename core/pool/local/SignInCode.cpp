// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignInCode.h"

#include "RiskNotice.h"

namespace tessera::pool::local {

PoolResult SignInCode::send(SignInAttempt& attempt, Medium medium, const QString& challenge)
{
    const QString code = m_services.randomChars(kDigits, u"0123456789");
    if (code.isEmpty()) {
        return PoolError::internal(QStringLiteral("the random source failed"));
    }
    attempt.state.insert(QStringLiteral("code"), code);
    const bool sms = medium == Medium::Sms;
    const QString destination = attempt.record.user.attributes.value(
        sms ? QStringLiteral("phone_number") : QStringLiteral("email"));
    // A passwordless pool may have no MFA factor configured: Cognito's default message then.
    QString message;
    if (sms) {
        message = attempt.mfa.sms && !attempt.mfa.sms->smsAuthenticationMessage.isEmpty()
                      ? attempt.mfa.sms->smsAuthenticationMessage
                      : QStringLiteral("Your authentication code is {####}. ");
    } else {
        message = attempt.mfa.email && !attempt.mfa.email->message.isEmpty()
                      ? attempt.mfa.email->message
                      : QStringLiteral("Your verification code is {####}.");
    }
    message.replace(QStringLiteral("{####}"), code);
    const QString mediumName = sms ? QStringLiteral("SMS") : QStringLiteral("EMAIL");
    if (auto done = m_services.deliver(attempt.pool.id, attempt.record.user.username, mediumName,
                                       destination, message);
        !done) {
        return done.failure();
    }
    return m_sessions.challenge(attempt, challenge,
                                {{QStringLiteral("CODE_DELIVERY_DELIVERY_MEDIUM"), mediumName},
                                 {QStringLiteral("CODE_DELIVERY_DESTINATION"),
                                  sms ? maskPhone(destination) : maskEmail(destination)}});
}

} // namespace tessera::pool::local
