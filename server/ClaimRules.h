// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Coins.h"
#include "core/domain/EarningsCap.h"
#include "server/Database.h"

namespace buurtmunt::server {

// The municipality's claim rules, kept in the settings table so every server
// process behind a load balancer applies the same ones. A key that is absent
// takes the default; a key that is present but unusable is an error naming
// it, never a silent default, because the cap protects residents' benefits.
struct ClaimRules final {
    static constexpr auto kMaxOpenKey = "claims.maxOpen";
    static constexpr auto kYearlyCapKey = "cap.yearlyCents";
    static constexpr auto kMonthlyCapKey = "cap.monthlyCents";
    static constexpr auto kHourlyRateKey = "cap.hourlyRateCents";
    static constexpr auto kSecondApproverKey = "claims.secondApproverAboveCents";

    int maxOpenClaims = 3;
    EarningsCapRules cap;
    // Approving a reward strictly above this needs two different approvers.
    Coins secondApproverAbove{5000};

    // Error code "invalid-setting" names the key and the value found.
    static Result<ClaimRules> load(QSqlDatabase& db);
    Status save(QSqlDatabase& db) const;
};

} // namespace buurtmunt::server
