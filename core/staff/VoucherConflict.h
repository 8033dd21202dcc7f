// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Coins.h"
#include "core/domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace buurtmunt {

// A voucher that a counter accepted offline but that did not pay, because it
// had already been redeemed (usually offline at another counter), cancelled or
// expired: staff settle it with the shop, so both records are kept.
struct VoucherConflict final {
    // One side of the conflict: a counter's redemption or offline acceptance.
    struct Record final {
        qint64 redemptionId = 0;  // 0 for the refused second acceptance
        qint64 shopId = 0;
        QString shopName;
        qint64 deviceId = 0;
        QDateTime redeemedAt;         // first: when the server booked it
        QDateTime offlineAcceptedAt;  // when the counter accepted it offline; null if online
        QDateTime reportedAt;         // second: when the counter's queue reached the server

        bool operator==(const Record&) const = default;
    };

    qint64 id = 0;
    QString voucherId;
    Coins amount{0};
    QString reason;              // already-redeemed, cancelled, expired
    std::optional<Record> first;  // the redemption that paid, if any
    Record second;                // the acceptance that did not
    QDateTime resolvedAt;         // null while open
    QString resolvedByName;       // the staff member who settled it
    QString resolutionNote;       // how it was settled with the shop

    // The API's Conflict object ("bad-response" naming the field).
    static Result<VoucherConflict> fromJson(const QJsonObject& object);

    bool operator==(const VoucherConflict&) const = default;
};

} // namespace buurtmunt
