// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clock.h"

#include <QDateTime>

namespace tessera::otp {

Clock systemClock()
{
    return [] { return QDateTime::currentSecsSinceEpoch(); };
}

} // namespace tessera::otp
