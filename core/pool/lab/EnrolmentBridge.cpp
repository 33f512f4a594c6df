// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnrolmentBridge.h"

#include "otp/Base32.h"
#include "otp/OtpAuthUri.h"
#include "otp/OtpGenerator.h"

namespace tessera::pool::lab {

EnrolmentBridge::EnrolmentBridge(Options options, otp::Clock clock)
    : m_options(std::move(options)), m_clock(std::move(clock))
{}

QJsonObject EnrolmentBridge::authorisation() const
{
    if (!m_options.accessToken.isEmpty()) {
        return {{QStringLiteral("AccessToken"), m_options.accessToken}};
    }
    return {{QStringLiteral("Session"), m_options.session}};
}

std::optional<LabRequest> EnrolmentBridge::fail(PoolError error)
{
    m_error = std::move(error);
    m_stage = Stage::Failed;
    return std::nullopt;
}

std::optional<LabRequest> EnrolmentBridge::start()
{
    if (m_options.accessToken.isEmpty() == m_options.session.isEmpty()) {
        return fail(PoolError::invalidParameter(
            tr("Set up an authenticator with the user's access token or a sign-in's session, "
               "exactly one of them.")));
    }
    m_stage = Stage::Associating;
    return LabRequest{QStringLiteral("AssociateSoftwareToken"), authorisation()};
}

std::optional<LabRequest> EnrolmentBridge::next(const PoolResult& answer)
{
    if (!answer) {
        return fail(answer.failure());
    }
    if (const QString session = answer->value(QStringLiteral("Session")).toString();
        !session.isEmpty()) {
        m_options.session = session;
    }
    switch (m_stage) {
    case Stage::Associating: {
        const QString secret = answer->value(QStringLiteral("SecretCode")).toString();
        auto bytes = otp::base32::decode(secret);
        if (!bytes) {
            return fail(PoolError::internal(
                tr("AssociateSoftwareToken answered with a secret that is not Base32")));
        }
        otp::OtpSpec spec;
        spec.secret = std::move(*bytes);
        spec.issuer = m_options.issuer;
        spec.account = m_options.account;
        auto parameters = otp::OtpParameters::create(std::move(spec));
        if (!parameters) {
            return fail(PoolError::internal(parameters.error()));
        }
        m_parameters = std::move(*parameters);
        m_stage = Stage::Verifying;
        return verifyRequest();
    }
    case Stage::Verifying:
        if (answer->value(QStringLiteral("Status")).toString() != QLatin1String("SUCCESS")) {
            return fail(PoolError::internal(tr("VerifySoftwareToken did not answer SUCCESS")));
        }
        if (m_options.accessToken.isEmpty()) {
            m_stage = Stage::Done;
            return std::nullopt;
        }
        m_stage = Stage::Preferring;
        return LabRequest{QStringLiteral("SetUserMFAPreference"),
                          {{QStringLiteral("AccessToken"), m_options.accessToken},
                           {QStringLiteral("SoftwareTokenMfaSettings"),
                            QJsonObject{{QStringLiteral("Enabled"), true},
                                        {QStringLiteral("PreferredMfa"), true}}}}};
    case Stage::Preferring:
        m_stage = Stage::Done;
        return std::nullopt;
    case Stage::Idle:
    case Stage::Done:
    case Stage::Failed:
        break;
    }
    return std::nullopt;
}

LabRequest EnrolmentBridge::verifyRequest()
{
    m_code = otp::code(*m_parameters, m_clock());
    QJsonObject body = authorisation();
    body.insert(QStringLiteral("UserCode"), m_code);
    body.insert(QStringLiteral("FriendlyDeviceName"), m_options.deviceName);
    return LabRequest{QStringLiteral("VerifySoftwareToken"), body};
}

std::optional<LabRequest> EnrolmentBridge::verification()
{
    if (m_stage != Stage::Verifying || !m_parameters) {
        return std::nullopt;
    }
    return verifyRequest();
}

QString EnrolmentBridge::uri() const
{
    return m_parameters ? otp::otpauth::format(*m_parameters) : QString();
}

} // namespace tessera::pool::lab
