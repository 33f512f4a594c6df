// SPDX-License-Identifier: GPL-3.0-or-later
#include "StratumFormat.h"

#include "SimpleJsonFormats.h"
#include "TransferCrypto.h"
#include "crypto/AesGcm.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace tessera::transfer {

namespace {

const QString kFormat = QStringLiteral("stratum");
constexpr QByteArrayView kHeader("AUTHENTICATORPRO");
constexpr QByteArrayView kLegacyHeader("AuthenticatorPro");
constexpr qsizetype kHeaderSize = 16;

// Stratum's fixed Argon2id parameters: 3 passes, 64 MiB, 4 lanes.
constexpr int kArgonIterations = 3;
constexpr int kArgonMemoryKiB = 1 << 16;
constexpr int kArgonParallelism = 4;
constexpr qsizetype kSaltSize = 16;
constexpr qsizetype kNonceSize = 12;

constexpr int kLegacyIterations = 64000;
constexpr qsizetype kLegacySaltSize = 20;
constexpr qsizetype kLegacyIvSize = 16;

ImportResult wrongPassword()
{
    return ImportResult::failed(
        ImportFailure::WrongPassword,
        StratumFormat::tr("wrong password for this Authenticator Pro / Stratum backup "
                          "(or the file is damaged)"),
        kFormat);
}

} // namespace

bool StratumFormat::recognises(QByteArrayView data)
{
    return data.startsWith(kHeader) || data.startsWith(kLegacyHeader);
}

ImportResult StratumFormat::readEncrypted(QByteArrayView data, const crypto::SecureBytes* password)
{
    if (password == nullptr) {
        return ImportResult::failed(ImportFailure::PasswordRequired,
                                    tr("this is an encrypted Authenticator Pro / Stratum backup: "
                                       "give its password"),
                                    kFormat);
    }
    const bool legacy = data.startsWith(kLegacyHeader);
    const qsizetype saltSize = legacy ? kLegacySaltSize : kSaltSize;
    const qsizetype ivSize = legacy ? kLegacyIvSize : kNonceSize;
    if (data.size() <= kHeaderSize + saltSize + ivSize + 16) {
        return ImportResult::failed(ImportFailure::Damaged,
                                    tr("the encrypted Authenticator Pro / Stratum backup is too "
                                       "short"),
                                    kFormat);
    }
    const QByteArrayView salt = data.sliced(kHeaderSize, saltSize);
    const QByteArrayView iv = data.sliced(kHeaderSize + saltSize, ivSize);
    const QByteArrayView body = data.sliced(kHeaderSize + saltSize + ivSize);
    const auto key = legacy ? TransferCrypto::pbkdf2(crypto::HashAlgorithm::Sha1, *password, salt,
                                                     kLegacyIterations, 32)
                            : TransferCrypto::argon2id(*password, salt, kArgonIterations,
                                                       kArgonMemoryKiB, kArgonParallelism, 32);
    if (!key) {
        return ImportResult::failed(ImportFailure::Damaged, key.error(), kFormat);
    }
    const auto plain = legacy
                           ? TransferCrypto::aesCbcDecrypt(key->span(), iv, body)
                           : crypto::aesgcm::decrypt(key->span(), crypto::byteSpan(iv), {}, body);
    if (!plain) {
        return wrongPassword();
    }
    const QJsonDocument document = QJsonDocument::fromJson(plain->view().toByteArray());
    if (!document.isObject()) {
        // CBC (legacy) has no tag: a wrong key can still end in valid padding.
        return legacy ? wrongPassword()
                      : ImportResult::failed(ImportFailure::Damaged,
                                             tr("the decrypted Authenticator Pro / Stratum backup "
                                                "is not JSON"),
                                             kFormat);
    }
    return SimpleJsonFormats::read(kFormat, document);
}

} // namespace tessera::transfer
