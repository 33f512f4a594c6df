// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmsCostProjection.h"

#include <algorithm>
#include <cmath>

namespace tessera::pool::lab {

namespace {

bool isShare(double value)
{
    return value >= 0 && value <= 1;
}

} // namespace

std::optional<double> SmsPriceTable::priceFor(const QString& country) const
{
    for (const Price& price : prices) {
        if (price.country.compare(country, Qt::CaseInsensitive) == 0) {
            return price.perMessage;
        }
    }
    return std::nullopt;
}

SmsPriceTable SmsPriceTable::sample()
{
    SmsPriceTable table;
    table.asOf = QDate(2024, 1, 15);
    table.note = QCoreApplication::translate(
        "tessera::pool::lab::SmsCostProjection",
        "Sample prices per outbound transactional SMS, for illustration only; not current AWS "
        "prices. Replace them with your own bill's or the SNS pricing page's.");
    table.prices = {{QStringLiteral("US"), 0.00581}, {QStringLiteral("CA"), 0.00575},
                    {QStringLiteral("GB"), 0.0405},  {QStringLiteral("DE"), 0.0866},
                    {QStringLiteral("FR"), 0.0689},  {QStringLiteral("IN"), 0.0022},
                    {QStringLiteral("BR"), 0.0336},  {QStringLiteral("AU"), 0.0395},
                    {QStringLiteral("JP"), 0.0745}};
    return table;
}

Expected<void> SmsCostProjection::check(const SmsCostInputs& inputs)
{
    if (inputs.users < 0) {
        return makeError(tr("the number of users cannot be negative"));
    }
    if (inputs.signInsPerUserPerMonth < 0) {
        return makeError(tr("sign-ins per user per month cannot be negative"));
    }
    if (!isShare(inputs.shareChallenged)) {
        return makeError(tr("the share of sign-ins challenged must be from 0 to 1 (0% to 100%)"));
    }
    if (!isShare(inputs.shareSms)) {
        return makeError(tr("the share of SMS users must be from 0 to 1 (0% to 100%)"));
    }
    if (inputs.monthlyGrowth <= -1) {
        return makeError(tr("monthly growth must be above -100%"));
    }
    return {};
}

Expected<double> SmsCostProjection::meanPrice(const SmsCostInputs& inputs,
                                              const SmsPriceTable& table)
{
    if (inputs.destinations.isEmpty()) {
        return makeError(tr("say where the texts go: at least one destination country"));
    }
    double total = 0;
    double mean = 0;
    for (const auto& [country, share] : inputs.destinations) {
        if (!isShare(share)) {
            return makeError(
                tr("the share of texts to %1 must be from 0 to 1 (0% to 100%)").arg(country));
        }
        const auto price = table.priceFor(country);
        if (!price) {
            return makeError(tr("the price table has no price for %1: add it").arg(country));
        }
        total += share;
        mean += share * *price;
    }
    if (std::abs(total - 1) > 1e-6) {
        return makeError(tr("the destination shares add up to %1%, not 100%")
                             .arg(QString::number(total * 100, 'g', 4)));
    }
    return mean;
}

Expected<QList<SmsCostMonth>> SmsCostProjection::project(const SmsCostInputs& inputs,
                                                         const SmsPriceTable& table, int months)
{
    if (auto valid = check(inputs); !valid) {
        return makeError(valid.error());
    }
    if (months < 1 || months > kMaxMonths) {
        return makeError(tr("project 1 to %1 months, not %2").arg(kMaxMonths).arg(months));
    }
    const auto price = meanPrice(inputs, table);
    if (!price) {
        return makeError(price.error());
    }
    QList<SmsCostMonth> line;
    line.reserve(months);
    for (int month = 1; month <= months; ++month) {
        SmsCostMonth row;
        row.month = month;
        row.users = double(inputs.users) * std::pow(1 + inputs.monthlyGrowth, month - 1);
        row.messages =
            row.users * inputs.signInsPerUserPerMonth * inputs.shareChallenged * inputs.shareSms;
        row.cost = row.messages * *price;
        line.append(row);
    }
    return line;
}

Expected<SmsBreakEven> SmsCostProjection::breakEven(const SmsCostInputs& inputs,
                                                    const SmsPriceTable& table, double shareMoved,
                                                    double costPerUserMoved)
{
    if (!isShare(shareMoved)) {
        return makeError(tr("the share of SMS users moved must be from 0 to 1 (0% to 100%)"));
    }
    if (costPerUserMoved < 0) {
        return makeError(tr("the cost of moving a user cannot be negative"));
    }
    const auto line = project(inputs, table, kMaxMonths);
    if (!line) {
        return makeError(line.error());
    }
    SmsBreakEven result;
    result.oneTimeCost = double(inputs.users) * inputs.shareSms * shareMoved * costPerUserMoved;
    result.firstMonthSaving = line->first().cost * shareMoved;
    double saved = 0;
    for (const SmsCostMonth& month : *line) {
        saved += month.cost * shareMoved;
        if (saved >= result.oneTimeCost && saved > 0) {
            result.month = month.month;
            break;
        }
    }
    if (result.oneTimeCost == 0) {
        result.month = 1;
    }
    return result;
}

SmsShares SmsCostProjection::sharesFrom(const MfaConfig& mfa,
                                        const std::optional<EnrolmentSummary>& users)
{
    SmsShares shares;
    const qsizetype factorsOn = mfa.enabledFactors().size();
    shares.sms = mfa.smsEnabled() && factorsOn > 0 ? 1.0 / double(factorsOn) : 0.0;
    shares.challenged = mfa.mode == MfaMode::Off ? 0.0 : 1.0;
    if (!users || users->counted <= 0) {
        return shares;
    }
    shares.fromFactorMix = true;
    const qint64 enrolled = users->counted - users->withoutFactor;
    if (mfa.mode == MfaMode::Optional) {
        shares.challenged = double(enrolled) / double(users->counted);
    }
    if (mfa.smsEnabled() && enrolled > 0) {
        shares.sms = std::min(1.0, double(users->withSms) / double(enrolled));
    }
    return shares;
}

} // namespace tessera::pool::lab
