// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ClaimRules.h"

#include "server/MunicipalitySettings.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace buurtmunt::server {

Result<ClaimRules> ClaimRules::load(QSqlDatabase& db)
{
    ClaimRules rules;
    constexpr qint64 kMaxCents = std::numeric_limits<qint64>::max() / 4;
    auto maxOpen = readNumberSetting(db, kMaxOpenKey, rules.maxOpenClaims, 1, 1000);
    if (!maxOpen)
        return maxOpen.error();
    auto yearly = readNumberSetting(db, kYearlyCapKey, rules.cap.yearlyCap.cents(), 0, kMaxCents);
    if (!yearly)
        return yearly.error();
    auto monthly = readNumberSetting(db, kMonthlyCapKey, rules.cap.monthlyCap.cents(), 0, kMaxCents);
    if (!monthly)
        return monthly.error();
    auto hourly = readNumberSetting(db, kHourlyRateKey, rules.cap.hourlyRate.cents(), 0, kMaxCents);
    if (!hourly)
        return hourly.error();
    auto second = readNumberSetting(db, kSecondApproverKey, rules.secondApproverAbove.cents(), 0, kMaxCents);
    if (!second)
        return second.error();
    rules.maxOpenClaims = static_cast<int>(maxOpen.value());
    rules.cap.yearlyCap = Coins(yearly.value());
    rules.cap.monthlyCap = Coins(monthly.value());
    rules.cap.hourlyRate = Coins(hourly.value());
    rules.secondApproverAbove = Coins(second.value());
    return rules;
}

Status ClaimRules::save(QSqlDatabase& db) const
{
    const QList<std::pair<const char*, qint64>> values{
        {kMaxOpenKey, maxOpenClaims},
        {kYearlyCapKey, cap.yearlyCap.cents()},
        {kMonthlyCapKey, cap.monthlyCap.cents()},
        {kHourlyRateKey, cap.hourlyRate.cents()},
        {kSecondApproverKey, secondApproverAbove.cents()},
    };
    for (const auto& [key, value] : values) {
        if (Status s = writeSetting(db, QString::fromLatin1(key), QString::number(value)); !s)
            return s;
    }
    return {};
}

} // namespace buurtmunt::server
