// SPDX-License-Identifier: GPL-3.0-or-later
#include "Enrolment.h"

#include "PoolUser.h"

namespace tessera::pool {

bool UserFactors::anyBesides(const QString& factor) const
{
    return (sms && factor != QLatin1String(factors::kSms)) ||
           (softwareToken && factor != QLatin1String(factors::kSoftwareToken)) ||
           (email && factor != QLatin1String(factors::kEmail));
}

UserFactors UserFactors::fromSettingList(const QStringList& settings, const QString& preferred)
{
    UserFactors factors;
    factors.sms = settings.contains(QLatin1String(factors::kSms));
    factors.softwareToken = settings.contains(QLatin1String(factors::kSoftwareToken));
    factors.email = settings.contains(QLatin1String(factors::kEmail));
    factors.preferred = preferred;
    return factors;
}

void EnrolmentSummary::add(const UserFactors& factors, qint64 users)
{
    counted += users;
    if (!factors.any()) {
        withoutFactor += users;
        return;
    }
    withSms += factors.sms ? users : 0;
    withSoftwareToken += factors.softwareToken ? users : 0;
    withEmail += factors.email ? users : 0;
    preferSms += factors.preferred == QLatin1String(factors::kSms) ? users : 0;
    preferSoftwareToken += factors.preferred == QLatin1String(factors::kSoftwareToken) ? users : 0;
    preferEmail += factors.preferred == QLatin1String(factors::kEmail) ? users : 0;
    onlySms += factors.sms && !factors.anyBesides(QLatin1String(factors::kSms)) ? users : 0;
    onlySoftwareToken +=
        factors.softwareToken && !factors.anyBesides(QLatin1String(factors::kSoftwareToken)) ? users
                                                                                             : 0;
    onlyEmail += factors.email && !factors.anyBesides(QLatin1String(factors::kEmail)) ? users : 0;
}

qint64 EnrolmentSummary::with(const QString& factor) const
{
    if (factor == QLatin1String(factors::kSms)) {
        return withSms;
    }
    return factor == QLatin1String(factors::kEmail) ? withEmail : withSoftwareToken;
}

qint64 EnrolmentSummary::preferring(const QString& factor) const
{
    if (factor == QLatin1String(factors::kSms)) {
        return preferSms;
    }
    return factor == QLatin1String(factors::kEmail) ? preferEmail : preferSoftwareToken;
}

qint64 EnrolmentSummary::only(const QString& factor) const
{
    if (factor == QLatin1String(factors::kSms)) {
        return onlySms;
    }
    return factor == QLatin1String(factors::kEmail) ? onlyEmail : onlySoftwareToken;
}

} // namespace tessera::pool
