// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetryMode.h"

#include <QStringList>

#include <algorithm>

namespace tessera::pool::retry {

bool isThrottling(const QString& errorType)
{
    static const QStringList throttling = {
        QStringLiteral("Throttling"),
        QStringLiteral("ThrottlingException"),
        QStringLiteral("ThrottledException"),
        QStringLiteral("RequestThrottledException"),
        QStringLiteral("TooManyRequestsException"),
        QStringLiteral("ProvisionedThroughputExceededException"),
        QStringLiteral("TransactionInProgressException"),
        QStringLiteral("RequestLimitExceeded"),
        QStringLiteral("BandwidthLimitExceeded"),
        QStringLiteral("LimitExceededException"),
        QStringLiteral("RequestThrottled"),
        QStringLiteral("SlowDown"),
        QStringLiteral("PriorRequestNotComplete"),
        QStringLiteral("EC2ThrottledException"),
        QStringLiteral("RequestTimeout"),
        QStringLiteral("RequestTimeoutException"),
    };
    return throttling.contains(errorType);
}

qint64 backoffMs(int retry, int baseMs, int maxMs, double jitter)
{
    const int shift = std::clamp(retry - 1, 0, 30);
    const qint64 ceiling = std::min<qint64>(qint64(baseMs) << shift, maxMs);
    return qint64(double(ceiling) * std::clamp(jitter, 0.0, 1.0));
}

} // namespace tessera::pool::retry
