// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Coins.h"
#include "core/domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace buurtmunt {

// A settlement of the shop's account: coins paid out to the shop in euros.
struct Payout final {
    qint64 transactionId = 0;
    QDateTime at;  // UTC
    Coins amount{0};
    qint64 euroCents = 0;
    QString memo;

    // One item of GET /v1/shop/payouts ("bad-response" naming the field).
    static Result<Payout> fromJson(const QJsonObject& object);

    bool operator==(const Payout&) const = default;
};

} // namespace buurtmunt
