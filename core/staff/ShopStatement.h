// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Coins.h"
#include "core/domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace buurtmunt {

// What one shop is paid for one closed month and every voucher behind it:
// the shop checks its own till against this.
struct ShopStatement final {
    struct Redemption final {
        qint64 id = 0;
        QString voucherId;
        QDateTime redeemedAt;         // UTC
        Coins amount{0};
        QDateTime offlineAcceptedAt;  // null when accepted online

        bool operator==(const Redemption&) const = default;
    };

    qint64 settlementId = 0;
    QString period;
    qint64 shopId = 0;
    QString shopName;
    QString shopAddress;
    QString iban;
    qint64 euroCentsPerCoin = 0;
    QList<Redemption> redemptions;
    int totalCount = 0;
    Coins totalCoins{0};
    qint64 totalEuroCents = 0;

    // The API's Statement object; "bad-response" naming the field.
    static Result<ShopStatement> fromJson(const QJsonObject& object);

    bool operator==(const ShopStatement&) const = default;
};

} // namespace buurtmunt
