// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LabRequest.h"
#include "otp/Clock.h"
#include "otp/OtpParameters.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>

namespace tessera::pool::lab {

// "Set up an authenticator" for a pool user as one flow: AssociateSoftwareToken, the secret as an
// otpauth URI (issuer and account chosen by the caller, for a QR or this computer's vault), then
// VerifySoftwareToken with the code the secret gives now, then SetUserMFAPreference with TOTP on
// and preferred. Authorised by the user's access token, or by a sign-in's MFA_SETUP session (then
// without the preference call, which needs a token; Cognito turns the factor on itself). A plain
// state machine: start() and next(answer) give the requests (driveSync / driveAsync send them).
class EnrolmentBridge
{
    Q_DECLARE_TR_FUNCTIONS(EnrolmentBridge)

public:
    struct Options
    {
        QString accessToken; // exactly one of accessToken and session
        QString session;
        QString issuer;  // the otpauth label's issuer, e.g. the app's name
        QString account; // the label's account, e.g. the user's email
        QString deviceName = QStringLiteral("Tessera");
    };

    EnrolmentBridge(Options options, otp::Clock clock);

    std::optional<LabRequest> start();
    std::optional<LabRequest> next(const PoolResult& answer);

    // Once association answered and before verification did: VerifySoftwareToken with the code
    // the secret gives now, for a caller that paused in between (to show a QR code or add the
    // secret to a vault) and sends this instead of the request next() gave.
    std::optional<LabRequest> verification();

    bool finished() const { return m_stage == Stage::Done || m_stage == Stage::Failed; }
    bool succeeded() const { return m_stage == Stage::Done; }
    // Why it failed: the service's error, or the bridge's own (a secret that is not Base32).
    const PoolError& failure() const { return m_error; }
    // Once AssociateSoftwareToken answered: the generator (for the vault) and its URI (for a QR).
    const std::optional<otp::OtpParameters>& parameters() const { return m_parameters; }
    QString uri() const;
    // Hands the generator over (to a vault entry, or the lab); parameters() is empty after.
    std::optional<otp::OtpParameters> takeParameters() { return std::exchange(m_parameters, {}); }
    // The session the sign-in continues with after VerifySoftwareToken (session path).
    const QString& session() const { return m_options.session; }
    // The code VerifySoftwareToken was sent, so a caller does not offer it again.
    const QString& verifiedCode() const { return m_code; }

private:
    enum class Stage
    {
        Idle,
        Associating,
        Verifying,
        Preferring,
        Done,
        Failed
    };
    QJsonObject authorisation() const;
    LabRequest verifyRequest();
    std::optional<LabRequest> fail(PoolError error);

    Options m_options;
    otp::Clock m_clock;
    Stage m_stage = Stage::Idle;
    PoolError m_error;
    std::optional<otp::OtpParameters> m_parameters;
    QString m_code;
};

} // namespace tessera::pool::lab
