// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pool/Enrolment.h"
#include "pool/MfaConfig.h"
#include "util/Expected.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace tessera::pool::lab {

// What one SMS costs by destination country. The sample table is dated and is never current
// AWS pricing: an administrator edits it from their own bill or the SNS pricing page.
struct SmsPriceTable
{
    struct Price
    {
        QString country; // ISO 3166-1 alpha-2, e.g. "US"
        double perMessage = 0;
    };
    QDate asOf;
    QString currency = QStringLiteral("USD");
    QString note;
    QList<Price> prices;

    std::optional<double> priceFor(const QString& country) const;
    // Illustrative prices with their date, labelled as a sample.
    static SmsPriceTable sample();
};

// Who signs in and how: users now, sign-ins per user per month, the share of sign-ins
// challenged for MFA (from the policy; on the local engine, from real sign-ins), the share of
// challenged users whose factor is SMS (TOTP and email cost nothing per message), where their
// texts go (shares summing to 1) and the monthly growth of users.
struct SmsCostInputs
{
    qint64 users = 0;
    double signInsPerUserPerMonth = 0;
    double shareChallenged = 1;
    double shareSms = 1;
    QList<std::pair<QString, double>> destinations; // country, share of SMS users
    double monthlyGrowth = 0;
};

// The two shares a projection starts from, and where they came from: the MFA policy alone
// (an upper bound: every user is taken to have a factor), or the policy and the pool's counted
// factor mix (the local engine counts every user).
struct SmsShares
{
    double challenged = 1; // SmsCostInputs::shareChallenged
    double sms = 1;        // SmsCostInputs::shareSms
    bool fromFactorMix = false;
};

// One month of the projection.
struct SmsCostMonth
{
    int month = 0; // 1-based
    double users = 0;
    double messages = 0;
    double cost = 0;
};

// Moving SMS users to TOTP: what a month saves at first, what the move costs once, and the
// month in which the savings (growing with the users) have paid for it.
struct SmsBreakEven
{
    double firstMonthSaving = 0;
    double oneTimeCost = 0;
    std::optional<int> month; // none when it never pays within kMaxMonths
};

// The SMS cost arithmetic of the pool console's projection, apart from any chart.
class SmsCostProjection
{
    Q_DECLARE_TR_FUNCTIONS(SmsCostProjection)

public:
    static constexpr int kMaxMonths = 120;

    // The mean price of one text over the destinations, or why the inputs cannot be priced.
    static Expected<double> meanPrice(const SmsCostInputs& inputs, const SmsPriceTable& table);
    // Month by month: users × (1 + growth)^(month-1) × sign-ins × share challenged × share SMS
    // = messages; × mean price = cost.
    static Expected<QList<SmsCostMonth>> project(const SmsCostInputs& inputs,
                                                 const SmsPriceTable& table, int months = 12);
    // Moving `shareMoved` of the SMS users to TOTP at `costPerUserMoved` each (support time,
    // communication), paid once in month 1.
    static Expected<SmsBreakEven> breakEven(const SmsCostInputs& inputs, const SmsPriceTable& table,
                                            double shareMoved, double costPerUserMoved);

    // The shares a policy implies. MFA off challenges no one; required challenges everyone;
    // optional challenges the users with a factor (all of them when the mix is unknown). The
    // SMS share is that of users with SMS set up among those with a factor (an upper bound:
    // some of them may prefer another factor), or, with no mix, one enabled factor's even share;
    // SMS turned off is none.
    static SmsShares sharesFrom(const MfaConfig& mfa,
                                const std::optional<EnrolmentSummary>& users = std::nullopt);

private:
    static Expected<void> check(const SmsCostInputs& inputs);
};

} // namespace tessera::pool::lab
