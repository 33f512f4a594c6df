// SPDX-License-Identifier: GPL-3.0-or-later
#include "SigninCommand.h"

#include "CliApplication.h"
#include "CliVault.h"
#include "JsonOutput.h"
#include "PasswordInput.h"
#include "PoolCommand.h"
#include "otp/OtpGenerator.h"
#include "pool/AuthEvent.h"
#include "pool/lab/CodeProvider.h"
#include "pool/lab/LabRequest.h"
#include "pool/local/LocalPoolEngine.h"
#include "vault/VaultFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace tessera::cli {

namespace {

QString passwordText(const crypto::SecureBytes& bytes)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
}

// SOFTWARE_TOKEN_MFA from the vault entry --entry names, the vault opened when the code is
// asked for (a sign-in without TOTP never needs the vault's password).
class VaultEntryCodes : public pool::lab::CodeProvider
{
    Q_DECLARE_TR_FUNCTIONS(tessera::cli::VaultEntryCodes)

public:
    VaultEntryCodes(const SigninOptions& options, otp::Clock clock)
        : m_options(options), m_clock(std::move(clock))
    {}

    bool canAnswer(const QString& challenge) const override
    {
        return challenge == QLatin1String("SOFTWARE_TOKEN_MFA");
    }

    Expected<pool::lab::LabCode> code(const QString& challenge,
                                      const QMap<QString, QString>& parameters) override
    {
        Q_UNUSED(challenge)
        Q_UNUSED(parameters)
        auto code = totpCode(m_options);
        if (!code) {
            return makeError(code.error());
        }
        return pool::lab::LabCode{*code, tr("vault entry %1").arg(m_options.entry)};
    }

private:
    Expected<QString> totpCode(const SigninOptions& options) const
    {
        if (options.entry.isEmpty()) {
            return makeError(
                tr("SOFTWARE_TOKEN_MFA needs a code: name the vault entry with --entry NAME"));
        }
        auto opened = openCliVault(options.vaultPath, PasswordInput(options.vaultPasswordFile));
        if (!opened) {
            return makeError(opened.error());
        }
        const QList<QUuid> matches = opened->vault().find(options.entry);
        if (matches.size() != 1) {
            return makeError(
                matches.isEmpty()
                    ? tr("no vault entry is named '%1' ('tessera-cli list' shows them)")
                          .arg(options.entry)
                    : tr("'%1' names %2 vault entries; name one by issuer:account or UUID")
                          .arg(options.entry)
                          .arg(matches.size()));
        }
        const auto& parameters = opened->vault().entry(matches.first())->parameters();
        if (parameters.type() != otp::OtpType::Totp) {
            return makeError(
                tr("vault entry '%1' is not a TOTP entry; SOFTWARE_TOKEN_MFA needs TOTP")
                    .arg(options.entry));
        }
        QString code = otp::code(parameters, m_clock());
        if (code.isEmpty()) {
            return makeError(tr("could not compute the code (OpenSSL failed)"));
        }
        return code;
    }

    const SigninOptions& m_options;
    otp::Clock m_clock;
};

} // namespace

void SigninCommand::printTrace(const SigninOptions& options)
{
    const pool::PoolResult events = PoolCommand::await(m_backend.call(
        QStringLiteral("AdminListUserAuthEvents"), {{QStringLiteral("UserPoolId"), options.poolId},
                                                    {QStringLiteral("Username"), options.username},
                                                    {QStringLiteral("MaxResults"), 1}}));
    const QJsonArray list =
        events ? events->value(QStringLiteral("AuthEvents")).toArray() : QJsonArray{};
    const pool::AuthEvent event =
        list.isEmpty() ? pool::AuthEvent{} : pool::AuthEvent::fromJson(list.first().toObject());
    if (event.trace.isEmpty()) {
        m_err << "tessera-cli: "
              << (events ? tr("no decision trace: only the local engine records why it decided")
                         : tr("no decision trace: AdminListUserAuthEvents failed: %1")
                               .arg(events.failure().message))
              << Qt::endl;
        return;
    }
    int index = 0;
    for (const pool::TraceStep& step : event.trace.steps()) {
        m_out << orderedJsonObject({{QStringLiteral("trace"), ++index},
                                    {QStringLiteral("code"), step.name()},
                                    {QStringLiteral("text"), step.text()}})
              << Qt::endl;
    }
}

int SigninCommand::run(const SigninOptions& options)
{
    const int status = signIn(options);
    // Usage errors end before any request, so there is nothing to explain.
    if (options.trace && !(status == kExitBadInput && !m_started)) {
        printTrace(options);
    }
    return status;
}

void SigninCommand::printSteps(const pool::lab::SignInLab& lab)
{
    int number = 0;
    for (const pool::lab::LabStep& step : lab.steps()) {
        QList<std::pair<QString, QJsonValue>> fields{{QStringLiteral("step"), ++number},
                                                     {QStringLiteral("operation"), step.operation}};
        const QString answered =
            step.operation == QLatin1String("InitiateAuth")
                ? step.request.value(QStringLiteral("AuthFlow")).toString()
                : step.request.value(QStringLiteral("ChallengeName")).toString();
        if (!answered.isEmpty()) {
            fields.append({QStringLiteral("answered"), answered});
        }
        if (!step.codeSource.isEmpty()) {
            fields.append({QStringLiteral("codeFrom"), step.codeSource});
        }
        if (step.answer.contains(QStringLiteral("__type"))) {
            fields.append({QStringLiteral("error"), step.answer.value(QStringLiteral("__type"))});
        } else if (step.answer.contains(QStringLiteral("AuthenticationResult"))) {
            fields.append({QStringLiteral("outcome"), QStringLiteral("AUTHENTICATED")});
        } else if (step.answer.contains(QStringLiteral("ChallengeName"))) {
            fields.append(
                {QStringLiteral("challenge"), step.answer.value(QStringLiteral("ChallengeName"))});
        }
        m_out << orderedJsonObject(fields) << Qt::endl;
    }
}

QString SigninCommand::refusal(const SigninOptions& options,
                               const pool::lab::LabOutcome& outcome) const
{
    const QString& challenge = outcome.challenge;
    if (challenge == QLatin1String("SOFTWARE_TOKEN_MFA") && options.entry.isEmpty()) {
        return tr("SOFTWARE_TOKEN_MFA needs a code: name the vault entry with --entry NAME");
    }
    if ((challenge == QLatin1String("SMS_MFA") || challenge == QLatin1String("EMAIL_OTP")) &&
        m_outbox == nullptr) {
        return tr("%1 sent a code by %2 that only its recipient can read; this backend has no "
                  "outbox")
            .arg(challenge, challenge == QLatin1String("SMS_MFA") ? QStringLiteral("SMS")
                                                                  : QStringLiteral("EMAIL"));
    }
    if (challenge == QLatin1String("NEW_PASSWORD_REQUIRED")) {
        return tr("NEW_PASSWORD_REQUIRED: '%1' signed in with a temporary password and must "
                  "choose a new one; give it with --new-password-file PATH")
            .arg(options.username);
    }
    if (challenge == QLatin1String("MFA_SETUP")) {
        return tr("MFA_SETUP: the pool requires MFA and '%1' has no factor yet; enrol one "
                  "(AssociateSoftwareToken, VerifySoftwareToken) first")
            .arg(options.username);
    }
    return outcome.message;
}

int SigninCommand::signIn(const SigninOptions& options)
{
    for (const auto& [value, flag] :
         {std::pair{options.poolId, "--pool-id"}, std::pair{options.clientId, "--client-id"},
          std::pair{options.username, "--username"},
          std::pair{options.userPasswordFile, "--user-password-file"}}) {
        if (value.isEmpty()) {
            m_err << "tessera-cli: " << tr("signin needs %1").arg(QLatin1String(flag)) << Qt::endl;
            return kExitBadInput;
        }
    }
    const auto password = PasswordInput::fromFile(options.userPasswordFile);
    if (!password) {
        m_err << "tessera-cli: " << password.error() << Qt::endl;
        return kExitBadInput;
    }
    if (options.authFlow != QLatin1String("USER_SRP_AUTH") &&
        options.authFlow != QLatin1String("USER_PASSWORD_AUTH")) {
        m_err << "tessera-cli: "
              << tr("--auth-flow is USER_PASSWORD_AUTH or USER_SRP_AUTH, not '%1'")
                     .arg(options.authFlow)
              << Qt::endl;
        return kExitBadInput;
    }
    pool::lab::LabScenario scenario;
    scenario.userPoolId = options.poolId;
    scenario.clientId = options.clientId;
    scenario.username = options.username;
    scenario.password = passwordText(*password);
    scenario.authFlow = options.authFlow;
    // The secret MFA_SETUP makes would be kept nowhere, and a wrong code is the service's
    // answer to report, not something to guess past.
    scenario.setUpMfa = false;
    scenario.retryWrongCodes = false;
    if (!options.newPasswordFile.isEmpty()) {
        const auto newPassword = PasswordInput::fromFile(options.newPasswordFile);
        if (!newPassword) {
            m_err << "tessera-cli: " << newPassword.error() << Qt::endl;
            return kExitBadInput;
        }
        scenario.newPassword = passwordText(*newPassword);
    }
    pool::lab::ChainedCodes codes;
    if (!options.entry.isEmpty()) {
        // The factor this command can answer without help comes first.
        scenario.preferredFactor = QStringLiteral("SOFTWARE_TOKEN_MFA");
        codes.append(std::make_shared<VaultEntryCodes>(options, m_clock));
    }
    if (m_outbox != nullptr) {
        codes.append(std::make_shared<pool::lab::OutboxCodes>(
            [this, &options]() -> Expected<QList<std::pair<QString, QString>>> {
                const auto messages = m_outbox->outbox(options.poolId);
                if (!messages) {
                    return makeError(messages.failure().message);
                }
                QList<std::pair<QString, QString>> mine;
                for (const auto& message : *messages) {
                    if (message.username == options.username) {
                        mine.append({message.medium, message.message});
                    }
                }
                return mine;
            }));
    }
    pool::lab::SignInLab lab(scenario, codes, m_clock);
    QString lastOperation;
    pool::lab::driveSync(lab, [this, &lastOperation](const pool::lab::LabRequest& request) {
        m_started = true;
        lastOperation = request.operation;
        return PoolCommand::await(m_backend.call(request.operation, request.body));
    });
    printSteps(lab);
    const pool::lab::LabOutcome& outcome = lab.outcome();
    if (outcome.end == pool::lab::LabOutcome::End::Authenticated) {
        const QJsonObject result{{QStringLiteral("outcome"), QStringLiteral("AUTHENTICATED")},
                                 {QStringLiteral("username"), options.username},
                                 {QStringLiteral("tokenType"), lab.tokens()->tokenType},
                                 {QStringLiteral("expiresIn"), lab.tokens()->expiresIn},
                                 {QStringLiteral("newDevice"), !outcome.newDeviceKey.isEmpty()}};
        m_out << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
        return kExitOk;
    }
    if (outcome.errorType != QLatin1String("Lab")) {
        return PoolCommand::reportServiceError(m_err, lastOperation,
                                               pool::PoolError{outcome.errorType, outcome.message});
    }
    const QString reason = refusal(options, outcome);
    QJsonObject stopped{{QStringLiteral("outcome"), QStringLiteral("STOPPED")},
                        {QStringLiteral("reason"), reason}};
    if (!outcome.challenge.isEmpty()) {
        stopped.insert(QStringLiteral("challenge"), outcome.challenge);
    }
    m_out << QJsonDocument(stopped).toJson(QJsonDocument::Compact) << Qt::endl;
    m_err << "tessera-cli: " << reason << Qt::endl;
    return kExitBadInput;
}

} // namespace tessera::cli
