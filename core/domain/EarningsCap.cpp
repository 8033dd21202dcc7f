// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "EarningsCap.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace buurtmunt {

namespace {

// GCC's 128-bit integer, so no configured figure can overflow the arithmetic.
__extension__ using Int128 = __int128;

// cap - earned, clamped to [0, max].
Coins remaining(Coins cap, Coins earned)
{
    const Int128 room = static_cast<Int128>(cap.cents()) - earned.cents();
    if (room <= 0)
        return Coins(0);
    return Coins(static_cast<qint64>(std::min<Int128>(room, std::numeric_limits<qint64>::max())));
}

} // namespace

CapCheck checkEarningsCap(const EarningsCapRules& rules, Coins earnedThisYear, Coins earnedThisMonth,
                          Coins reward, int estimatedMinutes)
{
    CapCheck check;
    check.remainingYear = remaining(rules.yearlyCap, earnedThisYear);
    check.remainingMonth = remaining(rules.monthlyCap, earnedThisMonth);
    const Int128 forTime = static_cast<Int128>(std::max<qint64>(rules.hourlyRate.cents(), 0))
        * std::max(estimatedMinutes, 0) / 60;
    check.maxRewardForTime = Coins(static_cast<qint64>(std::min<Int128>(forTime, std::numeric_limits<qint64>::max())));

    if (reward > check.remainingYear)
        check.reason = u"yearly-cap"_s;
    else if (reward > check.remainingMonth)
        check.reason = u"monthly-cap"_s;
    else if (reward > check.maxRewardForTime)
        check.reason = u"hourly-rate"_s;
    check.allowed = check.reason.isEmpty();
    return check;
}

} // namespace buurtmunt
