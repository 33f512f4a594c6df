// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LabRequest.h"
#include "SignInLab.h"
#include "pool/webauthn/SoftwareAuthenticator.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace tessera::pool::lab {

// One thing the lab checked of the assertion it sent, as the relying party checks it.
struct PasskeyCheck
{
    QString name;   // "challenge", "origin", "rpIdHash", "flags", "signCount", "signature"
    QString detail; // what was compared, in a sentence
    bool passed = false;
};

// A passkey sign-in walked end to end with a throwaway software authenticator (a fresh key in
// memory, gone with this object), for a user already signed in (their access token):
// StartWebAuthnRegistration, CompleteWebAuthnRegistration with the authenticator's answer,
// InitiateAuth USER_AUTH preferring WEB_AUTHN (SELECT_CHALLENGE answered WEB_AUTHN when the
// service asks), RespondToAuthChallenge with the assertion, and DeleteWebAuthnCredential so no
// dead passkey is left behind. Before sending the assertion the lab checks it as the relying
// party would (challenge, origin, rpIdHash, UP/UV, signCount, signature) and lists each check;
// the service's answer is the verdict. A state machine like SignInLab: start(), next(answer).
class PasskeyLab
{
    Q_DECLARE_TR_FUNCTIONS(PasskeyLab)

public:
    struct Options
    {
        QString clientId;
        QString username;
        QString accessToken;
        // Keep the passkey registered at the end (its key is gone, so only to inspect it).
        bool keepPasskey = false;
    };

    explicit PasskeyLab(Options options);
    ~PasskeyLab();

    std::optional<LabRequest> start();
    std::optional<LabRequest> next(const PoolResult& answer);

    const QList<LabStep>& steps() const { return m_steps; }
    const QList<PasskeyCheck>& checks() const { return m_checks; }
    const LabOutcome& outcome() const { return m_outcome; }
    const std::optional<AuthResult>& tokens() const { return m_tokens; }

private:
    enum class Stage
    {
        Register,
        Complete,
        Initiate,
        Answer,
        Delete,
        Done
    };

    std::optional<LabRequest> send(LabRequest request);
    std::optional<LabRequest> complete(const QJsonObject& answer);
    std::optional<LabRequest> initiate();
    std::optional<LabRequest> answerChallenge(const QJsonObject& answer);
    std::optional<LabRequest> cleanUp();
    std::optional<LabRequest> stop(const QString& type, const QString& message,
                                   const QString& advice = {});
    // Checks `assertion` against the request options as the relying party will.
    bool check(const QJsonObject& requestOptions,
               const webauthn::SoftwareAuthenticator::Assertion& assertion);

    Options m_options;
    std::unique_ptr<webauthn::SoftwareAuthenticator> m_key;
    Stage m_stage = Stage::Register;
    QString m_relyingParty;
    std::uint32_t m_registeredCount = 0;
    QList<LabStep> m_steps;
    QList<PasskeyCheck> m_checks;
    LabOutcome m_outcome;
    std::optional<AuthResult> m_tokens;
};

} // namespace tessera::pool::lab
