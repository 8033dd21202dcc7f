// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "DashboardService.h"

#include "core/domain/Clock.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace buurtmunt::server {

namespace {

const QTimeZone& amsterdam()
{
    static const QTimeZone zone("Europe/Amsterdam");
    return zone;
}

QString monthLabel(const QDate& month)
{
    return month.toString(u"yyyy-MM"_s);
}

// The month index of a posting, decided in SQL by comparing its time with
// the month boundaries computed here: the same text on SQLite and
// PostgreSQL, and no date functions of either database involved.
struct Bucketing {
    QString expression;
    QVariantList binds;
};

Bucketing bucketing(const QString& column, const QList<qint64>& bounds)
{
    Bucketing out;
    out.expression = u"CASE"_s;
    for (qsizetype i = 1; i < bounds.size(); ++i) {
        out.expression += u" WHEN %1 < ? THEN %2"_s.arg(column).arg(i - 1);
        out.binds << bounds.at(i);
    }
    out.expression += u" END"_s;
    return out;
}

// Runs `select` (which starts with the bucket expression and has the period
// condition on `column` at its end) and hands each row to `row`.
Status forEachRow(QSqlDatabase& db, const QString& column, const QList<qint64>& bounds, const QString& selectRest,
                  const QString& fromAndWhere, const QString& groupBy,
                  const std::function<void(const QSqlQuery&, int)>& row)
{
    const Bucketing bucket = bucketing(column, bounds);
    const QString sql = u"SELECT "_s + bucket.expression + u" AS month_index"_s + selectRest + u" "_s + fromAndWhere
                        + u" AND %1 >= ? AND %1 < ? GROUP BY 1"_s.arg(column) + groupBy + u" ORDER BY 1"_s + groupBy;
    QVariantList binds = bucket.binds;
    binds << bounds.first() << bounds.last();
    auto rows = execSql(db, sql, binds);
    if (!rows)
        return rows.error();
    while (rows.value().next())
        row(rows.value(), rows.value().value(0).toInt());
    return {};
}

} // namespace

std::optional<QDate> DashboardService::parseMonth(const QString& text)
{
    static const QRegularExpression form(u"^(\\d{4})-(\\d{2})$"_s);
    const auto match = form.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate first(match.captured(1).toInt(), match.captured(2).toInt(), 1);
    if (!first.isValid() || first.year() < 2000)
        return std::nullopt;
    return first;
}

DashboardService::Period DashboardService::defaultPeriod()
{
    const QDate today = Clock::instance().nowUtc().toTimeZone(amsterdam()).date();
    const QDate current(today.year(), today.month(), 1);
    return {current.addMonths(-(kDefaultMonths - 1)), current};
}

int DashboardService::monthCount(const Period& period)
{
    return (period.lastMonth.year() - period.firstMonth.year()) * 12 + period.lastMonth.month()
           - period.firstMonth.month() + 1;
}

QList<qint64> DashboardService::monthBoundaries(const Period& period)
{
    QList<qint64> bounds;
    const int count = monthCount(period);
    for (int i = 0; i <= count; ++i)
        bounds << QDateTime(period.firstMonth.addMonths(i), QTime(0, 0), amsterdam()).toMSecsSinceEpoch();
    return bounds;
}

Result<QJsonObject> DashboardService::compute(QSqlDatabase& db, const Period& period)
{
    const int count = monthCount(period);
    if (count < 1 || count > kMaxMonths)
        return Result<QJsonObject>::failure(u"invalid-parameter"_s,
            u"A dashboard covers 1 to %1 months."_s.arg(kMaxMonths));
    const QList<qint64> bounds = monthBoundaries(period);
    QStringList labels;
    QJsonArray months;
    for (int i = 0; i < count; ++i) {
        labels << monthLabel(period.firstMonth.addMonths(i));
        months.append(labels.last());
    }

    // Reward postings credit a resident's account; by the resident's
    // neighbourhood.
    QJsonArray minted;
    Status s = forEachRow(db, u"t.created_at"_s, bounds, u", r.neighbourhood, CAST(SUM(e.amount_cents) AS BIGINT)"_s,
        u"FROM ledger_entries e JOIN ledger_transactions t ON t.id = e.transaction_id "
        "JOIN accounts a ON a.id = e.account_id JOIN residents r ON r.id = a.owner_id "
        "WHERE t.kind = 'reward' AND a.kind = 'resident'"_s,
        u", r.neighbourhood"_s, [&](const QSqlQuery& q, int month) {
            minted.append(QJsonObject{{u"month"_s, labels.value(month)}, {u"neighbourhood"_s, q.value(1).toString()},
                                      {u"cents"_s, q.value(2).toLongLong()}});
        });
    if (!s)
        return s.error();

    // A redemption credits the shop; it is spent by the voucher's owner.
    QJsonArray spent;
    s = forEachRow(db, u"t.created_at"_s, bounds, u", r.neighbourhood, CAST(SUM(e.amount_cents) AS BIGINT)"_s,
        u"FROM ledger_entries e JOIN ledger_transactions t ON t.id = e.transaction_id "
        "JOIN accounts a ON a.id = e.account_id "
        "JOIN voucher_redemptions vr ON vr.ledger_transaction_id = t.id "
        "JOIN vouchers v ON v.id = vr.voucher_id JOIN residents r ON r.id = v.resident_id "
        "WHERE t.kind = 'voucher_redeem' AND a.kind = 'shop' AND e.amount_cents > 0"_s,
        u", r.neighbourhood"_s, [&](const QSqlQuery& q, int month) {
            spent.append(QJsonObject{{u"month"_s, labels.value(month)}, {u"neighbourhood"_s, q.value(1).toString()},
                                     {u"cents"_s, q.value(2).toLongLong()}});
        });
    if (!s)
        return s.error();

    QJsonArray turnover;
    s = forEachRow(db, u"t.created_at"_s, bounds, u", s.id, s.name, CAST(SUM(e.amount_cents) AS BIGINT)"_s,
        u"FROM ledger_entries e JOIN ledger_transactions t ON t.id = e.transaction_id "
        "JOIN accounts a ON a.id = e.account_id JOIN shops s ON s.id = a.owner_id "
        "WHERE t.kind = 'voucher_redeem' AND a.kind = 'shop' AND e.amount_cents > 0"_s,
        u", s.id, s.name"_s, [&](const QSqlQuery& q, int month) {
            turnover.append(QJsonObject{{u"month"_s, labels.value(month)}, {u"shopId"_s, q.value(1).toLongLong()},
                                        {u"shopName"_s, q.value(2).toString()}, {u"cents"_s, q.value(3).toLongLong()}});
        });
    if (!s)
        return s.error();

    // A task is done when its reward was posted: counted in the month of
    // that posting.
    QList<qint64> tasks(count, 0);
    s = forEachRow(db, u"t.created_at"_s, bounds, u", COUNT(*)"_s,
        u"FROM claims c JOIN ledger_transactions t ON t.id = c.reward_transaction_id WHERE t.kind = 'reward'"_s,
        QString(), [&](const QSqlQuery& q, int month) { tasks[month] = q.value(1).toLongLong(); });
    if (!s)
        return s.error();

    QList<qint64> active(count, 0);
    s = forEachRow(db, u"t.created_at"_s, bounds, u", COUNT(DISTINCT a.owner_id)"_s,
        u"FROM ledger_entries e JOIN ledger_transactions t ON t.id = e.transaction_id "
        "JOIN accounts a ON a.id = e.account_id WHERE a.kind = 'resident'"_s,
        QString(), [&](const QSqlQuery& q, int month) { active[month] = q.value(1).toLongLong(); });
    if (!s)
        return s.error();

    QJsonArray tasksDone;
    QJsonArray activeResidents;
    for (int i = 0; i < count; ++i) {
        tasksDone.append(QJsonObject{{u"month"_s, labels.at(i)}, {u"count"_s, tasks.at(i)}});
        activeResidents.append(QJsonObject{{u"month"_s, labels.at(i)}, {u"count"_s, active.at(i)}});
    }
    return QJsonObject{
        {u"from"_s, labels.first()},
        {u"to"_s, labels.last()},
        {u"months"_s, months},
        {u"minted"_s, minted},
        {u"spent"_s, spent},
        {u"tasksDone"_s, tasksDone},
        {u"activeResidents"_s, activeResidents},
        {u"turnoverByShop"_s, turnover},
    };
}

namespace {

ApiResponse invalidParameter(const QString& name, const QString& reason)
{
    return ApiResponse::problem(400, u"invalid-parameter"_s, u"A query parameter is not valid"_s,
                                u"%1 %2."_s.arg(name, reason), {{name, reason}});
}

ApiResponse dashboard(RequestContext& context)
{
    DashboardService::Period period = DashboardService::defaultPeriod();
    bool fromGiven = false;
    bool toGiven = false;
    for (const auto& [name, value] : context.request.query.queryItems(QUrl::FullyDecoded)) {
        if (name != u"from"_s && name != u"to"_s)
            return invalidParameter(name, u"is not a known parameter (known: from, to)"_s);
        const auto month = DashboardService::parseMonth(value);
        if (!month)
            return invalidParameter(name, u"must be a month as YYYY-MM"_s);
        (name == u"from"_s ? period.firstMonth : period.lastMonth) = *month;
        (name == u"from"_s ? fromGiven : toGiven) = true;
    }
    // One bound alone keeps the default length of twelve months.
    if (fromGiven && !toGiven)
        period.lastMonth = period.firstMonth.addMonths(DashboardService::kDefaultMonths - 1);
    if (toGiven && !fromGiven)
        period.firstMonth = period.lastMonth.addMonths(-(DashboardService::kDefaultMonths - 1));
    if (period.lastMonth < period.firstMonth)
        return invalidParameter(u"to"_s, u"must not be before from"_s);
    if (DashboardService::monthCount(period) > DashboardService::kMaxMonths)
        return invalidParameter(u"to"_s, u"must be at most %1 months after from"_s.arg(DashboardService::kMaxMonths - 1));
    auto figures = DashboardService::compute(context.db, period);
    if (!figures)
        return ApiResponse::fromError(figures.error());
    return ApiResponse::json(200, figures.value());
}

} // namespace

void registerDashboardRoutes(Router& router)
{
    Route route = makeRoute("GET", u"/v1/dashboard"_s, Access::Device, {u"staff"_s}, dashboard, SessionNeed::Staff);
    route.staffRoles = {u"finance"_s, u"admin"_s, u"coordinator"_s};
    router.add(std::move(route));
}

} // namespace buurtmunt::server
