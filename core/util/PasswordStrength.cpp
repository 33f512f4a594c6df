// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordStrength.h"

#include <QList>

#include <algorithm>
#include <cmath>

namespace tessera {

namespace {

constexpr double kWeakBelow = 40;
constexpr double kStrongFrom = 70;
// A repeated or run-continuing character is worth this share of a free one: guessers try "aaaa"
// and "1234" early.
constexpr double kPredictableWeight = 0.1;

} // namespace

PasswordStrength estimatePasswordStrength(QStringView password)
{
    PasswordStrength strength;
    if (password.isEmpty()) {
        return strength;
    }
    bool lower = false, upper = false, digit = false, other = false;
    double length = 0;
    char32_t previous = 0;
    for (const char32_t c : password.toUcs4()) {
        const QChar::Category category = QChar::category(c);
        lower = lower || category == QChar::Letter_Lowercase;
        upper = upper || category == QChar::Letter_Uppercase;
        digit = digit || QChar::isDigit(c);
        other = other || !QChar::isLetterOrNumber(c);
        const bool predictable =
            previous != 0 && (c == previous || c == previous + 1 || c + 1 == previous);
        length += predictable ? kPredictableWeight : 1.0;
        previous = c;
    }
    // Letters outside ASCII (other scripts, caseless) count as a class of their own size.
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
    strength.bits = length * std::log2(std::max(pool, 26));
    strength.level = strength.bits < kWeakBelow    ? PasswordStrength::Level::Weak
                     : strength.bits < kStrongFrom ? PasswordStrength::Level::Fair
                                                   : PasswordStrength::Level::Strong;
    return strength;
}

} // namespace tessera
