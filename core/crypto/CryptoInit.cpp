// SPDX-License-Identifier: GPL-3.0-or-later
#include "CryptoInit.h"

#include "AesGcm.h"
#include "Hmac.h"
#include "Scrypt.h"

#include <QByteArray>

#include <openssl/crypto.h>

#include <array>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif
#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

namespace tessera::crypto {

namespace {

std::span<const std::uint8_t> asBytes(const QByteArray& data)
{
    return {reinterpret_cast<const std::uint8_t*>(data.constData()), std::size_t(data.size())};
}

void disableCoreDumps()
{
#if defined(Q_OS_UNIX)
    struct rlimit none = {0, 0};
    setrlimit(RLIMIT_CORE, &none);
#endif
#ifdef Q_OS_LINUX
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

} // namespace

Status selfTest()
{
    // RFC 4231 test case 2.
    const QByteArray key = "Jefe";
    const QByteArray data = "what do ya want for nothing?";
    std::array<std::uint8_t, 32> mac{};
    if (!hmac(HashAlgorithm::Sha256, asBytes(key), asBytes(data), mac) ||
        QByteArray(reinterpret_cast<const char*>(mac.data()), 32).toHex() !=
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843") {
        return makeError(QStringLiteral("HMAC-SHA256 self-test failed"));
    }
    // AES-256-GCM round trip with a tampered-tag check.
    const QByteArray aesKey(32, '\x01');
    const QByteArray nonce(12, '\x02');
    const QByteArray plain = "tessera self-test";
    auto sealed = aesgcm::encrypt(asBytes(aesKey), asBytes(nonce), "aad", asBytes(plain));
    if (!sealed) {
        return makeError(QStringLiteral("AES-256-GCM self-test failed to encrypt"));
    }
    auto opened = aesgcm::decrypt(asBytes(aesKey), asBytes(nonce), "aad", *sealed);
    QByteArray tampered = *sealed;
    tampered[0] = char(tampered[0] ^ 1);
    if (!opened || opened->view() != plain ||
        aesgcm::decrypt(asBytes(aesKey), asBytes(nonce), "aad", tampered).hasValue()) {
        return makeError(QStringLiteral("AES-256-GCM self-test failed"));
    }
    // RFC 7914 section 12, second vector (N=1024, r=8, p=16: about 1 MiB, a few milliseconds).
    const QByteArray password = "password";
    const QByteArray salt = "NaCl";
    auto derived = scrypt(asBytes(password), asBytes(salt), {1024, 8, 16}, 64);
    if (!derived ||
        derived->view().toByteArray().toHex() !=
            "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff1"
            "09279d9830dac727afb94a83ee6d8360cbdfa2cc0640") {
        return makeError(QStringLiteral("scrypt self-test failed"));
    }
    return {};
}

Status initialise()
{
    disableCoreDumps();
    // 1 MiB of locked memory holds every secret Tessera keeps at once with room to spare.
    // If the system refuses to lock memory, SecureBytes falls back to the wiped normal heap.
    if (CRYPTO_secure_malloc_initialized() == 0) {
        CRYPTO_secure_malloc_init(std::size_t(1) << 20, 32);
    }
    return selfTest();
}

} // namespace tessera::crypto
