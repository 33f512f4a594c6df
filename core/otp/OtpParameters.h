// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/Digest.h"
#include "crypto/SecureBytes.h"
#include "util/Expected.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace tessera::otp {

enum class OtpType
{
    Totp,
    Hotp,
    Steam
};

using crypto::HashAlgorithm;

// Limits Tessera accepts; see docs/otpauth-policy.md for why.
inline constexpr int kMinDigits = 6;
inline constexpr int kMaxDigits = 10;
inline constexpr int kSteamDigits = 5;
inline constexpr int kMinPeriod = 1;
inline constexpr int kMaxPeriod = 86400;
inline constexpr int kDefaultPeriod = 30;
inline constexpr int kDefaultDigits = 6;
// Lengths for new input (add, edit, import, otpauth:// URIs); see docs/otpauth-policy.md. Real
// labels are tens of characters and real secrets 10 to 64 bytes; the limits are far above both
// and keep a hostile file from filling the vault (a 60 MB account name once made a 62 MB vault).
inline constexpr int kMaxLabelLength = 1024;          // issuer, account name: characters
inline constexpr std::size_t kMaxSecretBytes = 1024;  // the decoded secret
inline constexpr int kMaxExtraParameters = 32;        // otpauth:// parameters kept verbatim
inline constexpr int kMaxExtraParameterLength = 4096; // each name and each value: characters

// What a caller asks for; OtpParameters::create() checks it.
struct OtpSpec
{
    OtpType type = OtpType::Totp;
    HashAlgorithm algorithm = HashAlgorithm::Sha1;
    int digits = kDefaultDigits;
    int period = kDefaultPeriod;
    quint64 counter = 0;
    crypto::SecureBytes secret;
    QString issuer;
    QString account;
    // otpauth:// parameters Tessera does not interpret, kept in order so they survive a round trip.
    QList<std::pair<QString, QString>> extraParameters;
};

// A complete, valid description of one OTP generator. Only create() makes one, so every instance
// holds a usable secret and parameters inside Tessera's limits. Steam entries are normalised to
// Steam Guard's fixed SHA1 / 5 characters / 30 seconds.
class OtpParameters
{
    Q_DECLARE_TR_FUNCTIONS(tessera::otp::OtpParameters)

public:
    static Expected<OtpParameters> create(OtpSpec spec);
    // For what a vault already holds: create()'s checks except the length limits above, which
    // came later, so a vault with longer text still opens and loses nothing. New text (an edit,
    // an import) goes through create() and meets them.
    static Expected<OtpParameters> restore(OtpSpec spec);

    OtpType type() const { return m_spec.type; }
    HashAlgorithm algorithm() const { return m_spec.algorithm; }
    int digits() const { return m_spec.digits; }
    int period() const { return m_spec.period; }
    quint64 counter() const { return m_spec.counter; }
    const crypto::SecureBytes& secret() const { return m_spec.secret; }
    const QString& issuer() const { return m_spec.issuer; }
    const QString& account() const { return m_spec.account; }
    const QList<std::pair<QString, QString>>& extraParameters() const
    {
        return m_spec.extraParameters;
    }

    bool isTimeBased() const { return m_spec.type != OtpType::Hotp; }

    // Moves the HOTP counter on; no other field can change after creation.
    void setCounter(quint64 counter) { m_spec.counter = counter; }

    OtpParameters clone() const;
    // A copy of what create() was given (after its normalisation), e.g. to check it again.
    OtpSpec toSpec() const;

private:
    explicit OtpParameters(OtpSpec spec) : m_spec(std::move(spec)) {}
    static Expected<OtpParameters> make(OtpSpec spec, bool withLengthLimits);

    OtpSpec m_spec;
};

// "totp", "hotp", "steam".
QString typeName(OtpType type);
// "SHA1", "SHA256", "SHA512".
QString algorithmName(HashAlgorithm algorithm);
// Case-insensitive; accepts the names above (and "SHA-1" style with a hyphen).
std::optional<HashAlgorithm> algorithmFromName(QStringView name);

} // namespace tessera::otp
