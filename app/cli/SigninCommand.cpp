// SPDX-License-Identifier: GPL-3.0-or-later
#include "SigninCommand.h"

#include "CliApplication.h"
#include "CliVault.h"
#include "JsonOutput.h"
#include "PasswordInput.h"
#include "PoolCommand.h"
#include "RememberedDeviceFile.h"
#include "crypto/Random.h"
#include "otp/OtpGenerator.h"
#include "pool/AuthEvent.h"
#include "pool/CognitoSrp.h"
#include "pool/lab/CodeProvider.h"
#include "pool/lab/LabRequest.h"
#include "pool/lab/PasskeyLab.h"
#include "pool/lab/VaultEntryCodes.h"
#include "pool/local/LocalPoolEngine.h"
#include "vault/VaultFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>

namespace tessera::cli {

namespace {

// The entry --entry names, from the vault opened only when a code is asked for (a sign-in
// without TOTP never needs the vault's password).
Expected<pool::lab::LinkedEntry> namedEntry(const SigninOptions& options)
{
    if (options.entry.isEmpty()) {
        return makeError(SigninCommand::tr(
            "SOFTWARE_TOKEN_MFA needs a code: name the vault entry with --entry NAME"));
    }
    auto opened = openCliVault(options.vaultPath, PasswordInput(options.vaultPasswordFile));
    if (!opened) {
        return makeError(opened.error());
    }
    return pool::lab::VaultLinks::named(opened->vault(), options.entry);
}

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

int SigninCommand::rememberDevice(const SigninOptions& options, const pool::lab::SignInLab& lab,
                                  const QString& file)
{
    const pool::lab::LabOutcome& outcome = lab.outcome();
    // A random device password, as amazon-cognito-identity-js makes one (40 random bytes).
    const crypto::SecureBytes random = crypto::randomSecret(40);
    const QString password =
        QString::fromLatin1(QByteArray::fromRawData(reinterpret_cast<const char*>(random.data()),
                                                    qsizetype(random.size()))
                                .toBase64());
    const auto verifier =
        random.isEmpty()
            ? std::nullopt
            : pool::srp::makeVerifier(outcome.newDeviceGroupKey, outcome.newDeviceKey, password);
    if (!verifier) {
        m_err << "tessera-cli: " << tr("could not make the device's SRP verifier (OpenSSL failed)")
              << Qt::endl;
        return kExitFailure;
    }
    const QString accessToken = lab.tokens()->accessToken;
    const pool::PoolResult confirmed = PoolCommand::await(
        m_backend.call(QStringLiteral("ConfirmDevice"),
                       {{QStringLiteral("AccessToken"), accessToken},
                        {QStringLiteral("DeviceKey"), outcome.newDeviceKey},
                        {QStringLiteral("DeviceName"),
                         QStringLiteral("tessera-cli on %1").arg(QSysInfo::machineHostName())},
                        {QStringLiteral("DeviceSecretVerifierConfig"),
                         pool::srp::deviceSecretVerifierConfig(*verifier)}}));
    if (!confirmed) {
        return PoolCommand::reportServiceError(m_err, QStringLiteral("ConfirmDevice"),
                                               confirmed.failure());
    }
    const pool::PoolResult status = PoolCommand::await(
        m_backend.call(QStringLiteral("UpdateDeviceStatus"),
                       {{QStringLiteral("AccessToken"), accessToken},
                        {QStringLiteral("DeviceKey"), outcome.newDeviceKey},
                        {QStringLiteral("DeviceRememberedStatus"), QStringLiteral("remembered")}}));
    if (!status) {
        return PoolCommand::reportServiceError(m_err, QStringLiteral("UpdateDeviceStatus"),
                                               status.failure());
    }
    const RememberedDevice device{outcome.newDeviceKey, outcome.newDeviceGroupKey, password};
    if (auto saved = RememberedDeviceFile(file).save(options.poolId, options.username, device);
        !saved) {
        m_err << "tessera-cli: "
              << tr("the device is remembered by the pool but could not be kept: %1")
                     .arg(saved.error())
              << Qt::endl;
        return kExitFailure;
    }
    m_out << orderedJsonObject({{QStringLiteral("device"), outcome.newDeviceKey},
                                {QStringLiteral("remembered"), true},
                                {QStringLiteral("file"), file}})
          << Qt::endl;
    return kExitOk;
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

void SigninCommand::printSteps(const QList<pool::lab::LabStep>& steps, int first)
{
    int number = first;
    for (const pool::lab::LabStep& step : steps) {
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
    auto password = PasswordInput::fromFile(options.userPasswordFile);
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
    scenario.password = std::move(*password);
    scenario.authFlow = options.authFlow;
    // The secret MFA_SETUP makes would be kept nowhere, and a wrong code is the service's
    // answer to report, not something to guess past.
    scenario.setUpMfa = false;
    scenario.retryWrongCodes = false;
    if (!options.newPasswordFile.isEmpty()) {
        auto newPassword = PasswordInput::fromFile(options.newPasswordFile);
        if (!newPassword) {
            m_err << "tessera-cli: " << newPassword.error() << Qt::endl;
            return kExitBadInput;
        }
        scenario.newPassword = std::move(*newPassword);
    }
    const QString deviceFile =
        options.deviceFile.isEmpty() ? RememberedDeviceFile::defaultPath() : options.deviceFile;
    const auto stored = RememberedDeviceFile(deviceFile).load(options.poolId, options.username);
    if (!stored) {
        m_err << "tessera-cli: " << stored.error() << Qt::endl;
        return kExitBadInput;
    }
    if (*stored) {
        scenario.context.rememberedDeviceKey = (*stored)->deviceKey;
        scenario.deviceGroupKey = (*stored)->groupKey;
        scenario.devicePassword = pool::lab::secretText((*stored)->password);
    }
    pool::lab::ChainedCodes codes;
    if (!options.entry.isEmpty()) {
        // The factor this command can answer without help comes first.
        scenario.preferredFactor = QStringLiteral("SOFTWARE_TOKEN_MFA");
        codes.append(std::make_shared<pool::lab::VaultEntryCodes>(
            [&options] { return namedEntry(options); }, m_clock));
    }
    if (m_outbox != nullptr) {
        codes.append(std::make_shared<pool::lab::OutboxCodes>(
            pool::lab::OutboxCodes::of(*m_outbox, options.poolId, options.username)));
    }
    pool::lab::SignInLab lab(std::move(scenario), codes, m_clock);
    QString lastOperation;
    pool::lab::driveSync(lab, [this, &lastOperation](const pool::lab::LabRequest& request) {
        m_started = true;
        lastOperation = request.operation;
        return PoolCommand::await(m_backend.call(request.operation, request.body));
    });
    printSteps(lab.steps());
    const pool::lab::LabOutcome& outcome = lab.outcome();
    if (outcome.end == pool::lab::LabOutcome::End::Authenticated && options.passkey) {
        return passkeySignIn(options, lab.tokens()->accessToken, int(lab.steps().size()));
    }
    if (outcome.end == pool::lab::LabOutcome::End::Authenticated) {
        const QJsonObject result{{QStringLiteral("outcome"), QStringLiteral("AUTHENTICATED")},
                                 {QStringLiteral("username"), options.username},
                                 {QStringLiteral("tokenType"), lab.tokens()->tokenType},
                                 {QStringLiteral("expiresIn"), lab.tokens()->expiresIn},
                                 {QStringLiteral("newDevice"), !outcome.newDeviceKey.isEmpty()}};
        m_out << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
        if (!outcome.newDeviceKey.isEmpty() && options.rememberDevice) {
            return rememberDevice(options, lab, deviceFile);
        }
        if (!outcome.newDeviceKey.isEmpty() && *stored) {
            // The service no longer knows the kept device (it was forgotten): drop it here too.
            if (auto dropped = RememberedDeviceFile(deviceFile)
                                   .save(options.poolId, options.username, std::nullopt);
                !dropped) {
                m_err << "tessera-cli: " << dropped.error() << Qt::endl;
            }
        }
        if (options.rememberDevice && outcome.newDeviceKey.isEmpty() && !*stored) {
            m_err << "tessera-cli: "
                  << tr("the pool gave this sign-in no device key, so there is no device to "
                        "remember (the pool needs a DeviceConfiguration)")
                  << Qt::endl;
        }
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

int SigninCommand::passkeySignIn(const SigninOptions& options, const QString& accessToken,
                                 int stepsSoFar)
{
    pool::lab::PasskeyLab lab({options.clientId, options.username, accessToken, false});
    QString lastOperation;
    pool::lab::driveSync(lab, [this, &lastOperation](const pool::lab::LabRequest& request) {
        lastOperation = request.operation;
        return PoolCommand::await(m_backend.call(request.operation, request.body));
    });
    printSteps(lab.steps(), stepsSoFar);
    for (const pool::lab::PasskeyCheck& check : lab.checks()) {
        m_out << orderedJsonObject({{QStringLiteral("check"), check.name},
                                    {QStringLiteral("passed"), check.passed},
                                    {QStringLiteral("detail"), check.detail}})
              << Qt::endl;
    }
    const pool::lab::LabOutcome& outcome = lab.outcome();
    if (outcome.end == pool::lab::LabOutcome::End::Authenticated && lab.tokens()) {
        const QJsonObject result{{QStringLiteral("outcome"), QStringLiteral("AUTHENTICATED")},
                                 {QStringLiteral("username"), options.username},
                                 {QStringLiteral("with"), QStringLiteral("WEB_AUTHN")},
                                 {QStringLiteral("tokenType"), lab.tokens()->tokenType},
                                 {QStringLiteral("expiresIn"), lab.tokens()->expiresIn}};
        m_out << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
        if (!outcome.advice.isEmpty()) {
            m_err << "tessera-cli: " << outcome.advice << Qt::endl;
        }
        return kExitOk;
    }
    if (outcome.errorType != QLatin1String("Lab")) {
        // The advice first: the error's JSON stays stderr's last line, as scripts read it.
        if (!outcome.advice.isEmpty()) {
            m_err << "tessera-cli: " << outcome.advice << Qt::endl;
        }
        return PoolCommand::reportServiceError(m_err, lastOperation,
                                               pool::PoolError{outcome.errorType, outcome.message});
    }
    QJsonObject stopped{{QStringLiteral("outcome"), QStringLiteral("STOPPED")},
                        {QStringLiteral("reason"), outcome.message}};
    if (!outcome.challenge.isEmpty()) {
        stopped.insert(QStringLiteral("challenge"), outcome.challenge);
    }
    m_out << QJsonDocument(stopped).toJson(QJsonDocument::Compact) << Qt::endl;
    m_err << "tessera-cli: " << outcome.message << Qt::endl;
    return kExitBadInput;
}

} // namespace tessera::cli
