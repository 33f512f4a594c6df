// SPDX-License-Identifier: GPL-3.0-or-later
#include "OtpGenerator.h"

#include "crypto/Hmac.h"

#include <array>
#include <cstdint>

namespace tessera::otp {

namespace {

// RFC 4226 section 5.3: the 31-bit value at the offset named by the low nibble of the last byte.
bool truncatedValue(const crypto::SecureBytes& secret, HashAlgorithm algorithm, quint64 counter,
                    std::uint32_t& value)
{
    std::array<std::uint8_t, 8> message{};
    for (int i = 7; i >= 0; --i) {
        message[std::size_t(i)] = std::uint8_t(counter & 0xffU);
        counter >>= 8;
    }
    std::array<std::uint8_t, 64> mac{};
    const auto size = std::size_t(crypto::digestSize(algorithm));
    const bool ok = crypto::hmac(algorithm, secret.span(), message, std::span(mac.data(), size));
    if (!ok) {
        return false;
    }
    const std::size_t offset = mac[size - 1] & 0x0fU;
    value = (std::uint32_t(mac[offset] & 0x7fU) << 24) | (std::uint32_t(mac[offset + 1]) << 16) |
            (std::uint32_t(mac[offset + 2]) << 8) | std::uint32_t(mac[offset + 3]);
    mac.fill(0);
    return true;
}

} // namespace

QString hotp(const crypto::SecureBytes& secret, HashAlgorithm algorithm, quint64 counter,
             int digits)
{
    std::uint32_t value = 0;
    if (!truncatedValue(secret, algorithm, counter, value)) {
        return {};
    }
    // 2^31 < 10^10, so for 10 digits the modulus is a no-op and zero padding does the rest.
    std::uint64_t modulus = 1;
    for (int i = 0; i < digits; ++i) {
        modulus *= 10;
    }
    return QStringLiteral("%1").arg(std::uint64_t(value) % modulus, digits, 10, QLatin1Char('0'));
}

QString steam(const crypto::SecureBytes& secret, quint64 counter)
{
    static constexpr char kSteamAlphabet[] = "23456789BCDFGHJKMNPQRTVWXY";
    constexpr std::uint32_t kAlphabetSize = sizeof(kSteamAlphabet) - 1;
    std::uint32_t value = 0;
    if (!truncatedValue(secret, HashAlgorithm::Sha1, counter, value)) {
        return {};
    }
    QString out;
    for (int i = 0; i < kSteamDigits; ++i) {
        out.append(QLatin1Char(kSteamAlphabet[value % kAlphabetSize]));
        value /= kAlphabetSize;
    }
    return out;
}

quint64 timeStep(qint64 unixTime, int period)
{
    if (unixTime < 0 || period <= 0) {
        return 0;
    }
    return quint64(unixTime) / quint64(period);
}

int secondsRemaining(qint64 unixTime, int period)
{
    if (period <= 0) {
        return 0;
    }
    const qint64 into = ((unixTime % period) + period) % period;
    return int(period - into);
}

QString code(const OtpParameters& parameters, qint64 unixTime)
{
    switch (parameters.type()) {
    case OtpType::Hotp:
        return hotp(parameters.secret(), parameters.algorithm(), parameters.counter(),
                    parameters.digits());
    case OtpType::Steam:
        return steam(parameters.secret(), timeStep(unixTime, parameters.period()));
    case OtpType::Totp:
        break;
    }
    return hotp(parameters.secret(), parameters.algorithm(),
                timeStep(unixTime, parameters.period()), parameters.digits());
}

} // namespace tessera::otp
