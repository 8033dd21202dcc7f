// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "server/Database.h"
#include "server/Router.h"

#include <QDate>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace buurtmunt::server {

// What the scheme achieved, month by month (Europe/Amsterdam months): coins
// minted and spent per neighbourhood, tasks done, active residents and
// turnover per shop. Every figure is summed from the ledger's postings at the
// moment of asking, never from counters kept on the side, so the dashboard
// cannot drift from the money.
class DashboardService final {
public:
    static constexpr int kMaxMonths = 36;
    static constexpr int kDefaultMonths = 12;

    // First days of the first and last month, inclusive.
    struct Period {
        QDate firstMonth;
        QDate lastMonth;
    };

    // "2026-11" -> 2026-11-01; nullopt for anything else.
    static std::optional<QDate> parseMonth(const QString& text);
    // The last kDefaultMonths months up to and including the current one.
    static Period defaultPeriod();
    // Month starts as epoch milliseconds: one more than there are months,
    // the last being the end of the period.
    static QList<qint64> monthBoundaries(const Period& period);
    static int monthCount(const Period& period);

    // The Dashboard JSON of the API: {from, to, months, minted, spent,
    // tasksDone, activeResidents, turnoverByShop}.
    static Result<QJsonObject> compute(QSqlDatabase& db, const Period& period);
};

// GET /v1/dashboard for staff with the finance, admin or coordinator role.
void registerDashboardRoutes(Router& router);

} // namespace buurtmunt::server
