// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineServices.h"
#include "SignInAttempt.h"

#include <QString>

namespace tessera::pool::local {

// Where a code or notice went, as Cognito shows it: "+*******0100", "a***@e***".
QString maskPhone(const QString& phone);
QString maskEmail(const QString& email);

// The risk configuration's Notify for the attempt's level: an email to the user (into the
// outbox) saying a sign-in was seen, from where and what was done; traced either way.
Expected<void, PoolError> sendRiskNotice(EngineServices& services, SignInAttempt& attempt);

} // namespace tessera::pool::local
