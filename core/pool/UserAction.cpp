// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserAction.h"

namespace tessera::pool {

QStringList UserAction::operations() const
{
    switch (kind) {
    case Kind::Disable:
        return {QStringLiteral("AdminDisableUser")};
    case Kind::Enable:
        return {QStringLiteral("AdminEnableUser")};
    case Kind::ResetPassword:
        return {QStringLiteral("AdminResetUserPassword")};
    case Kind::PreferFactor:
    case Kind::ClearPreference:
    case Kind::RemoveFactor:
    case Kind::ResetMfa:
        return {QStringLiteral("AdminSetUserMFAPreference")};
    case Kind::ForgetDevices:
        return {QStringLiteral("AdminListDevices"), QStringLiteral("AdminForgetDevice")};
    case Kind::Delete:
        return {QStringLiteral("AdminDeleteUser")};
    }
    return {};
}

QString UserAction::factorWords(const QString& factor)
{
    if (factor == QLatin1String(factors::kSoftwareToken)) {
        return tr("authenticator app");
    }
    if (factor == QLatin1String(factors::kSms)) {
        return tr("SMS");
    }
    if (factor == QLatin1String(factors::kEmail)) {
        return tr("email");
    }
    return factor;
}

QString UserAction::title() const
{
    switch (kind) {
    case Kind::Disable:
        return tr("Disable");
    case Kind::Enable:
        return tr("Enable");
    case Kind::ResetPassword:
        return tr("Reset password");
    case Kind::PreferFactor:
        return tr("Require %1 as preferred factor").arg(factorWords(factor));
    case Kind::ClearPreference:
        return tr("Clear MFA preference");
    case Kind::RemoveFactor:
        return tr("Remove %1").arg(factorWords(factor));
    case Kind::ResetMfa:
        return tr("Reset MFA");
    case Kind::ForgetDevices:
        return tr("Forget devices");
    case Kind::Delete:
        return tr("Delete");
    }
    return {};
}

QString UserAction::willDo(const QString& username) const
{
    switch (kind) {
    case Kind::Disable:
        return tr("%1 will not be able to sign in until enabled again. Tokens already issued "
                  "stay valid until they expire.")
            .arg(username);
    case Kind::Enable:
        return tr("%1 will be able to sign in again.").arg(username);
    case Kind::ResetPassword:
        return tr("%1's password stops working: at the next sign-in they must set a new one "
                  "with a code sent to their verified email or phone.")
            .arg(username);
    case Kind::PreferFactor:
        return tr("%1's %2 factor will be turned on and preferred: sign-ins ask for it first. "
                  "This fails for a user who has not set it up.")
            .arg(username, factorWords(factor));
    case Kind::ClearPreference:
        return tr("%1 will have no preferred factor; the factors they have stay on, and a "
                  "sign-in with more than one asks them to choose.")
            .arg(username);
    case Kind::RemoveFactor:
        return tr("%1's %2 factor will be turned off; sign-ins no longer ask for it.")
            .arg(username, factorWords(factor));
    case Kind::ResetMfa:
        return tr("Every MFA factor of %1 will be turned off. If the pool requires MFA, they set "
                  "one up again at the next sign-in.")
            .arg(username);
    case Kind::ForgetDevices:
        return tr("Every device %1 chose to remember will be forgotten: the next sign-in from "
                  "each asks for MFA again.")
            .arg(username);
    case Kind::Delete:
        return tr("%1 will be deleted with their factors and devices. This cannot be undone.")
            .arg(username);
    }
    return {};
}

QString UserAction::willDoMany(int count) const
{
    switch (kind) {
    case Kind::Disable:
        return tr("%n user(s) will not be able to sign in until enabled again.", nullptr, count);
    case Kind::Enable:
        return tr("%n user(s) will be able to sign in again.", nullptr, count);
    case Kind::ResetPassword:
        return tr("%n user(s) must set a new password at their next sign-in.", nullptr, count);
    case Kind::PreferFactor:
        return tr("%n user(s) will have %1 turned on and preferred; users who have not set it "
                  "up fail and are listed.",
                  nullptr, count)
            .arg(factorWords(factor));
    case Kind::ClearPreference:
        return tr("%n user(s) will have no preferred factor.", nullptr, count);
    case Kind::RemoveFactor:
        return tr("%n user(s) will have %1 turned off.", nullptr, count).arg(factorWords(factor));
    case Kind::ResetMfa:
        return tr("Every MFA factor of %n user(s) will be turned off.", nullptr, count);
    case Kind::ForgetDevices:
        return tr("Every remembered device of %n user(s) will be forgotten.", nullptr, count);
    case Kind::Delete:
        return tr("%n user(s) will be deleted with their factors and devices. This cannot be "
                  "undone.",
                  nullptr, count);
    }
    return {};
}

QString UserAction::did(const QString& username) const
{
    switch (kind) {
    case Kind::Disable:
        return tr("%1 is disabled and cannot sign in.").arg(username);
    case Kind::Enable:
        return tr("%1 is enabled and can sign in.").arg(username);
    case Kind::ResetPassword:
        return tr("%1 must set a new password at the next sign-in.").arg(username);
    case Kind::PreferFactor:
        return tr("%1 now prefers %2.").arg(username, factorWords(factor));
    case Kind::ClearPreference:
        return tr("%1 has no preferred factor now.").arg(username);
    case Kind::RemoveFactor:
        return tr("%1's %2 factor is off.").arg(username, factorWords(factor));
    case Kind::ResetMfa:
        return tr("Every MFA factor of %1 is off.").arg(username);
    case Kind::ForgetDevices:
        return tr("%1's remembered devices are forgotten.").arg(username);
    case Kind::Delete:
        return tr("%1 is deleted.").arg(username);
    }
    return {};
}

std::optional<QString> UserAction::skipReason(const PoolUser& user) const
{
    if (kind == Kind::Disable && !user.enabled) {
        return tr("Already disabled.");
    }
    if (kind == Kind::Enable && user.enabled) {
        return tr("Already enabled.");
    }
    return std::nullopt;
}

} // namespace tessera::pool
