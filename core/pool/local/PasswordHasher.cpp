// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordHasher.h"

#include <QByteArray>
#include <QStringList>

namespace tessera::pool::local {

namespace {

constexpr std::size_t kSaltSize = 16;
constexpr std::size_t kHashSize = 32;

std::span<const std::uint8_t> bytesOf(const QByteArray& bytes)
{
    return {reinterpret_cast<const std::uint8_t*>(bytes.constData()), std::size_t(bytes.size())};
}

// The UTF-8 password in wiped memory.
crypto::SecureBytes utf8(const QString& password)
{
    QByteArray bytes = password.toUtf8();
    crypto::SecureBytes secure = crypto::SecureBytes::fromView(bytes);
    bytes.fill('\0');
    return secure;
}

} // namespace

PasswordHasher::PasswordHasher(crypto::ScryptParameters parameters, crypto::RandomSource random)
    : m_parameters(parameters), m_random(std::move(random))
{}

std::optional<QString> PasswordHasher::hash(const QString& password) const
{
    const crypto::SecureBytes salt = crypto::randomSecret(kSaltSize, m_random);
    if (salt.isEmpty()) {
        return std::nullopt;
    }
    const auto key = crypto::scrypt(utf8(password).span(), salt.span(), m_parameters, kHashSize);
    if (!key) {
        return std::nullopt;
    }
    return QStringLiteral("scrypt$%1$%2$%3$%4$%5")
        .arg(m_parameters.n)
        .arg(m_parameters.r)
        .arg(m_parameters.p)
        .arg(QString::fromLatin1(salt.view().toByteArray().toBase64()),
             QString::fromLatin1(key->view().toByteArray().toBase64()));
}

bool PasswordHasher::verify(const QString& password, const QString& stored) const
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 6 || parts[0] != QLatin1String("scrypt")) {
        return false;
    }
    crypto::ScryptParameters parameters;
    bool okN = false;
    bool okR = false;
    bool okP = false;
    parameters.n = parts[1].toULongLong(&okN);
    parameters.r = parts[2].toUInt(&okR);
    parameters.p = parts[3].toUInt(&okP);
    if (!okN || !okR || !okP) {
        return false;
    }
    const QByteArray salt = QByteArray::fromBase64(parts[4].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[5].toLatin1());
    const auto key = crypto::scrypt(utf8(password).span(), bytesOf(salt), parameters,
                                    std::size_t(expected.size()));
    return key && key->equals(bytesOf(expected));
}

} // namespace tessera::pool::local
