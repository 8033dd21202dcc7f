// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Coins.h"
#include "core/domain/Result.h"
#include "core/staff/ResidentSummary.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace buurtmunt {

// Everything the admin sees about one resident (GET /v1/residents/{id}):
// the earnings against the caps, their claims and their coin history.
struct ResidentDetails final {
    struct Earnings {
        Coins balance;
        Coins earnedThisYear;
        Coins earnedThisMonth;
        Coins pending;
        Coins yearlyCap;
        Coins monthlyCap;
        int openClaims = 0;
        bool operator==(const Earnings&) const = default;
    };
    struct ClaimLine {
        qint64 id = 0;
        QString taskTitle;
        QString status;  // claim status slug
        Coins reward;
        QDateTime claimedAt;
        QString rejectReason;
        bool operator==(const ClaimLine&) const = default;
    };
    struct Transaction {
        qint64 id = 0;
        QString kind;  // ledger kind slug: reward, voucher_hold, ...
        Coins amount;
        QString memo;
        QDateTime at;
        bool operator==(const Transaction&) const = default;
    };

    ResidentSummary resident;
    Earnings earnings;
    QList<ClaimLine> claims;
    QList<Transaction> transactions;

    static Result<ResidentDetails> fromJson(const QJsonObject& json);

    bool operator==(const ResidentDetails&) const = default;
};

} // namespace buurtmunt
