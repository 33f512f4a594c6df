// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enrolment.h"
#include "MfaConfig.h"
#include "PoolError.h"
#include "RiskConfig.h"
#include "UserPool.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tessera::pool {

// A pool's MFA policy as the console edits it: the MFA configuration (SetUserPoolMfaConfig) and
// the pool settings beside it (device remembering; Tessera's federated-user policy and
// remembered-device days on the local engine), which go through UpdateUserPool.
struct MfaPolicy
{
    UserPool pool;
    MfaConfig mfa;
    // The adaptive-MFA (risk) configuration, where the backend has one.
    std::optional<RiskConfig> risk = std::nullopt;
};

// One setting a plan changes.
struct PlanRow
{
    QString field;  // "MFA", "SMS text messages", ...
    QString before; // in plain words
    QString after;
    QString consequence; // what users will experience, with counts where known
};

// What applying an edited MFA policy will do, before it is done: one row per changed setting with
// its consequence for users (counted from `users` where given), notes on how the requests work,
// and the requests themselves. A plan whose edited policy fails validation holds the error in
// `validation` and must not be applied.
class MfaChangePlan
{
    Q_DECLARE_TR_FUNCTIONS(tessera::pool::MfaChangePlan)

public:
    static MfaChangePlan make(const MfaPolicy& inForce, const MfaPolicy& edited,
                              const std::optional<EnrolmentSummary>& users = std::nullopt);

    QList<PlanRow> rows;
    QStringList notes;
    Expected<void, PoolError> validation; // true when the edited policy is valid

    // The requests, in the order they are sent.
    bool setsMfaConfig = false;  // SetUserPoolMfaConfig with `edited.mfa`
    bool updatesPool = false;    // UpdateUserPool with `edited.pool.updateRequest()`
    bool setsRiskConfig = false; // SetRiskConfiguration with `*edited.risk`
    MfaPolicy edited;

    bool isEmpty() const { return rows.isEmpty(); }
    bool canApply() const { return !isEmpty() && validation.ok(); }

    // Plain words for a mode and a message preview, shared with the editor.
    static QString modeWords(MfaMode mode);
    static QString modeSentence(MfaMode mode);
    // The message a user receives, with a sample code in place of {####}.
    static QString preview(const QString& message);
};

} // namespace tessera::pool
