// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Coins.h"
#include "core/domain/Ids.h"
#include "core/domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace buurtmunt {

// The counter's own shop as GET /v1/shop describes it: who it is, what its
// account holds and what came in today.
struct ShopSummary final {
    ShopId id;
    QString name;
    QString address;
    QString category;  // slug (bakery, greengrocer, ...); the UI translates it
    QString iban;
    Coins balance{0};
    int todayCount = 0;
    Coins todayTotal{0};
    QDateTime asOf;  // UTC, the server's time of the answer

    bool isValid() const { return id.isValid(); }
    // The whole GET /v1/shop answer ({shop, today, asOf}); "bad-response".
    static Result<ShopSummary> fromJson(const QJsonObject& answer);

    bool operator==(const ShopSummary&) const = default;
};

} // namespace buurtmunt
