// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Coins.h"
#include "core/domain/Result.h"

#include <QJsonObject>
#include <QJsonValue>

namespace buurtmunt {

// The municipality's rule for accepting vouchers while the server cannot be
// reached (settings counter.offline.*), as the device answer carries it in
// `offlineRedemption`. Off unless the server says otherwise, so an older
// server or a missing field never lets a counter take risks.
struct OfflinePolicy final {
    bool enabled = false;
    Coins floorLimit{2500};  // the largest voucher accepted offline
    int maxConsecutive = 5;  // offline acceptances before the server must answer again

    // A missing or null object is the default (off); a present one must be
    // well formed (error "bad-response" naming the field).
    static Result<OfflinePolicy> fromJson(const QJsonValue& value);
    QJsonObject toJson() const;

    bool operator==(const OfflinePolicy&) const = default;
};

} // namespace buurtmunt
