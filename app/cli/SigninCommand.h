// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "otp/Clock.h"
#include "pool/PoolBackend.h"
#include "pool/lab/SignInLab.h"

#include <QCoreApplication>
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
    // After a sign-in that got NewDeviceMetadata: ConfirmDevice and UpdateDeviceStatus
    // remembered, the device kept in `deviceFile` for the next sign-in (--remember-device).
    bool rememberDevice = false;
    // Where remembered devices are kept (--device-file); empty: RememberedDeviceFile's default.
    QString deviceFile;
    // Print the engine's decision trace for this sign-in at the end (--trace).
    bool trace = false;
    // Then register a throwaway software passkey and sign in with it (--passkey).
    bool passkey = false;
};

// `tessera-cli pool signin`: signs a pool user in through any PoolBackend with the sign-in lab
// (core/pool/lab), answering each challenge the way a person would (TOTP from the vault,
// SMS/email codes from the local outbox, a new password when one is given), and prints one JSON
// line per step and one for the outcome. Tokens are never printed: they are as good as the
// password for an hour.
class SigninCommand
{
    Q_DECLARE_TR_FUNCTIONS(tessera::cli::SigninCommand)

public:
    // `outbox` is the local engine when the backend is one, else null (codes sent by a real
    // service cannot be read back).
    SigninCommand(QTextStream& out, QTextStream& err, pool::PoolBackend& backend,
                  pool::local::LocalPoolEngine* outbox, otp::Clock clock)
        : m_out(out), m_err(err), m_backend(backend), m_outbox(outbox), m_clock(std::move(clock))
    {}

    int run(const SigninOptions& options);

private:
    // Runs the sign-in; run() adds the trace after it.
    int signIn(const SigninOptions& options);
    // The decision trace of the user's newest sign-in, one JSON line a step; a backend that
    // keeps none (any but the local engine) is said so on stderr.
    void printTrace(const SigninOptions& options);
    // The lab's steps as this command's JSON lines, numbered from `first` + 1.
    void printSteps(const QList<pool::lab::LabStep>& steps, int first = 0);
    // --passkey: the passkey run (PasskeyLab) with the access token of the password sign-in,
    // its steps, the checks of the assertion and the outcome.
    int passkeySignIn(const SigninOptions& options, const QString& accessToken, int stepsSoFar);
    // Confirms and remembers the device the sign-in was given, and keeps it in `file`; prints
    // one JSON line. Returns the exit status.
    int rememberDevice(const SigninOptions& options, const pool::lab::SignInLab& lab,
                       const QString& file);
    // Why the run stopped at a challenge, in the command's terms (the option that answers it).
    QString refusal(const SigninOptions& options, const pool::lab::LabOutcome& outcome) const;

    QTextStream& m_out;
    QTextStream& m_err;
    pool::PoolBackend& m_backend;
    pool::local::LocalPoolEngine* m_outbox;
    otp::Clock m_clock;
    // Whether a request was sent (a trace can exist).
    bool m_started = false;
};

} // namespace tessera::cli
