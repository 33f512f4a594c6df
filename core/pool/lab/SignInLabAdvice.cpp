// SPDX-License-Identifier: GPL-3.0-or-later
// SignInLab::advice: what to change after the service ended a sign-in.
#include "SignInLab.h"

namespace tessera::pool::lab {

QString SignInLab::advice(const PoolError& error)
{
    const QString& type = error.type;
    const QString& message = error.message;
    if (type == QLatin1String("NotAuthorizedException")) {
        if (message.contains(QLatin1String("security reasons"))) {
            return tr("The risk configuration refused this sign-in (blocked range, BLOCK, or MFA "
                      "required with no factor): read the decision trace, then change the IP "
                      "address, the action for this level or the user's factors.");
        }
        if (message.contains(QLatin1String("disabled"))) {
            return tr("Enable the user (AdminEnableUser).");
        }
        if (message.contains(QLatin1String("Temporary password has expired"))) {
            return tr("Set a new temporary or permanent password (AdminSetUserPassword).");
        }
        if (message.contains(QLatin1String("session"), Qt::CaseInsensitive)) {
            return tr("The session ended (it expires after the client's AuthSessionValidity, or "
                      "after too many wrong codes): start again.");
        }
        return tr("Check the password, or set a test password (AdminSetUserPassword).");
    }
    if (type == QLatin1String("UserNotFoundException")) {
        return tr("Check the username: no such user in this pool.");
    }
    if (type == QLatin1String("PasswordResetRequiredException")) {
        return tr("Reset the user's password (AdminSetUserPassword).");
    }
    if (type == QLatin1String("InvalidPasswordException")) {
        return tr("The new password breaks the pool's password policy: choose another.");
    }
    if (type == QLatin1String("TooManyFailedAttemptsException")) {
        return tr("Five wrong codes ended this sign-in: start again with the right code; the "
                  "user may be locked out for a while.");
    }
    if (type == QLatin1String("CodeMismatchException") ||
        type == QLatin1String("ExpiredCodeException")) {
        return tr("The code was wrong, already used or too old: check that the vault entry "
                  "belongs to this user and the clock is right, or wait for the next code.");
    }
    if (type == QLatin1String("InvalidParameterException") &&
        message.contains(QLatin1String("flow not enabled"))) {
        return tr("Allow this flow on the app client (ExplicitAuthFlows), or create a test "
                  "client that allows it.");
    }
    if (type == QLatin1String("ResourceNotFoundException")) {
        return tr("Check the pool and the app client: one of them does not exist.");
    }
    return {};
}

} // namespace tessera::pool::lab
