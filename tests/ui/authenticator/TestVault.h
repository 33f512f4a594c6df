// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "otp/OtpAuthUri.h"
#include "vault/VaultFile.h"

#include <QStringList>
#include <QTemporaryDir>

namespace tessera::test {

// What the authenticator's widget tests share: a fixed time, a password, a KDF cheap enough to
// run hundreds of times, and vault files made from otpauth:// URIs.

// 18 seconds left in a 30-second period, so the countdown rings show.
inline constexpr qint64 kNow = 1'700'000'022;
inline const QString kPassword = QStringLiteral("correct horse battery staple");

inline crypto::SecureBytes bytes(const QString& text)
{
    return crypto::SecureBytes::fromView(text.toUtf8());
}

inline vault::VaultCreateOptions cheapKdf()
{
    vault::VaultCreateOptions options;
    options.scrypt = crypto::ScryptParameters{1 << 10, 8, 1};
    options.allowWeakKdfForTests = true;
    return options;
}

inline vault::Entry entryFor(const QString& uri)
{
    auto parameters = otp::otpauth::parse(uri);
    Q_ASSERT(parameters);
    return vault::Entry(std::move(*parameters));
}

// A vault file with the entries `uris` describe, under `dir`, locked by kPassword.
inline QString makeVault(const QTemporaryDir& dir, const QStringList& uris)
{
    vault::Vault content;
    for (const QString& uri : uris) {
        content.addEntry(entryFor(uri));
    }
    const QString path = dir.filePath(QStringLiteral("test.tessera"));
    auto file = vault::VaultFile::create(path, bytes(kPassword), std::move(content), cheapKdf());
    Q_ASSERT(file);
    return path;
}

} // namespace tessera::test
