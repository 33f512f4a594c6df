// SPDX-License-Identifier: GPL-3.0-or-later
#include "RiskNotice.h"

namespace tessera::pool::local {

QString maskPhone(const QString& phone)
{
    return QStringLiteral("+") +
           QString(std::max<qsizetype>(0, phone.size() - 5), QLatin1Char('*')) + phone.right(4);
}

QString maskEmail(const QString& email)
{
    const auto at = email.indexOf(QLatin1Char('@'));
    return email.left(1) + QStringLiteral("***@") + email.mid(at + 1, 1) + QStringLiteral("***");
}

Expected<void, PoolError> sendRiskNotice(EngineServices& services, SignInAttempt& attempt)
{
    const QString email = attempt.record.user.attributes.value(QStringLiteral("email"));
    if (email.isEmpty()) {
        attempt.trace(TraceCode::RiskNotNotified);
        return {};
    }
    // The notice goes to the user, in the pool's words rather than the console's language,
    // as Cognito's notification templates do.
    const QString action = attempt.risk.action == RiskAction::Block
                               ? QStringLiteral("It was blocked.")
                               : QStringLiteral("If this was not you, change your password.");
    const QString message =
        QStringLiteral("We noticed a sign-in to your account %1 from %2 (risk: %3). %4")
            .arg(attempt.record.user.username,
                 attempt.ipAddress.isEmpty() ? QStringLiteral("an unknown address")
                                             : attempt.ipAddress,
                 riskLevelName(attempt.risk.level), action);
    if (auto done = services.deliver(attempt.pool.id, attempt.record.user.username,
                                     QStringLiteral("EMAIL"), email, message);
        !done) {
        return done;
    }
    attempt.trace(TraceCode::RiskNotified, {maskEmail(email)});
    return {};
}

} // namespace tessera::pool::local
