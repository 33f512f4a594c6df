// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignInTrace.h"

#include <QJsonObject>

#include <array>

namespace tessera::pool {

namespace {

// A code's name and its sentence; `plural` sentences take %n from the first argument and
// %1, %2... from the rest.
struct TraceText
{
    TraceCode code;
    const char* name;
    const char* sentence;
    bool plural = false;
};

constexpr std::array kTexts{
    TraceText{TraceCode::IpBlocked, "risk.ipBlocked",
              QT_TRANSLATE_NOOP("SignInTrace", "The address %1 is in the blocked range %2: the "
                                               "sign-in is refused before any other check.")},
    TraceText{TraceCode::IpSkipped, "risk.ipSkipped",
              QT_TRANSLATE_NOOP("SignInTrace", "The address %1 is in the allowed range %2: risk "
                                               "checks are skipped and the level is Low.")},
    TraceText{TraceCode::FirstSignIn, "risk.firstSignIn",
              QT_TRANSLATE_NOOP("SignInTrace",
                                "First sign-in: no earlier successful sign-in to compare the "
                                "device and network with (no points).")},
    TraceText{TraceCode::NewDevice, "risk.newDevice",
              QT_TRANSLATE_NOOP("SignInTrace", "New device: '%1' has not signed in as this user "
                                               "before (+1 point).")},
    TraceText{
        TraceCode::KnownDevice, "risk.knownDevice",
        QT_TRANSLATE_NOOP("SignInTrace", "Known device: '%1' signed in as this user before.")},
    TraceText{TraceCode::NoDevice, "risk.noDevice",
              QT_TRANSLATE_NOOP("SignInTrace", "The request names no device (no DEVICE_KEY, "
                                               "device data or User-Agent).")},
    TraceText{TraceCode::NewNetwork, "risk.newNetwork",
              QT_TRANSLATE_NOOP("SignInTrace", "New network: the user never signed in from %1 "
                                               "before (+1 point).")},
    TraceText{
        TraceCode::KnownNetwork, "risk.knownNetwork",
        QT_TRANSLATE_NOOP("SignInTrace", "Known network: the user signed in from %1 before.")},
    TraceText{TraceCode::FailureVelocity, "risk.failureVelocity",
              QT_TRANSLATE_NOOP("SignInTrace",
                                "%n failed sign-ins for this user in the last 15 minutes "
                                "(+%1 points)."),
              true},
    TraceText{TraceCode::RequestRate, "risk.requestRate",
              QT_TRANSLATE_NOOP("SignInTrace", "%n sign-in attempts from %1 in the last minute "
                                               "look automated (+3 points)."),
              true},
    TraceText{TraceCode::RiskScore, "risk.score",
              QT_TRANSLATE_NOOP("SignInTrace", "Risk score %1: level %2 (0-1 Low, 2 Medium, 3 or "
                                               "more High).")},
    TraceText{
        TraceCode::RiskAction, "risk.action",
        QT_TRANSLATE_NOOP("SignInTrace", "The pool's risk configuration maps %1 risk to %2.")},
    TraceText{TraceCode::RiskNotified, "risk.notified",
              QT_TRANSLATE_NOOP("SignInTrace",
                                "The configuration notifies at this level: a notice went to %1.")},
    TraceText{TraceCode::RiskNotNotified, "risk.notNotified",
              QT_TRANSLATE_NOOP("SignInTrace", "The configuration notifies at this level, but "
                                               "the user has no email address to notify.")},
    TraceText{TraceCode::RiskBlocked, "risk.blocked",
              QT_TRANSLATE_NOOP("SignInTrace", "The action is BLOCK: the sign-in is refused.")},
    TraceText{TraceCode::UserDisabled, "auth.userDisabled",
              QT_TRANSLATE_NOOP("SignInTrace", "The user is disabled: the sign-in is refused.")},
    TraceText{TraceCode::PasswordRefused, "auth.passwordRefused",
              QT_TRANSLATE_NOOP("SignInTrace", "The password step failed: %1")},
    TraceText{TraceCode::PasswordAccepted, "auth.passwordAccepted",
              QT_TRANSLATE_NOOP("SignInTrace", "The password is right.")},
    TraceText{TraceCode::NewPasswordRequired, "auth.newPasswordRequired",
              QT_TRANSLATE_NOOP("SignInTrace", "The user has a temporary password: "
                                               "NEW_PASSWORD_REQUIRED asks for a new one.")},
    TraceText{
        TraceCode::NewPasswordSet, "auth.newPasswordSet",
        QT_TRANSLATE_NOOP("SignInTrace", "The new password meets the pool's policy and is set.")},
    TraceText{TraceCode::PoolMfaMode, "mfa.poolMode",
              QT_TRANSLATE_NOOP("SignInTrace", "The pool's MFA mode is %1.")},
    TraceText{TraceCode::UserFactors, "mfa.userFactors",
              QT_TRANSLATE_NOOP("SignInTrace", "The user's usable factors: %1.")},
    TraceText{TraceCode::UserNoFactors, "mfa.userNoFactors",
              QT_TRANSLATE_NOOP("SignInTrace", "The user has no usable MFA factor.")},
    TraceText{TraceCode::Preferred, "mfa.preferred",
              QT_TRANSLATE_NOOP("SignInTrace", "The user's preferred factor is %1.")},
    TraceText{TraceCode::NoPreference, "mfa.noPreference",
              QT_TRANSLATE_NOOP("SignInTrace", "The user has no preferred factor.")},
    TraceText{
        TraceCode::FederatedExempt, "mfa.federatedExempt",
        QT_TRANSLATE_NOOP("SignInTrace",
                          "A federated user, and the pool exempts federated users from MFA.")},
    TraceText{
        TraceCode::FederatedEnforced, "mfa.federatedEnforced",
        QT_TRANSLATE_NOOP("SignInTrace", "A federated user, and the pool enforces MFA for them.")},
    TraceText{TraceCode::RiskAsksMfa, "mfa.riskAsks",
              QT_TRANSLATE_NOOP("SignInTrace",
                                "The risk action %1 asks for MFA whatever the pool's mode.")},
    TraceText{TraceCode::RiskMfaNoFactor, "mfa.riskNoFactor",
              QT_TRANSLATE_NOOP("SignInTrace", "The risk action %1 requires MFA but the user has "
                                               "no factor: the sign-in is refused.")},
    TraceText{TraceCode::RememberedDevice, "mfa.rememberedDevice",
              QT_TRANSLATE_NOOP("SignInTrace",
                                "The device is remembered for this user: MFA is skipped.")},
    TraceText{TraceCode::MfaNotAsked, "mfa.notAsked",
              QT_TRANSLATE_NOOP("SignInTrace", "No MFA is asked: tokens follow the password.")},
    TraceText{TraceCode::MfaAsked, "mfa.asked", QT_TRANSLATE_NOOP("SignInTrace", "MFA is asked.")},
    TraceText{TraceCode::MfaSetupRequired, "mfa.setupRequired",
              QT_TRANSLATE_NOOP("SignInTrace", "MFA is required but the user has no factor: "
                                               "MFA_SETUP offers %1.")},
    TraceText{TraceCode::FactorChosen, "mfa.factorChosen",
              QT_TRANSLATE_NOOP("SignInTrace",
                                "%1 is challenged without asking (the preferred or only factor).")},
    TraceText{TraceCode::UserMustChoose, "mfa.userChooses",
              QT_TRANSLATE_NOOP("SignInTrace", "The user must choose: SELECT_MFA_TYPE offers %1.")},
    TraceText{TraceCode::CodeAccepted, "mfa.codeAccepted",
              QT_TRANSLATE_NOOP("SignInTrace", "%1: the code is accepted.")},
    TraceText{TraceCode::CodeRefused, "mfa.codeRefused",
              QT_TRANSLATE_NOOP("SignInTrace", "%1: the code is refused: %2")},
    TraceText{TraceCode::Authenticated, "end.authenticated",
              QT_TRANSLATE_NOOP("SignInTrace", "Authenticated: tokens issued.")},
    TraceText{TraceCode::Stopped, "end.stopped",
              QT_TRANSLATE_NOOP("SignInTrace", "Stopped with %1: %2")},
};

const TraceText& textOf(TraceCode code)
{
    return kTexts[std::size_t(code)];
}

// Replaces %1..%9 in one pass, so an argument holding "%2" (a device name, say) stays as it is.
QString fill(const QString& pattern, const QStringList& arguments)
{
    QString out;
    out.reserve(pattern.size() + 32);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('%') && i + 1 < pattern.size() && pattern.at(i + 1).isDigit() &&
            pattern.at(i + 1) != QLatin1Char('0')) {
            const int index = pattern.at(i + 1).digitValue() - 1;
            out += arguments.value(index);
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

// The table is indexed by the enum: an entry out of order is a build error, not a wrong text.
static_assert([] {
    for (std::size_t i = 0; i < kTexts.size(); ++i) {
        if (std::size_t(kTexts[i].code) != i) {
            return false;
        }
    }
    return kTexts.size() == std::size_t(TraceCode::Stopped) + 1;
}());

QString TraceStep::name() const
{
    return QLatin1String(textOf(code).name);
}

QString TraceStep::text() const
{
    const TraceText& entry = textOf(code);
    if (entry.plural) {
        const QString pattern =
            SignInTrace::tr(entry.sentence, nullptr, arguments.value(0).toInt());
        return fill(pattern, arguments.mid(1));
    }
    return fill(SignInTrace::tr(entry.sentence), arguments);
}

std::optional<TraceStep> SignInTrace::find(TraceCode code) const
{
    for (const TraceStep& step : m_steps) {
        if (step.code == code) {
            return step;
        }
    }
    return std::nullopt;
}

QStringList SignInTrace::names() const
{
    QStringList names;
    for (const TraceStep& step : m_steps) {
        names.append(step.name());
    }
    return names;
}

QJsonArray SignInTrace::toJson() const
{
    QJsonArray array;
    for (const TraceStep& step : m_steps) {
        QJsonObject item{{QStringLiteral("Code"), step.name()}};
        if (!step.arguments.isEmpty()) {
            item.insert(QStringLiteral("Arguments"), QJsonArray::fromStringList(step.arguments));
        }
        array.append(item);
    }
    return array;
}

SignInTrace SignInTrace::fromJson(const QJsonArray& array)
{
    SignInTrace trace;
    for (const QJsonValue value : array) {
        const QJsonObject item = value.toObject();
        const auto code = codeFromName(item.value(QStringLiteral("Code")).toString());
        if (!code) {
            continue;
        }
        QStringList arguments;
        for (const QJsonValue argument : item.value(QStringLiteral("Arguments")).toArray()) {
            arguments.append(argument.toString());
        }
        trace.add(*code, std::move(arguments));
    }
    return trace;
}

std::optional<TraceCode> SignInTrace::codeFromName(const QString& name)
{
    for (const TraceText& entry : kTexts) {
        if (name == QLatin1String(entry.name)) {
            return entry.code;
        }
    }
    return std::nullopt;
}

} // namespace tessera::pool
