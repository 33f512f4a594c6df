// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "otp/Clock.h"
#include "pool/CognitoSrp.h"
#include "pool/PoolBackend.h"

#include <QJsonObject>
#include <QString>
#include <QTextStream>

#include <optional>

namespace tessera::pool::local {
class LocalPoolEngine;
}

namespace tessera::cli {

// What `tessera-cli pool signin` was asked to do.
struct SigninOptions
{
    QString poolId;
    QString clientId;
    QString username;
    QString userPasswordFile;
    QString newPasswordFile;
    // The vault entry whose TOTP code answers SOFTWARE_TOKEN_MFA; empty when none was named.
    QString entry;
    QString vaultPath;
    QString vaultPasswordFile;
    // USER_PASSWORD_AUTH (the password is sent) or USER_SRP_AUTH (it is proven, never sent).
    QString authFlow = QStringLiteral("USER_PASSWORD_AUTH");
};

// `tessera-cli pool signin`: signs a pool user in through any PoolBackend, answering each
// challenge the way a person would (TOTP from the vault, SMS/email codes from the local outbox,
// a new password when one is given), and prints one JSON line per step and one for the outcome.
// Tokens are never printed: they are as good as the password for an hour.
class SigninCommand
{
public:
    // `outbox` is the local engine when the backend is one, else null (codes sent by a real
    // service cannot be read back).
    SigninCommand(QTextStream& out, QTextStream& err, pool::PoolBackend& backend,
                  pool::local::LocalPoolEngine* outbox, otp::Clock clock)
        : m_out(out), m_err(err), m_backend(backend), m_outbox(outbox), m_clock(std::move(clock))
    {}

    int run(const SigninOptions& options);

private:
    // The ChallengeResponses for a challenge, and where its code came from (empty: nowhere).
    struct Answer
    {
        QJsonObject responses;
        QString source;
    };
    // The answer to `challenge`, or why it cannot be answered (printed by the caller).
    Expected<Answer> answer(const SigninOptions& options, const pool::Challenge& challenge);
    // PASSWORD_VERIFIER, answered with the SRP client that started the sign-in.
    Expected<QJsonObject> passwordVerifier(const SigninOptions& options,
                                           const pool::Challenge& challenge);
    Expected<QString> totpCode(const SigninOptions& options);
    Expected<QString> outboxCode(const SigninOptions& options, const QString& medium);
    void printStep(int step, const QString& operation, const QString& answered,
                   const QString& source, const QJsonObject& result);

    QTextStream& m_out;
    QTextStream& m_err;
    pool::PoolBackend& m_backend;
    pool::local::LocalPoolEngine* m_outbox;
    otp::Clock m_clock;
    // For USER_SRP_AUTH: the client's SRP values and the password it proves.
    std::optional<pool::srp::Client> m_srp;
    QString m_password;
};

} // namespace tessera::cli
