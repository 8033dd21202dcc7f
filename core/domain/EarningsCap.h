// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Coins.h"

#include <QString>

namespace buurtmunt {

// The Dutch volunteer-allowance rules that keep rewards from touching a
// resident's benefits. They change by year and by municipality, so every
// figure is configuration; the defaults are Heerlen's (€1,500 a year), the
// legal monthly limit (€180) and €5 per hour.
struct EarningsCapRules final {
    Coins yearlyCap{150000};
    Coins monthlyCap{18000};
    Coins hourlyRate{500};
};

struct CapCheck final {
    bool allowed = false;
    // "yearly-cap", "monthly-cap", "hourly-rate", or empty when allowed.
    QString reason;
    // Room left before this reward (never negative), shown at every claim.
    Coins remainingYear;
    Coins remainingMonth;
    // The most a task of this length may pay: hourly rate × minutes / 60,
    // rounded down to the cent.
    Coins maxRewardForTime;
};

// earnedThisYear and earnedThisMonth include rewards of claims still open, so
// a resident cannot over-commit by claiming several tasks at once.
CapCheck checkEarningsCap(const EarningsCapRules& rules, Coins earnedThisYear, Coins earnedThisMonth,
                          Coins reward, int estimatedMinutes);

} // namespace buurtmunt
