// SPDX-License-Identifier: GPL-3.0-or-later
#include "CodeProvider.h"

#include "otp/OtpGenerator.h"
#include "pool/local/LocalPoolEngine.h"

#include <QRegularExpression>

namespace tessera::pool::lab {

namespace {

const QString kTotp = QStringLiteral("SOFTWARE_TOKEN_MFA");
const QString kSms = QStringLiteral("SMS_MFA");
const QString kEmail = QStringLiteral("EMAIL_OTP");

} // namespace

bool TypedCodes::canAnswer(const QString& challenge) const
{
    Q_UNUSED(challenge)
    return !m_codes.isEmpty();
}

Expected<LabCode> TypedCodes::code(const QString& challenge,
                                   const QMap<QString, QString>& parameters)
{
    Q_UNUSED(parameters)
    if (m_codes.isEmpty()) {
        return makeError(tr("%1 needs a code and none is left to type").arg(challenge));
    }
    return LabCode{m_codes.takeFirst(), tr("typed")};
}

TotpCodes::TotpCodes(otp::OtpParameters parameters, QString entryName, otp::Clock clock)
    : m_parameters(std::move(parameters)), m_entryName(std::move(entryName)),
      m_clock(std::move(clock))
{}

bool TotpCodes::canAnswer(const QString& challenge) const
{
    return challenge == kTotp;
}

Expected<LabCode> TotpCodes::code(const QString& challenge,
                                  const QMap<QString, QString>& parameters)
{
    Q_UNUSED(parameters)
    if (challenge != kTotp) {
        return makeError(
            tr("vault entry %1 answers SOFTWARE_TOKEN_MFA, not %2").arg(m_entryName, challenge));
    }
    const qint64 now = m_clock();
    QString code = otp::code(m_parameters, now);
    if (code.isEmpty()) {
        return makeError(tr("could not compute the code of vault entry %1").arg(m_entryName));
    }
    if (m_lastCode == code) {
        return makeError(tr("vault entry %1's code was already used; the next one comes in %n "
                            "seconds",
                            nullptr, otp::secondsRemaining(now, m_parameters.period()))
                             .arg(m_entryName));
    }
    m_lastCode = code;
    return LabCode{std::move(code), tr("vault entry %1").arg(m_entryName)};
}

bool OutboxCodes::canAnswer(const QString& challenge) const
{
    return challenge == kSms || challenge == kEmail;
}

std::optional<QString> OutboxCodes::latestCode(const QList<std::pair<QString, QString>>& messages,
                                               const QString& medium)
{
    static const QRegularExpression digits(QStringLiteral("\\b(\\d{6,8})\\b"));
    for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
        if (it->first == medium) {
            const auto match = digits.match(it->second);
            if (match.hasMatch()) {
                return match.captured(1);
            }
            return std::nullopt;
        }
    }
    return std::nullopt;
}

OutboxCodes::Messages OutboxCodes::of(local::LocalPoolEngine& engine, const QString& poolId,
                                      const QString& username)
{
    return [&engine, poolId, username]() -> Expected<QList<std::pair<QString, QString>>> {
        const auto messages = engine.outbox(poolId);
        if (!messages) {
            return makeError(messages.failure().message);
        }
        QList<std::pair<QString, QString>> mine;
        for (const auto& message : *messages) {
            if (message.username == username) {
                mine.append({message.medium, message.message});
            }
        }
        return mine;
    };
}

Expected<LabCode> OutboxCodes::code(const QString& challenge,
                                    const QMap<QString, QString>& parameters)
{
    Q_UNUSED(parameters)
    const QString medium = challenge == kSms ? QStringLiteral("SMS") : QStringLiteral("EMAIL");
    const auto messages = m_messages();
    if (!messages) {
        return makeError(messages.error());
    }
    const auto code = latestCode(*messages, medium);
    if (!code) {
        return makeError(tr("no %1 code for this user in the outbox").arg(medium));
    }
    if (m_given.contains(*code)) {
        return makeError(
            tr("the outbox's newest %1 code was already given; no new one arrived").arg(medium));
    }
    m_given.append(*code);
    return LabCode{*code, tr("outbox")};
}

bool ChainedCodes::canAnswer(const QString& challenge) const
{
    return std::any_of(m_providers.begin(), m_providers.end(), [&challenge](const auto& provider) {
        return provider->canAnswer(challenge);
    });
}

Expected<LabCode> ChainedCodes::code(const QString& challenge,
                                     const QMap<QString, QString>& parameters)
{
    QStringList refusals;
    for (const auto& provider : m_providers) {
        if (!provider->canAnswer(challenge)) {
            continue;
        }
        auto code = provider->code(challenge, parameters);
        if (code) {
            return code;
        }
        refusals.append(code.error());
    }
    if (refusals.isEmpty()) {
        return makeError(
            tr("nothing here can answer %1: link a vault entry, or type the code").arg(challenge));
    }
    return makeError(refusals.join(QStringLiteral("; ")));
}

} // namespace tessera::pool::lab
