// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ApiRoutes.h"

#include "server/AuditRoutes.h"
#include "server/DashboardService.h"
#include "server/DeviceAdminRoutes.h"
#include "server/DeviceService.h"
#include "server/EarnRoutes.h"
#include "server/JsonBody.h"
#include "server/Migrations.h"
#include "server/RedemptionRoutes.h"
#include "server/ResidentAdminRoutes.h"
#include "server/SettlementRoutes.h"
#include "server/ShopRoutes.h"
#include "server/StaffTaskRoutes.h"
#include "server/MunicipalitySettings.h"
#include "server/TaskPageCache.h"
#include "server/TaskService.h"
#include "server/VoucherRoutes.h"
#include "server/VoucherService.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <memory>

using namespace Qt::StringLiterals;

namespace buurtmunt::server {

namespace {

const QStringList kAllDeviceRoles{u"kiosk"_s, u"counter"_s, u"staff"_s};

ApiResponse invalidParameter(const QString& name, const QString& reason)
{
    return ApiResponse::problem(400, u"invalid-parameter"_s, u"A query parameter is not valid"_s,
                                u"%1 %2."_s.arg(name, reason), {{name, reason}});
}

// Unknown query parameters are refused rather than ignored: a typo in a
// parameter name should not silently return something else.
std::optional<ApiResponse> refuseUnknownParameters(const ApiRequest& request, const QStringList& known)
{
    for (const auto& [name, value] : request.query.queryItems()) {
        Q_UNUSED(value);
        if (!known.contains(name))
            return invalidParameter(name, u"is not a known parameter (known: %1)"_s.arg(known.join(u", "_s)));
    }
    return std::nullopt;
}

std::optional<qint64> parseNonNegative(const QString& text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    for (QChar c : text) {
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
    }
    return text.toLongLong();
}

bool etagMatches(const QByteArray& ifNoneMatch, const QByteArray& etag)
{
    if (ifNoneMatch.trimmed() == "*")
        return true;
    for (const QByteArray& candidate : ifNoneMatch.split(',')) {
        QByteArray tag = candidate.trimmed();
        if (tag.startsWith("W/"))
            tag = tag.mid(2);
        if (tag == etag)
            return true;
    }
    return false;
}

// A device as it sees itself: its record, the keys it verifies vouchers with,
// and the municipality it works for. The same at enrolment and afterwards.
ApiResponse deviceAnswer(QSqlDatabase& db, const DeviceRecord& device, int status)
{
    auto key = VoucherKeyRing::activeKey(db);
    if (!key)
        return ApiResponse::fromError(key.error());
    auto municipality = MunicipalitySettings::load(db);
    if (!municipality)
        return ApiResponse::fromError(municipality.error());
    QJsonObject answer = device.toJson();
    answer.insert(u"voucherKeys"_s, QJsonArray{QJsonObject{
                                        {u"keyId"_s, key.value().keyId()},
                                        {u"publicKey"_s, QString::fromLatin1(key.value().publicKey().toBase64())}}});
    answer.insert(u"municipality"_s, municipality.value().toJson());
    // A stored setting that is not a valid number decides about money at
    // every counter, so it is an operator error to fix, never replaced by
    // a default in silence.
    auto voucherRules = VoucherService::Rules::load(db);
    if (!voucherRules)
        return voucherRules.error().code == u"invalid-setting"_s
                   ? ApiResponse::problem(500, u"internal-error"_s, u"Internal server error"_s, voucherRules.error().message)
                   : ApiResponse::fromError(voucherRules.error());
    answer.insert(u"offlineRedemption"_s, voucherRules.value().offlineRedemptionJson());
    return ApiResponse::json(status, answer);
}

ApiResponse enrol(RequestContext& context)
{
    JsonBody body(context.body);
    const QString code = body.requiredString(u"code"_s, 1, 64);
    const QString name = body.optionalString(u"name"_s, 80).value_or(QString());
    const QString secret = body.requiredString(u"secret"_s, 43, 43);
    if (secret.size() == 43 && !DeviceService::isWellFormedSecret(secret))
        body.invalid(u"secret"_s, u"must be 32 random bytes in unpadded base64url (43 characters)"_s);
    if (!body.ok())
        return body.problem();
    auto enrolled = DeviceService::enrol(context.db, code, name, secret, context.request.requestId);
    if (!enrolled)
        return ApiResponse::fromError(enrolled.error());
    return deviceAnswer(context.db, enrolled.value(), 201).withHeader("Location", "/v1/device");
}

ApiResponse currentDevice(RequestContext& context)
{
    auto device = DeviceService::find(context.db, context.caller.deviceId);
    if (!device)
        return ApiResponse::fromError(device.error());
    if (!device.value())
        return ApiResponse::fromError({u"device-unauthorized"_s, u"The device no longer exists."_s});
    return deviceAnswer(context.db, *device.value(), 200);
}

ApiResponse listTasks(RequestContext& context, TaskPageCache& cache)
{
    const ApiRequest& request = context.request;
    if (auto refused = refuseUnknownParameters(request, {u"since"_s, u"limit"_s}))
        return *refused;
    qint64 since = 0;
    if (request.query.hasQueryItem(u"since"_s)) {
        const auto parsed = parseNonNegative(request.query.queryItemValue(u"since"_s));
        if (!parsed)
            return ApiResponse::problem(400, u"invalid-cursor"_s, u"The sync cursor is not valid"_s,
                                        u"since must be a cursor returned by an earlier listing."_s,
                                        {{u"since"_s, u"is not a cursor"_s}});
        since = *parsed;
    }
    int limit = TaskService::kDefaultPageSize;
    if (request.query.hasQueryItem(u"limit"_s)) {
        const auto parsed = parseNonNegative(request.query.queryItemValue(u"limit"_s));
        if (!parsed || *parsed < 1 || *parsed > TaskService::kMaxPageSize)
            return invalidParameter(u"limit"_s, u"must be a whole number from 1 to %1"_s.arg(TaskService::kMaxPageSize));
        limit = static_cast<int>(*parsed);
    }
    auto current = TaskService::currentCursor(context.db);
    if (!current)
        return ApiResponse::fromError(current.error());
    const QByteArray ifNoneMatch = request.header("If-None-Match");
    if (!ifNoneMatch.isEmpty()) {
        // Nothing changed since the client's cursor: one cheap query and no body.
        const QByteArray etag = '"' + QByteArray::number(current.value()) + '"';
        if (current.value() == since && etagMatches(ifNoneMatch, etag))
            return ApiResponse::notModified(etag).withHeader("Cache-Control", "private, no-cache");
    }
    const TaskPageCache::Key key{since, limit, current.value()};
    std::optional<TaskPageCache::Page> page = cache.find(key);
    if (!page) {
        auto changes = TaskService::changesBetween(context.db, since, current.value(), limit);
        if (!changes)
            return ApiResponse::fromError(changes.error());
        QJsonArray items;
        for (const Task& task : changes.value().items)
            items.append(task.toJson());
        page = TaskPageCache::Page{
            QJsonDocument(QJsonObject{{u"items"_s, items},
                                      {u"cursor"_s, QString::number(changes.value().cursor)},
                                      {u"hasMore"_s, changes.value().hasMore}}).toJson(QJsonDocument::Compact),
            '"' + QByteArray::number(changes.value().cursor) + '"'};
        cache.insert(key, *page);
    }
    ApiResponse response;
    response.status = 200;
    response.body = page->body;
    return response.withHeader("ETag", page->etag).withHeader("Cache-Control", "private, no-cache");
}

ApiResponse getTask(RequestContext& context)
{
    const auto id = parseNonNegative(context.request.pathParams.value(u"id"_s));
    if (!id || *id == 0)
        return ApiResponse::problem(404, u"task-not-found"_s, u"No such task"_s,
                                    u"\"%1\" is not a task id."_s.arg(context.request.pathParams.value(u"id"_s)));
    auto task = TaskService::find(context.db, *id, false);
    if (!task)
        return ApiResponse::fromError(task.error());
    if (!task.value())
        return ApiResponse::problem(404, u"task-not-found"_s, u"No such task"_s, u"There is no task %1."_s.arg(*id));
    const QByteArray etag = "\"v" + QByteArray::number(task.value()->version) + '"';
    if (etagMatches(context.request.header("If-None-Match"), etag))
        return ApiResponse::notModified(etag).withHeader("Cache-Control", "private, no-cache");
    return ApiResponse::json(200, task.value()->toJson())
        .withHeader("ETag", etag)
        .withHeader("Cache-Control", "private, no-cache");
}

} // namespace

void registerApiRoutes(Router& router, Database& database, Metrics& metrics)
{
    router.add(makeRoute("GET", u"/healthz"_s, Access::Public, {}, [](RequestContext&) {
        return ApiResponse::json(200, QJsonObject{{u"status"_s, u"ok"_s}});
    }));
    router.add(makeRoute("GET", u"/readyz"_s, Access::Public, {}, [&database](RequestContext&) {
        auto version = Migrations::currentVersion(database);
        if (!version)
            return ApiResponse::problem(503, u"not-ready"_s, u"Not ready"_s, u"The database is not reachable."_s);
        if (version.value() != Migrations::latestVersion())
            return ApiResponse::problem(503, u"not-ready"_s, u"Not ready"_s,
                                        u"The database schema is at version %1, not %2."_s
                                            .arg(version.value()).arg(Migrations::latestVersion()));
        return ApiResponse::json(200, QJsonObject{{u"status"_s, u"ready"_s}, {u"schemaVersion"_s, version.value()}});
    }));
    router.add(makeRoute("GET", u"/metrics"_s, Access::Public, {}, [&metrics](RequestContext&) {
        return ApiResponse::text(200, metrics.exposition(), "text/plain; version=0.0.4; charset=utf-8");
    }));
    router.add(makeRoute("POST", u"/v1/devices/enrol"_s, Access::Public, {}, enrol));
    router.add(makeRoute("GET", u"/v1/device"_s, Access::Device, kAllDeviceRoles, currentDevice));
    auto taskPages = std::make_shared<TaskPageCache>();
    router.add(makeRoute("GET", u"/v1/tasks"_s, Access::Device, kAllDeviceRoles,
                         [taskPages](RequestContext& context) { return listTasks(context, *taskPages); }));
    router.add(makeRoute("GET", u"/v1/tasks/{id}"_s, Access::Device, kAllDeviceRoles, getTask));
    registerResidentRoutes(router);
    registerReviewRoutes(router);
    registerStaffTaskRoutes(router);
    registerResidentAdminRoutes(router);
    registerRedemptionRoutes(router);
    registerVoucherRoutes(router);
    registerShopRoutes(router);
    registerSettlementRoutes(router);
    registerAuditRoutes(router);
    registerDashboardRoutes(router);
    // Last: the authorisation test revokes a device with these, after every
    // other route has been tried with it.
    registerDeviceAdminRoutes(router);
}

} // namespace buurtmunt::server
