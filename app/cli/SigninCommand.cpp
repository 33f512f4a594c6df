// SPDX-License-Identifier: GPL-3.0-or-later
#include "SigninCommand.h"

#include "CliApplication.h"
#include "CliVault.h"
#include "JsonOutput.h"
#include "PasswordInput.h"
#include "PoolCommand.h"
#include "otp/OtpGenerator.h"
#include "pool/local/LocalPoolEngine.h"
#include "vault/VaultFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace tessera::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tessera-cli", text);
}

// A sign-in that needs more steps than this is looping (a session that never ends).
constexpr int kMaxSteps = 8;

QString passwordText(const crypto::SecureBytes& bytes)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
}

} // namespace

void SigninCommand::printStep(int step, const QString& operation, const QString& answered,
                              const QString& source, const QJsonObject& result)
{
    QList<std::pair<QString, QJsonValue>> fields{{QStringLiteral("step"), step},
                                                 {QStringLiteral("operation"), operation}};
    if (!answered.isEmpty()) {
        fields.append({QStringLiteral("answered"), answered});
    }
    if (!source.isEmpty()) {
        fields.append({QStringLiteral("codeFrom"), source});
    }
    for (auto it = result.begin(); it != result.end(); ++it) {
        fields.append({it.key(), it.value()});
    }
    m_out << orderedJsonObject(fields) << Qt::endl;
}

Expected<QString> SigninCommand::totpCode(const SigninOptions& options)
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
        return makeError(matches.isEmpty()
                             ? tr("no vault entry is named '%1' ('tessera-cli list' shows them)")
                                   .arg(options.entry)
                             : tr("'%1' names %2 vault entries; name one by issuer:account or UUID")
                                   .arg(options.entry)
                                   .arg(matches.size()));
    }
    const auto& parameters = opened->vault().entry(matches.first())->parameters();
    if (parameters.type() != otp::OtpType::Totp) {
        return makeError(tr("vault entry '%1' is not a TOTP entry; SOFTWARE_TOKEN_MFA needs TOTP")
                             .arg(options.entry));
    }
    QString code = otp::code(parameters, m_clock());
    if (code.isEmpty()) {
        return makeError(tr("could not compute the code (OpenSSL failed)"));
    }
    return code;
}

Expected<QString> SigninCommand::outboxCode(const SigninOptions& options, const QString& medium)
{
    if (m_outbox == nullptr) {
        return makeError(
            tr("%1 sent a code by %2 that only its recipient can read; this backend has no "
               "outbox")
                .arg(medium == QLatin1String("SMS") ? QStringLiteral("SMS_MFA")
                                                    : QStringLiteral("EMAIL_OTP"),
                     medium));
    }
    const auto messages = m_outbox->outbox(options.poolId);
    if (!messages) {
        return messages.error().toError();
    }
    // The newest message to this user by this medium carries the code just sent.
    static const QRegularExpression digits(QStringLiteral("\\b(\\d{6,8})\\b"));
    for (auto it = messages->crbegin(); it != messages->crend(); ++it) {
        if (it->username == options.username && it->medium == medium) {
            const auto match = digits.match(it->message);
            if (match.hasMatch()) {
                return match.captured(1);
            }
            break;
        }
    }
    return makeError(tr("no %1 code for '%2' in the outbox").arg(medium, options.username));
}

Expected<SigninCommand::Answer> SigninCommand::answer(const SigninOptions& options,
                                                      const pool::Challenge& challenge)
{
    QJsonObject responses{
        {QStringLiteral("USERNAME"),
         challenge.parameters.value(QStringLiteral("USER_ID_FOR_SRP"), options.username)}};
    const QString& name = challenge.name;
    if (name == QLatin1String("SOFTWARE_TOKEN_MFA")) {
        const auto code = totpCode(options);
        if (!code) {
            return code.failure();
        }
        responses.insert(QStringLiteral("SOFTWARE_TOKEN_MFA_CODE"), *code);
        return Answer{responses, tr("vault entry %1").arg(options.entry)};
    }
    if (name == QLatin1String("SMS_MFA") || name == QLatin1String("EMAIL_OTP")) {
        const bool sms = name == QLatin1String("SMS_MFA");
        const QString medium = sms ? QStringLiteral("SMS") : QStringLiteral("EMAIL");
        const auto code = outboxCode(options, medium);
        if (!code) {
            return code.failure();
        }
        responses.insert(sms ? QStringLiteral("SMS_MFA_CODE") : QStringLiteral("EMAIL_OTP_CODE"),
                         *code);
        return Answer{responses, tr("outbox")};
    }
    if (name == QLatin1String("SELECT_MFA_TYPE")) {
        const QJsonArray offered =
            QJsonDocument::fromJson(
                challenge.parameters.value(QStringLiteral("MFAS_CAN_CHOOSE")).toUtf8())
                .array();
        // The factor this command can answer without help comes first.
        QStringList preference{QStringLiteral("SOFTWARE_TOKEN_MFA")};
        if (m_outbox != nullptr) {
            preference = QStringList{QStringLiteral("SMS_MFA"), QStringLiteral("EMAIL_OTP")};
            if (!options.entry.isEmpty()) {
                preference.prepend(QStringLiteral("SOFTWARE_TOKEN_MFA"));
            }
        }
        for (const QString& factor : preference) {
            if (offered.contains(factor)) {
                responses.insert(QStringLiteral("ANSWER"), factor);
                return Answer{responses, {}};
            }
        }
        return makeError(
            tr("SELECT_MFA_TYPE offers %1, none of which this command can answer here")
                .arg(QString::fromUtf8(QJsonDocument(offered).toJson(QJsonDocument::Compact))));
    }
    if (name == QLatin1String("NEW_PASSWORD_REQUIRED")) {
        if (options.newPasswordFile.isEmpty()) {
            return makeError(
                tr("NEW_PASSWORD_REQUIRED: '%1' signed in with a temporary password and must "
                   "choose a new one; give it with --new-password-file PATH")
                    .arg(options.username));
        }
        const auto password = PasswordInput::fromFile(options.newPasswordFile);
        if (!password) {
            return makeError(password.error());
        }
        responses.insert(QStringLiteral("NEW_PASSWORD"), passwordText(*password));
        return Answer{responses, {}};
    }
    if (name == QLatin1String("PASSWORD_VERIFIER")) {
        const auto verified = passwordVerifier(options, challenge);
        if (!verified) {
            return verified.failure();
        }
        return Answer{*verified, QStringLiteral("SRP")};
    }
    if (name == QLatin1String("MFA_SETUP")) {
        return makeError(
            tr("MFA_SETUP: the pool requires MFA and '%1' has no factor yet; enrol one "
               "(AssociateSoftwareToken, VerifySoftwareToken) first")
                .arg(options.username));
    }
    return makeError(tr("challenge %1 is not one this command can answer").arg(name));
}

Expected<QJsonObject> SigninCommand::passwordVerifier(const SigninOptions& options,
                                                      const pool::Challenge& challenge)
{
    if (!m_srp) {
        return makeError(
            tr("PASSWORD_VERIFIER answers USER_SRP_AUTH, which this sign-in did not start"));
    }
    auto responses =
        m_srp->passwordVerifierResponses(options.poolId, m_password, challenge.parameters,
                                         QDateTime::fromSecsSinceEpoch(m_clock(), Qt::UTC));
    if (!responses) {
        return makeError(tr("PASSWORD_VERIFIER: the service sent SRP values that are not valid "
                            "(SRP_B, SALT or USER_ID_FOR_SRP)"));
    }
    return *responses;
}

int SigninCommand::run(const SigninOptions& options)
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
    const bool srp = options.authFlow == QLatin1String("USER_SRP_AUTH");
    if (!srp && options.authFlow != QLatin1String("USER_PASSWORD_AUTH")) {
        m_err << "tessera-cli: "
              << tr("--auth-flow is USER_PASSWORD_AUTH or USER_SRP_AUTH, not '%1'")
                     .arg(options.authFlow)
              << Qt::endl;
        return kExitBadInput;
    }
    QJsonObject parameters{{QStringLiteral("USERNAME"), options.username}};
    if (srp) {
        m_srp = pool::srp::Client::create();
        if (!m_srp) {
            m_err << "tessera-cli: " << tr("could not make SRP values (OpenSSL failed)")
                  << Qt::endl;
            return kExitFailure;
        }
        m_password = passwordText(*password);
        parameters.insert(QStringLiteral("SRP_A"), m_srp->publicHex());
    } else {
        parameters.insert(QStringLiteral("PASSWORD"), passwordText(*password));
    }
    QString operation = QStringLiteral("InitiateAuth");
    QJsonObject request{{QStringLiteral("AuthFlow"), options.authFlow},
                        {QStringLiteral("ClientId"), options.clientId},
                        {QStringLiteral("AuthParameters"), parameters}};
    QString answered = options.authFlow;
    QString source;
    for (int step = 1; step <= kMaxSteps; ++step) {
        const pool::PoolResult result = PoolCommand::await(m_backend.call(operation, request));
        if (!result) {
            printStep(step, operation, answered, source,
                      {{QStringLiteral("error"), result.error().type}});
            return PoolCommand::reportServiceError(m_err, operation, result.error());
        }
        const pool::AuthResponse response = pool::AuthResponse::fromJson(*result);
        if (response.result) {
            printStep(step, operation, answered, source,
                      {{QStringLiteral("outcome"), QStringLiteral("AUTHENTICATED")}});
            const QJsonObject outcome{
                {QStringLiteral("outcome"), QStringLiteral("AUTHENTICATED")},
                {QStringLiteral("username"), options.username},
                {QStringLiteral("tokenType"), response.result->tokenType},
                {QStringLiteral("expiresIn"), response.result->expiresIn},
                {QStringLiteral("newDevice"), !response.result->deviceKey.isEmpty()}};
            m_out << QJsonDocument(outcome).toJson(QJsonDocument::Compact) << Qt::endl;
            return kExitOk;
        }
        if (!response.challenge) {
            printStep(step, operation, answered, source, {});
            m_err << "tessera-cli: "
                  << tr("%1 answered with neither a challenge nor tokens").arg(operation)
                  << Qt::endl;
            return kExitFailure;
        }
        const pool::Challenge& challenge = *response.challenge;
        printStep(step, operation, answered, source,
                  {{QStringLiteral("challenge"), challenge.name}});
        const auto reply = answer(options, challenge);
        if (!reply) {
            const QJsonObject outcome{{QStringLiteral("outcome"), QStringLiteral("STOPPED")},
                                      {QStringLiteral("challenge"), challenge.name},
                                      {QStringLiteral("reason"), reply.error()}};
            m_out << QJsonDocument(outcome).toJson(QJsonDocument::Compact) << Qt::endl;
            m_err << "tessera-cli: " << reply.error() << Qt::endl;
            return kExitBadInput;
        }
        source = reply->source;
        operation = QStringLiteral("RespondToAuthChallenge");
        answered = challenge.name;
        request = {{QStringLiteral("ClientId"), options.clientId},
                   {QStringLiteral("ChallengeName"), challenge.name},
                   {QStringLiteral("Session"), challenge.session},
                   {QStringLiteral("ChallengeResponses"), reply->responses}};
    }
    m_err << "tessera-cli: " << tr("the sign-in did not finish within %1 steps").arg(kMaxSteps)
          << Qt::endl;
    return kExitFailure;
}

} // namespace tessera::cli
