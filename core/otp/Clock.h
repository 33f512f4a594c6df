// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <functional>

namespace tessera::otp {

// The current time in whole seconds since the Unix epoch. Code that needs "now" takes a Clock,
// so tests and the clock-offset correction can supply their own.
using Clock = std::function<qint64()>;

Clock systemClock();

} // namespace tessera::otp
