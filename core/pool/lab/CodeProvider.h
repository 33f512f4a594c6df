// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "otp/Clock.h"
#include "otp/OtpParameters.h"
#include "util/Expected.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace tessera::pool::local {
class LocalPoolEngine;
}

namespace tessera::pool::lab {

// A code for a challenge and where it came from, in words ("vault entry GitHub:alice",
// "outbox", "typed").
struct LabCode
{
    QString code;
    QString source;
};

// Where a sign-in lab's codes come from. `challenge` is SOFTWARE_TOKEN_MFA, SMS_MFA or EMAIL_OTP;
// `parameters` the challenge's (CODE_DELIVERY_DESTINATION...). Asked again after a refused code:
// a provider with nothing new says so, and the run stops with that message.
class CodeProvider
{
public:
    virtual ~CodeProvider() = default;
    virtual bool canAnswer(const QString& challenge) const = 0;
    virtual Expected<LabCode> code(const QString& challenge,
                                   const QMap<QString, QString>& parameters) = 0;
};

// Codes typed by hand, used in order, each once.
class TypedCodes : public CodeProvider
{
    Q_DECLARE_TR_FUNCTIONS(TypedCodes)

public:
    explicit TypedCodes(QStringList codes = {}) : m_codes(std::move(codes)) {}
    void add(const QString& code) { m_codes.append(code); }

    bool canAnswer(const QString& challenge) const override;
    Expected<LabCode> code(const QString& challenge,
                           const QMap<QString, QString>& parameters) override;

private:
    QStringList m_codes;
};

// SOFTWARE_TOKEN_MFA from a TOTP generator (the vault entry linked to the user) at the clock's
// time. A code Cognito already took in this step is not offered again: the provider waits for
// no one, so it says when the next code comes instead.
class TotpCodes : public CodeProvider
{
    Q_DECLARE_TR_FUNCTIONS(TotpCodes)

public:
    TotpCodes(otp::OtpParameters parameters, QString entryName, otp::Clock clock);

    bool canAnswer(const QString& challenge) const override;
    Expected<LabCode> code(const QString& challenge,
                           const QMap<QString, QString>& parameters) override;

private:
    otp::OtpParameters m_parameters;
    QString m_entryName;
    otp::Clock m_clock;
    std::optional<QString> m_lastCode;
};

// SMS_MFA and EMAIL_OTP from the local engine's outbox: the newest message by that medium to
// the user carries the code just sent. `messages` gives the outbox's (medium, text) pairs for
// the user, oldest first; a code already given is not given again.
class OutboxCodes : public CodeProvider
{
    Q_DECLARE_TR_FUNCTIONS(OutboxCodes)

public:
    using Messages = std::function<Expected<QList<std::pair<QString, QString>>>()>;
    explicit OutboxCodes(Messages messages) : m_messages(std::move(messages)) {}
    // The messages `engine`'s outbox holds for one user of one pool.
    static Messages of(local::LocalPoolEngine& engine, const QString& poolId,
                       const QString& username);

    bool canAnswer(const QString& challenge) const override;
    Expected<LabCode> code(const QString& challenge,
                           const QMap<QString, QString>& parameters) override;

    // The code in the newest of `messages` sent by `medium` (SMS or EMAIL), if it has one.
    static std::optional<QString> latestCode(const QList<std::pair<QString, QString>>& messages,
                                             const QString& medium);

private:
    Messages m_messages;
    QStringList m_given;
};

// Asks each provider that can answer, in order: e.g. the vault entry, then the outbox, then
// codes typed by hand.
class ChainedCodes : public CodeProvider
{
    Q_DECLARE_TR_FUNCTIONS(ChainedCodes)

public:
    void append(std::shared_ptr<CodeProvider> provider) { m_providers.append(std::move(provider)); }

    bool canAnswer(const QString& challenge) const override;
    Expected<LabCode> code(const QString& challenge,
                           const QMap<QString, QString>& parameters) override;

private:
    QList<std::shared_ptr<CodeProvider>> m_providers;
};

} // namespace tessera::pool::lab
