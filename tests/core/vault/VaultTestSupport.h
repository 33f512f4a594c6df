// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "otp/OtpAuthUri.h"
#include "vault/VaultFile.h"

#include <QByteArray>
#include <QFile>

// Shared by the vault tests and the crash helper: cheap KDF settings and quick fixtures.
namespace tessera::vault::test {

inline crypto::SecureBytes password(const char* text)
{
    return crypto::SecureBytes::fromView(QByteArrayView(text));
}

// scrypt at N=16: fast enough to open a vault thousands of times. Only tests may do this.
inline VaultCreateOptions weakOptions(int backupsToKeep = 10)
{
    VaultCreateOptions options;
    options.scrypt = crypto::ScryptParameters{16, 1, 1};
    options.allowWeakKdfForTests = true;
    options.backupsToKeep = backupsToKeep;
    return options;
}

inline Entry entryFromUri(const QString& uri)
{
    auto parameters = otp::otpauth::parse(uri);
    Q_ASSERT(parameters.hasValue());
    return Entry(std::move(parameters).value());
}

inline QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeAll(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

} // namespace tessera::vault::test
