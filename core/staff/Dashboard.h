// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace buurtmunt {

// What the scheme achieved per month, every figure taken from the ledger by
// the server: coins minted and spent per neighbourhood, tasks done, active
// residents and each shop's turnover.
struct Dashboard final {
    struct Amount final {
        QString month;  // YYYY-MM
        QString neighbourhood;
        qint64 cents = 0;
        bool operator==(const Amount&) const = default;
    };
    struct Count final {
        QString month;
        qint64 count = 0;
        bool operator==(const Count&) const = default;
    };
    struct Turnover final {
        QString month;
        qint64 shopId = 0;
        QString shopName;
        qint64 cents = 0;
        bool operator==(const Turnover&) const = default;
    };

    QString from;
    QString to;
    QStringList months;
    QList<Amount> minted;
    QList<Amount> spent;
    QList<Count> tasksDone;
    QList<Count> activeResidents;
    QList<Turnover> turnoverByShop;

    // Totals for one month over every neighbourhood (or one, when given).
    qint64 mintedIn(const QString& month, const QString& neighbourhood = {}) const;
    qint64 spentIn(const QString& month, const QString& neighbourhood = {}) const;
    qint64 tasksDoneIn(const QString& month) const;
    qint64 activeResidentsIn(const QString& month) const;
    // Every neighbourhood that minted or spent anything, sorted.
    QStringList neighbourhoods() const;

    // GET /v1/dashboard ("bad-response" naming the field).
    static Result<Dashboard> fromJson(const QJsonObject& object);

    bool operator==(const Dashboard&) const = default;
};

} // namespace buurtmunt
