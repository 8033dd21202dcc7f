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

// One closed month: what each shop received in coins and is paid in euros by
// the municipality. The server is the only authority on these figures; the
// desk shows them and never recomputes a payout.
struct Settlement final {
    struct Line final {
        qint64 shopId = 0;
        QString shopName;
        QString iban;
        int redemptionCount = 0;
        Coins coins{0};
        qint64 euroCents = 0;
        QString endToEndId;

        bool operator==(const Line&) const = default;
    };

    qint64 id = 0;
    QString period;  // "2026-11"
    QDateTime closedAt;
    QString closedBy;
    qint64 euroCentsPerCoin = 0;
    Coins totalCoins{0};
    qint64 totalEuroCents = 0;
    QString sepaMessageId;
    QList<Line> lines;  // empty in the list answer, which carries no lines
    bool hasLines = false;

    // The API's Settlement object; "bad-response" naming the field.
    static Result<Settlement> fromJson(const QJsonObject& object);

    bool operator==(const Settlement&) const = default;
};

} // namespace buurtmunt
