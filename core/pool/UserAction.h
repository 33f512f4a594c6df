// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PoolUser.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tessera::pool {

// One administrator action on a user, as the detail pane and bulk runs offer it: what it is
// called, what it will do (said before it runs), what it did (said after), and when it has
// nothing to do for a user. BulkUserRun carries it out.
struct UserAction
{
    Q_DECLARE_TR_FUNCTIONS(UserAction)

public:
    enum class Kind
    {
        Disable,
        Enable,
        ResetPassword,
        PreferFactor,    // `factor` on and preferred (a bulk "require this factor")
        ClearPreference, // no preferred factor; the factors stay on
        RemoveFactor,    // `factor` off
        ResetMfa,        // every factor off
        ForgetDevices,   // every remembered device forgotten
        Delete,
    };

    Kind kind = Kind::Disable;
    QString factor; // a factors:: name, for PreferFactor and RemoveFactor

    // The operations it sends, so a console can hide what a backend lacks.
    QStringList operations() const;
    // "Disable", "Prefer authenticator app"...
    QString title() const;
    // What it will do to one user, said before it runs: "alice will not be able to sign in...".
    QString willDo(const QString& username) const;
    // What it will do to `count` users, said before a bulk run.
    QString willDoMany(int count) const;
    // What it did, said after it ran for `username`.
    QString did(const QString& username) const;
    // Why there is nothing to do for `user`, as far as `user` (read from ListUsers or
    // AdminGetUser) shows; nullopt when the action should run. MFA settings are not in
    // ListUsers' answer, so MFA actions never skip on them.
    std::optional<QString> skipReason(const PoolUser& user) const;
    // Deleting cannot be undone: the pane asks for the username to be typed.
    bool needsTypedConfirmation() const { return kind == Kind::Delete; }

    // "authenticator app", "SMS", "email" for a factors:: name.
    static QString factorWords(const QString& factor);
};

} // namespace tessera::pool
