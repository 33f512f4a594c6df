// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace tessera {

// A rough estimate of how hard a password is to guess, for the hint beside a new vault password.
// It is not a policy: the vault accepts any password the user confirms.
struct PasswordStrength
{
    enum class Level
    {
        Empty,
        Weak,   // under 40 bits
        Fair,   // 40 to 69 bits
        Strong, // 70 bits and more
    };
    double bits = 0;
    Level level = Level::Empty;
};

// Bits from the character classes used and the length, where a character that repeats the one
// before it or continues a run ("aaaa", "1234", "abcd") counts for little.
PasswordStrength estimatePasswordStrength(QStringView password);

} // namespace tessera
