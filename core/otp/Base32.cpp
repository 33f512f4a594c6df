// SPDX-License-Identifier: GPL-3.0-or-later
#include "Base32.h"

#include <QCoreApplication>

#include <openssl/crypto.h>

namespace tessera::otp::base32 {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

int valueOf(char16_t c)
{
    if (c >= u'A' && c <= u'Z') {
        return c - u'A';
    }
    if (c >= u'a' && c <= u'z') {
        return c - u'a';
    }
    if (c >= u'2' && c <= u'7') {
        return c - u'2' + 26;
    }
    return -1;
}

bool isSeparator(char16_t c)
{
    return c == u' ' || c == u'-' || c == u'\t';
}

QString describe(QChar c)
{
    if (c.isPrint()) {
        return QStringLiteral("'%1'").arg(c);
    }
    return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace

Expected<crypto::SecureBytes> decode(QStringView text)
{
    crypto::SecureBytes out(std::size_t(text.size()) * 5 / 8 + 1);
    std::size_t written = 0;
    std::uint32_t buffer = 0;
    int bits = 0;
    bool sawPadding = false;
    bool sawSymbol = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (isSeparator(c)) {
            continue;
        }
        if (c == u'=') {
            sawPadding = true;
            continue;
        }
        const int value = valueOf(c);
        if (value < 0 || sawPadding) {
            const QString why = sawPadding && value >= 0
                                    ? QCoreApplication::translate(
                                          "Base32", " (padding '=' may only come at the end)")
                                    : QString();
            return makeError(
                QCoreApplication::translate("Base32", "secret is not Base32: %1 at position %2%3")
                    .arg(describe(text[i]))
                    .arg(i + 1)
                    .arg(why));
        }
        sawSymbol = true;
        buffer = (buffer << 5) | std::uint32_t(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.data()[written++] = std::uint8_t(buffer >> bits);
            buffer &= (1U << bits) - 1U;
        }
    }
    // The last bits of the secret: a plain `buffer = 0` is a dead store the optimiser may drop.
    OPENSSL_cleanse(&buffer, sizeof buffer);
    if (!sawSymbol) {
        return makeError(QCoreApplication::translate("Base32", "secret is empty"));
    }
    if (written == 0) {
        return makeError(QCoreApplication::translate(
            "Base32",
            "secret is too short: it must decode to at least one byte (two Base32 characters)"));
    }
    out.resize(written);
    return out;
}

QString encode(std::span<const std::uint8_t> bytes)
{
    QString out;
    out.reserve(qsizetype((bytes.size() * 8 + 4) / 5));
    std::uint32_t buffer = 0;
    int bits = 0;
    for (const std::uint8_t byte : bytes) {
        buffer = (buffer << 8) | byte;
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out.append(QLatin1Char(kAlphabet[(buffer >> bits) & 31U]));
        }
        buffer &= (1U << bits) - 1U;
    }
    if (bits > 0) {
        out.append(QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 31U]));
    }
    return out;
}

} // namespace tessera::otp::base32
