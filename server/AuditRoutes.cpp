// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "AuditRoutes.h"

#include "server/AuditLog.h"
#include "server/Database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace buurtmunt::server {

namespace {

constexpr int kDefaultLimit = 100;
constexpr int kMaxLimit = 500;
constexpr int kMaxTextLength = 200;

ApiResponse invalidParameter(const QString& name, const QString& reason)
{
    return ApiResponse::problem(400, u"invalid-parameter"_s, u"A query parameter is not valid"_s,
                                u"%1 %2."_s.arg(name, reason), {{name, reason}});
}

std::optional<qint64> parsePositive(const QString& text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    const qint64 value = text.toLongLong();
    return value > 0 ? std::optional(value) : std::nullopt;
}

// `from` and `to` are instants (RFC 3339) or calendar days of the
// municipality (YYYY-MM-DD): a day as `from` starts at its local midnight, as
// `to` it includes the whole day. Returns the bound in epoch milliseconds,
// exclusive for `to`.
std::optional<qint64> parseBound(const QString& text, bool upper)
{
    static const QTimeZone amsterdam("Europe/Amsterdam");
    if (text.size() == 10) {
        const QDate day = QDate::fromString(text, u"yyyy-MM-dd"_s);
        if (!day.isValid())
            return std::nullopt;
        return QDateTime(upper ? day.addDays(1) : day, QTime(0, 0), amsterdam).toMSecsSinceEpoch();
    }
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid() || at.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return at.toMSecsSinceEpoch() + (upper ? 1 : 0);
}

// LIKE treats % and _ as wildcards; a search for "50%" means the text.
QString likePattern(const QString& text)
{
    QString escaped;
    for (QChar c : text.toLower()) {
        if (c == u'\\' || c == u'%' || c == u'_')
            escaped.append(u'\\');
        escaped.append(c);
    }
    return u"%"_s + escaped + u"%"_s;
}

QJsonObject entryJson(const QSqlQuery& q)
{
    return QJsonObject{
        {u"id"_s, q.value(0).toLongLong()},
        {u"at"_s, QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC).toString(Qt::ISODateWithMs)},
        {u"actor"_s, q.value(2).toString()},
        {u"deviceId"_s, q.value(3).isNull() ? QJsonValue() : QJsonValue(q.value(3).toLongLong())},
        {u"requestId"_s, q.value(4).toString()},
        {u"action"_s, q.value(5).toString()},
        {u"object"_s, q.value(6).toString()},
        {u"details"_s, QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object()},
    };
}

ApiResponse searchAudit(RequestContext& context)
{
    static const QStringList known{u"q"_s, u"action"_s, u"from"_s, u"to"_s, u"before"_s, u"limit"_s};
    QString text;
    QString action;
    std::optional<qint64> from;
    std::optional<qint64> to;
    std::optional<qint64> before;
    int limit = kDefaultLimit;
    for (const auto& [name, value] : context.request.query.queryItems(QUrl::FullyDecoded)) {
        if (!known.contains(name))
            return invalidParameter(name, u"is not a known parameter (known: %1)"_s.arg(known.join(u", "_s)));
        if (name == u"q"_s || name == u"action"_s) {
            if (value.size() > kMaxTextLength)
                return invalidParameter(name, u"must be at most %1 characters"_s.arg(kMaxTextLength));
            (name == u"q"_s ? text : action) = value.trimmed();
        } else if (name == u"from"_s || name == u"to"_s) {
            const bool upper = name == u"to"_s;
            const auto bound = parseBound(value, upper);
            if (!bound)
                return invalidParameter(name, u"must be a date (YYYY-MM-DD) or an instant (2026-11-23T10:15:00Z)"_s);
            (upper ? to : from) = bound;
        } else if (name == u"before"_s) {
            before = parsePositive(value);
            if (!before)
                return invalidParameter(name, u"must be a row id from an earlier page's next"_s);
        } else {
            const auto parsed = parsePositive(value);
            if (!parsed || *parsed > kMaxLimit)
                return invalidParameter(name, u"must be a whole number from 1 to %1"_s.arg(kMaxLimit));
            limit = static_cast<int>(*parsed);
        }
    }
    if (from && to && *from >= *to)
        return invalidParameter(u"to"_s, u"must be after from"_s);

    QString sql = u"SELECT id, at, actor, device_id, request_id, action, object, details FROM audit_log WHERE 1 = 1"_s;
    QVariantList binds;
    if (!text.isEmpty()) {
        sql += u" AND (LOWER(actor) LIKE ? ESCAPE '\\' OR LOWER(object) LIKE ? ESCAPE '\\'"
               " OR LOWER(request_id) LIKE ? ESCAPE '\\' OR LOWER(details) LIKE ? ESCAPE '\\')"_s;
        const QString pattern = likePattern(text);
        binds << pattern << pattern << pattern << pattern;
    }
    if (!action.isEmpty()) {
        sql += u" AND action = ?"_s;
        binds << action;
    }
    if (from) {
        sql += u" AND at >= ?"_s;
        binds << *from;
    }
    if (to) {
        sql += u" AND at < ?"_s;
        binds << *to;
    }
    if (before) {
        sql += u" AND id < ?"_s;
        binds << *before;
    }
    // One row more than the page tells whether there is a next page.
    sql += u" ORDER BY id DESC LIMIT %1"_s.arg(limit + 1);
    auto rows = execSql(context.db, sql, binds);
    if (!rows)
        return ApiResponse::fromError(rows.error());
    QJsonArray items;
    QJsonValue next;
    while (rows.value().next()) {
        if (items.size() == limit) {
            next = items.last().toObject().value(u"id"_s);
            break;
        }
        items.append(entryJson(rows.value()));
    }
    return ApiResponse::json(200, QJsonObject{{u"items"_s, items}, {u"next"_s, next}});
}

ApiResponse verifyAudit(RequestContext& context)
{
    if (!context.request.query.isEmpty())
        return invalidParameter(context.request.query.queryItems().value(0).first, u"is not a known parameter"_s);
    auto verification = AuditLog::verify(context.db);
    if (!verification)
        return ApiResponse::fromError(verification.error());
    const AuditLog::Verification& v = verification.value();
    return ApiResponse::json(200, QJsonObject{
        {u"intact"_s, v.intact},
        {u"rows"_s, v.rows},
        {u"firstBrokenId"_s, v.firstBrokenId ? QJsonValue(*v.firstBrokenId) : QJsonValue()},
        {u"problem"_s, v.problem.isEmpty() ? QJsonValue() : QJsonValue(v.problem)},
    });
}

Route adminRoute(QByteArray method, QString pattern, Handler handler)
{
    Route route = makeRoute(std::move(method), std::move(pattern), Access::Device, {u"staff"_s}, std::move(handler),
                            SessionNeed::Staff);
    route.staffRoles = {u"admin"_s};
    return route;
}

} // namespace

void registerAuditRoutes(Router& router)
{
    router.add(adminRoute("GET", u"/v1/audit"_s, searchAudit));
    router.add(adminRoute("GET", u"/v1/audit/verification"_s, verifyAudit));
}

} // namespace buurtmunt::server
