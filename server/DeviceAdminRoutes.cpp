// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "DeviceAdminRoutes.h"

#include "core/domain/Clock.h"
#include "server/AuditLog.h"
#include "server/DeviceService.h"
#include "server/JsonBody.h"
#include "server/SessionService.h"

#include <QDateTime>
#include <QJsonArray>

#include <limits>

using namespace Qt::StringLiterals;

namespace buurtmunt::server {

namespace {

constexpr int kMaxNameLength = 80;

QJsonValue instant(const QVariant& msecs)
{
    if (msecs.isNull())
        return QJsonValue();
    return QDateTime::fromMSecsSinceEpoch(msecs.toLongLong(), Qt::UTC).toString(Qt::ISODate);
}

QJsonValue nullableInteger(const QVariant& value)
{
    return value.isNull() ? QJsonValue() : QJsonValue(value.toLongLong());
}

QJsonValue nullableText(const QVariant& value)
{
    return value.isNull() || value.toString().isEmpty() ? QJsonValue() : QJsonValue(value.toString());
}

// The staff view of a device: unlike the device's own answer it names the
// shop and says when the device was revoked, not only whether.
const QString kDeviceSelect =
    u"SELECT d.id, d.name, d.role, d.shop_id, s.name, d.neighbourhood, d.created_at, d.last_seen_at, d.revoked_at "
    "FROM devices d LEFT JOIN shops s ON s.id = d.shop_id"_s;

QJsonObject deviceJson(const QSqlQuery& q)
{
    return QJsonObject{
        {u"id"_s, q.value(0).toLongLong()},
        {u"name"_s, q.value(1).toString()},
        {u"role"_s, q.value(2).toString()},
        {u"shopId"_s, nullableInteger(q.value(3))},
        {u"shopName"_s, nullableText(q.value(4))},
        {u"neighbourhood"_s, nullableText(q.value(5))},
        {u"createdAt"_s, instant(q.value(6))},
        {u"lastSeenAt"_s, instant(q.value(7))},
        {u"revokedAt"_s, instant(q.value(8))},
    };
}

Result<std::optional<QJsonObject>> findDevice(QSqlDatabase& db, qint64 id)
{
    auto rows = execSql(db, kDeviceSelect + u" WHERE d.id = ?"_s, {id});
    if (!rows)
        return rows.error();
    if (!rows.value().next())
        return std::optional<QJsonObject>{};
    return std::optional<QJsonObject>{deviceJson(rows.value())};
}

ApiResponse listDevices(RequestContext& context)
{
    if (!context.request.query.isEmpty())
        return ApiResponse::problem(400, u"invalid-parameter"_s, u"A query parameter is not valid"_s,
                                    u"GET /v1/devices takes no query parameters."_s,
                                    {{context.request.query.queryItems().value(0).first, u"is not a known parameter"_s}});
    auto rows = execSql(context.db, kDeviceSelect + u" ORDER BY d.id"_s);
    if (!rows)
        return ApiResponse::fromError(rows.error());
    QJsonArray items;
    while (rows.value().next())
        items.append(deviceJson(rows.value()));
    return ApiResponse::json(200, QJsonObject{{u"items"_s, items}});
}

ApiResponse createEnrolmentCode(RequestContext& context)
{
    JsonBody body(context.body);
    const QString role = body.requiredString(u"role"_s, 1, 16);
    const std::optional<qint64> shopId = body.optionalInteger(u"shopId"_s, 1, std::numeric_limits<qint64>::max());
    const QString neighbourhood = body.optionalString(u"neighbourhood"_s, kMaxNameLength).value_or(QString()).trimmed();
    const QString deviceName = body.optionalString(u"deviceName"_s, kMaxNameLength).value_or(QString()).trimmed();
    if (!role.isEmpty() && role != u"kiosk"_s && role != u"counter"_s && role != u"staff"_s)
        body.invalid(u"role"_s, u"must be one of kiosk, counter, staff"_s);
    if (role == u"counter"_s && !shopId)
        body.invalid(u"shopId"_s, u"is required for a counter: it belongs to a shop"_s);
    if ((role == u"kiosk"_s || role == u"staff"_s) && shopId)
        body.invalid(u"shopId"_s, u"only a counter belongs to a shop"_s);
    if ((role == u"counter"_s || role == u"staff"_s) && !neighbourhood.isEmpty())
        body.invalid(u"neighbourhood"_s, u"only a kiosk has a home neighbourhood"_s);
    if (role == u"counter"_s && shopId) {
        auto shop = execSql(context.db, u"SELECT active FROM shops WHERE id = ?"_s, {*shopId});
        if (!shop)
            return ApiResponse::fromError(shop.error());
        if (!shop.value().next())
            body.invalid(u"shopId"_s, u"is not a shop (there is no shop %1)"_s.arg(*shopId));
        else if (shop.value().value(0).toInt() == 0)
            body.invalid(u"shopId"_s, u"is a deactivated shop: a counter needs an active one"_s);
    }
    if (!body.ok())
        return body.problem();

    EnrolmentCodeRequest request;
    request.role = role;
    request.shopId = shopId;
    request.neighbourhood = neighbourhood;
    request.deviceName = deviceName;
    request.createdBy = context.caller.actor();
    request.requestId = context.request.requestId;
    request.requestingDeviceId = context.caller.deviceId;
    const qint64 now = Clock::instance().nowMsecs();
    // DeviceService makes the code and audits it (device.enrolment-code), so
    // a code from this desk and one from the command line are the same thing.
    auto code = DeviceService::createEnrolmentCode(context.db, request);
    if (!code)
        return ApiResponse::fromError(code.error());
    QJsonObject answer{
        {u"code"_s, code.value()},
        {u"role"_s, role},
        {u"shopId"_s, shopId ? QJsonValue(*shopId) : QJsonValue()},
        {u"neighbourhood"_s, neighbourhood.isEmpty() ? QJsonValue() : QJsonValue(neighbourhood)},
        {u"deviceName"_s, deviceName.isEmpty() ? QJsonValue() : QJsonValue(deviceName)},
        {u"expiresAt"_s, instant(now + DeviceService::kCodeLifetimeMsecs)},
    };
    ApiResponse response = ApiResponse::json(201, answer);
    // The code enrols a device for 24 hours: it is in this one answer only,
    // never in the stored replay. A desk that lost the answer makes another.
    answer.insert(u"code"_s, QJsonValue());
    response.replayBody = ApiResponse::json(201, answer).body;
    return response.withHeader("Cache-Control", "no-store");
}

ApiResponse revokeDevice(RequestContext& context)
{
    JsonBody body(context.body);
    if (!body.ok())
        return body.problem();
    bool ok = false;
    const qint64 id = context.request.pathParams.value(u"id"_s).toLongLong(&ok);
    if (!ok || id <= 0)
        return ApiResponse::fromError({u"device-not-found"_s, u"\"%1\" is not a device id."_s
                                                              .arg(context.request.pathParams.value(u"id"_s))});
    if (id == context.caller.deviceId)
        return ApiResponse::fromError({u"cannot-revoke-self"_s,
            u"This desk is device %1 and cannot revoke itself: revoke it from another staff desk."_s.arg(id)});
    const qint64 now = Clock::instance().nowMsecs();
    auto updated = execSql(context.db, u"UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"_s,
                           {now, id});
    if (!updated)
        return ApiResponse::fromError(updated.error());
    const bool newlyRevoked = updated.value().numRowsAffected() == 1;
    // Ended in the same transaction as the revocation, so no resident or
    // staff member stays logged in on a device that is no longer trusted,
    // not even if the device were re-enabled by hand.
    if (Status ended = SessionService::endForDevice(context.db, id); !ended)
        return ApiResponse::fromError(ended.error());
    auto device = findDevice(context.db, id);
    if (!device)
        return ApiResponse::fromError(device.error());
    if (!device.value())
        return ApiResponse::fromError({u"device-not-found"_s, u"There is no device %1."_s.arg(id)});
    if (newlyRevoked) {
        AuditEntry audit;
        audit.actor = context.caller.actor();
        audit.deviceId = context.caller.deviceId;
        audit.requestId = context.request.requestId;
        audit.action = u"device.revoke"_s;
        audit.object = u"device:%1"_s.arg(id);
        audit.details = QJsonObject{{u"name"_s, device.value()->value(u"name"_s)},
                                    {u"role"_s, device.value()->value(u"role"_s)},
                                    {u"shopId"_s, device.value()->value(u"shopId"_s)}};
        if (Status s = AuditLog::append(context.db, audit); !s)
            return ApiResponse::fromError(s.error());
    }
    return ApiResponse::json(200, *device.value());
}

Route adminRoute(QByteArray method, QString pattern, Handler handler)
{
    Route route = makeRoute(std::move(method), std::move(pattern), Access::Device, {u"staff"_s}, std::move(handler),
                            SessionNeed::Staff);
    route.staffRoles = {u"admin"_s};
    return route;
}

} // namespace

void registerDeviceAdminRoutes(Router& router)
{
    router.add(adminRoute("GET", u"/v1/devices"_s, listDevices));
    router.add(adminRoute("POST", u"/v1/enrolment-codes"_s, createEnrolmentCode));
    router.add(adminRoute("POST", u"/v1/devices/{id}/revoke"_s, revokeDevice));
}

} // namespace buurtmunt::server
