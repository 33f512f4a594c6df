// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace tessera::pool {

// Which MFA factors one user has set up, and the one they prefer (Cognito's UserMFASettingList
// and PreferredMfaSetting, by factor name: factors::kSms, kSoftwareToken, kEmail).
struct UserFactors
{
    bool sms = false;
    bool softwareToken = false;
    bool email = false;
    QString preferred;

    bool any() const { return sms || softwareToken || email; }
    // The factors other than `factor` this user has.
    bool anyBesides(const QString& factor) const;
    static UserFactors fromSettingList(const QStringList& settings, const QString& preferred);
};

// How many users of a pool have set up which factor: exact when every user was counted (the
// local engine counts in one query), otherwise from the users read so far.
struct EnrolmentSummary
{
    qint64 counted = 0;
    // The pool's user count when known (EstimatedNumberOfUsers on Cognito), else -1.
    qint64 poolUsers = -1;
    bool exact = false;

    qint64 withoutFactor = 0;
    qint64 withSms = 0;
    qint64 withSoftwareToken = 0;
    qint64 withEmail = 0;
    qint64 preferSms = 0;
    qint64 preferSoftwareToken = 0;
    qint64 preferEmail = 0;
    // Users for whom this factor is the only one set up.
    qint64 onlySms = 0;
    qint64 onlySoftwareToken = 0;
    qint64 onlyEmail = 0;
    // Users with a registered passkey; -1 when not counted (Cognito lists passkeys only to their
    // own user).
    qint64 withPasskey = -1;

    void add(const UserFactors& factors, qint64 users = 1);
    // Users with `factor` set up, preferring it, or having only it.
    qint64 with(const QString& factor) const;
    qint64 preferring(const QString& factor) const;
    qint64 only(const QString& factor) const;
    // The users the counts speak for: counted, or the pool's size when it is larger.
    qint64 total() const { return poolUsers > counted ? poolUsers : counted; }
};

} // namespace tessera::pool
