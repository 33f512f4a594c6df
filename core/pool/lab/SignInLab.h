// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CodeProvider.h"
#include "EnrolmentBridge.h"
#include "LabRequest.h"
#include "crypto/SecureBytes.h"
#include "pool/AuthResult.h"
#include "pool/CognitoSrp.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

namespace tessera::pool::lab {

// Where a lab sign-in comes from.
struct LabContext
{
    QString ipAddress;
    // A device the user has remembered: its DEVICE_KEY (from an earlier run's NewDeviceMetadata).
    QString rememberedDeviceKey;
    // A new device: a name the risk engine has not seen (sent as UserContextData's EncodedData).
    QString newDeviceName;
    QString userAgent;
};

// What a lab run is asked to do.
struct LabScenario
{
    QString userPoolId;
    QString clientId;
    QString username;
    // Kept in wiped memory (secretText() makes them); made text only inside the request sent.
    crypto::SecureBytes password;
    // Answers NEW_PASSWORD_REQUIRED; empty stops the run there with what to do.
    crypto::SecureBytes newPassword;
    QString authFlow = QStringLiteral("USER_PASSWORD_AUTH"); // or USER_SRP_AUTH
    LabContext context;
    // SELECT_MFA_TYPE's answer when offered; else the first offered factor the codes can answer.
    QString preferredFactor;
    // MFA_SETUP sets up TOTP with this issuer and account in its otpauth URI; off, the run
    // stops there (a caller with nowhere to keep the secret).
    bool setUpMfa = true;
    QString setupIssuer = QStringLiteral("Tessera lab");
    // A refused code is answered with the provider's next one; off, the service's error ends
    // the run.
    bool retryWrongCodes = true;
    // When the codes have none for a challenge: set, the run pauses (waitingForCode()) until
    // answerWith() gives one (a console asking the person); off, it stops there.
    bool pauseForCodes = false;
    // When the pool gives the sign-in a new device (NewDeviceMetadata): ConfirmDevice it with the
    // verifier of a fresh device password (takeNewDevice() hands both over), so a later run can
    // sign in from it as a remembered device.
    bool confirmNewDevice = false;
    QString deviceName = QStringLiteral("Tessera lab");
    // A remembered device's group key and password, for DEVICE_SRP_AUTH (with
    // context.rememberedDeviceKey).
    QString deviceGroupKey{};
    crypto::SecureBytes devicePassword{};

    // Move-only for its passwords; a run repeated (the replay lab, tests) copies it explicitly.
    LabScenario clone() const
    {
        LabScenario copy{userPoolId,          clientId, username, password.clone(),
                         newPassword.clone(), authFlow, context,  preferredFactor};
        copy.setUpMfa = setUpMfa;
        copy.setupIssuer = setupIssuer;
        copy.retryWrongCodes = retryWrongCodes;
        copy.pauseForCodes = pauseForCodes;
        copy.confirmNewDevice = confirmNewDevice;
        copy.deviceName = deviceName;
        copy.deviceGroupKey = deviceGroupKey;
        copy.devicePassword = devicePassword.clone();
        return copy;
    }
};

// A password typed or read as text, in wiped memory (the text itself is the caller's to clear).
crypto::SecureBytes secretText(QStringView text);

// One request and its answer as a person reads them: secrets masked (masked()), with one line.
struct LabStep
{
    QString operation;
    QJsonObject request;
    QJsonObject answer; // the response, or the error as {"__type", "message"}
    QString codeSource; // where the code in the request came from, when it carries one
    QString summary;    // "InitiateAuth (USER_PASSWORD_AUTH): challenge SOFTWARE_TOKEN_MFA"
};

// A paused run's need: the challenge and why the codes had none for it.
struct CodeWait
{
    QString challenge;
    QString reason;
};

// A device the run had the pool remember: what a later run needs to sign in from it.
struct RememberedDevice
{
    QString deviceKey;
    QString groupKey;
    crypto::SecureBytes password;
};

// How a run ended.
struct LabOutcome
{
    enum class End
    {
        Running,
        Authenticated,
        Stopped
    };
    End end = End::Running;
    // Authenticated: the token lifetimes and claims (the tokens themselves stay in the lab).
    int expiresIn = 0;
    qint64 idTokenLifetime = 0;
    qint64 accessTokenLifetime = 0;
    QJsonObject idClaims;
    QJsonObject accessClaims;
    QString newDeviceKey;      // NewDeviceMetadata's DEVICE_KEY: "remembered device" next time
    QString newDeviceGroupKey; // and its DeviceGroupKey, which ConfirmDevice's verifier needs
    // Stopped: the challenge it stopped at (if any), the service's error (or the lab's own,
    // type "Lab") and what to change.
    QString challenge;
    QString errorType;
    QString message;
    QString advice;
};

// A sign-in walked challenge by challenge over any backend: InitiateAuth (USER_PASSWORD_AUTH or
// USER_SRP_AUTH) with a context, then each challenge answered in turn - PASSWORD_VERIFIER,
// DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER (a remembered device's proof),
// NEW_PASSWORD_REQUIRED, MFA_SETUP (TOTP, through EnrolmentBridge), SELECT_MFA_TYPE,
// SOFTWARE_TOKEN_MFA, SMS_MFA, EMAIL_OTP - with codes from a CodeProvider; a refused code is
// retried with the provider's next one until the service ends the sign-in. A plain state
// machine: start() and next(answer) give the requests; driveSync / driveAsync send them.
class SignInLab
{
    Q_DECLARE_TR_FUNCTIONS(SignInLab)

public:
    // A run that needs more requests than this is looping.
    static constexpr int kMaxRequests = 24;

    SignInLab(LabScenario scenario, CodeProvider& codes, otp::Clock clock);

    std::optional<LabRequest> start();
    std::optional<LabRequest> next(const PoolResult& answer);
    // Paused (pauseForCodes): the challenge waiting for a code; answerWith() continues with one.
    const std::optional<CodeWait>& waitingForCode() const { return m_waiting; }
    std::optional<LabRequest> answerWith(LabCode code);
    // The device this run confirmed (confirmNewDevice), once; nothing if none.
    std::optional<RememberedDevice> takeNewDevice() { return std::exchange(m_newDevice, {}); }

    const QList<LabStep>& steps() const { return m_steps; }
    const LabOutcome& outcome() const { return m_outcome; }
    // The tokens once authenticated (for "show" and for the enrolment bridge's access token).
    const std::optional<AuthResult>& tokens() const { return m_tokens; }
    // The TOTP generator MFA_SETUP enrolled, for "add to this computer's vault".
    const std::optional<otp::OtpParameters>& enrolled() const { return m_enrolled; }

    // What to change after `error` ended a sign-in, in a sentence; empty when there is no
    // better advice than the service's message.
    static QString advice(const PoolError& error);

private:
    std::optional<LabRequest> send(LabRequest request, QString codeSource = {});
    std::optional<LabRequest> answerChallenge(const Challenge& challenge);
    std::optional<LabRequest> respond(const Challenge& challenge, QJsonObject responses,
                                      QString codeSource = {});
    std::optional<LabRequest> answerDevice(const Challenge& challenge);
    std::optional<LabRequest> askCode(const Challenge& challenge);
    std::optional<LabRequest> continueSetup(const PoolResult& answer);
    std::optional<LabRequest> authenticated(const AuthResult& result);
    std::optional<LabRequest> confirmDevice(const AuthResult& result);
    std::optional<LabRequest> stop(const QString& type, const QString& message,
                                   const QString& advice);
    void recordAnswer(const PoolResult& answer, const QString& summary);

    LabScenario m_scenario;
    CodeProvider& m_codes;
    otp::Clock m_clock;
    QList<LabStep> m_steps;
    LabOutcome m_outcome;
    std::optional<AuthResult> m_tokens;
    std::optional<srp::Client> m_srp;
    std::optional<srp::Client> m_deviceSrp; // the remembered device's own SRP (DEVICE_SRP_AUTH)
    std::optional<Challenge> m_pending;     // the challenge the last request answered
    std::unique_ptr<EnrolmentBridge> m_setup;
    std::optional<otp::OtpParameters> m_enrolled;
    std::optional<CodeWait> m_waiting;
    std::optional<RememberedDevice> m_newDevice;
    bool m_confirming = false;
    int m_requests = 0;
};

} // namespace tessera::pool::lab
