// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tessera::pool {

// One thing a sign-in's decision rested on: a risk signal, the score, the action, an MFA rule.
// Names are stable ("risk.newDevice") so tests and scripts branch on them; the sentence is
// made from the code and its arguments only when someone reads it.
enum class TraceCode
{
    IpBlocked,        // address, range
    IpSkipped,        // address, range
    FirstSignIn,      //
    NewDevice,        // device
    KnownDevice,      // device
    NoDevice,         //
    NewNetwork,       // network
    KnownNetwork,     // network
    FailureVelocity,  // failures (plural), threshold
    RequestRate,      // requests (plural), address
    RiskScore,        // score, level
    RiskAction,       // level, action
    RiskNotified,     // masked email
    RiskNotNotified,  //
    RiskBlocked,      //
    UserDisabled,     //
    PasswordRefused,  //
    PasswordAccepted, //
    NewPasswordRequired,
    NewPasswordSet,
    PoolMfaMode,       // mode
    UserFactors,       // factors (comma-separated)
    UserNoFactors,     //
    Preferred,         // factor
    NoPreference,      //
    FederatedExempt,   //
    FederatedEnforced, //
    RiskAsksMfa,       // action
    RiskMfaNoFactor,   // action
    RememberedDevice,  //
    MfaNotAsked,       // mode
    MfaAsked,          // mode
    MfaSetupRequired,  // factors the pool offers
    FactorChosen,      // factor
    UserMustChoose,    // factors
    CodeAccepted,      // challenge
    CodeRefused,       // challenge, error message
    Authenticated,     //
    Stopped            // error type, message
};

// One step of a trace: a code and its arguments.
struct TraceStep
{
    TraceCode code = TraceCode::Stopped;
    QStringList arguments;

    // "risk.newDevice".
    QString name() const;
    // The sentence in the user's language, e.g. "A new device: laptop-7 never signed in as
    // this user before."
    QString text() const;

    bool operator==(const TraceStep&) const = default;
};

// Why the local engine decided what it did for one sign-in, in order: the signals seen, the
// score and level, the action the risk configuration maps them to, whether MFA was asked and
// why, each answer, and the end. Kept with the sign-in's auth event (beyond Cognito's shape).
class SignInTrace
{
    Q_DECLARE_TR_FUNCTIONS(SignInTrace)

public:
    void add(TraceCode code, QStringList arguments = {})
    {
        m_steps.append({code, std::move(arguments)});
    }
    void append(const QList<TraceStep>& steps) { m_steps.append(steps); }

    const QList<TraceStep>& steps() const { return m_steps; }
    bool isEmpty() const { return m_steps.isEmpty(); }
    // The first step with `code`, if any.
    std::optional<TraceStep> find(TraceCode code) const;
    QStringList names() const;

    // [{"Code": "risk.newDevice", "Arguments": ["laptop-7"]}, ...]
    QJsonArray toJson() const;
    // Steps with a code this build does not know are skipped.
    static SignInTrace fromJson(const QJsonArray& array);

    static std::optional<TraceCode> codeFromName(const QString& name);

    bool operator==(const SignInTrace&) const = default;

private:
    friend struct TraceStep;
    QList<TraceStep> m_steps;
};

} // namespace tessera::pool
