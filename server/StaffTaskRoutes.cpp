// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "StaffTaskRoutes.h"

#include "core/domain/Task.h"
#include "server/AuditLog.h"
#include "server/ClaimService.h"
#include "server/JsonBody.h"
#include "server/TaskService.h"

#include <QJsonArray>

#include <limits>

using namespace Qt::StringLiterals;

namespace buurtmunt::server {

namespace {

// Generous outer bounds: the business limits are Task::validate()'s, which
// names them in words a coordinator understands.
constexpr int kMaxTextField = 8000;

ApiResponse taskNotFound(const RequestContext& context)
{
    return ApiResponse::fromError({u"task-not-found"_s, u"\"%1\" is not a task id."_s
                                                            .arg(context.request.pathParams.value(u"id"_s))});
}

QDate readDate(JsonBody& body, const QString& name)
{
    const QString text = body.requiredString(name, 1, 40);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!text.isEmpty() && text.size() <= 40 && (text.size() != 10 || !date.isValid()))
        body.invalid(name, u"must be a date written as YYYY-MM-DD, not \"%1\""_s.arg(text));
    return date;
}

// The editable fields of a task, type-checked; the business rules follow in
// Task::validate(), and both kinds of problem come back together.
Task readTaskFields(JsonBody& body)
{
    Task task;
    task.title = body.requiredString(u"title"_s, 0, kMaxTextField);
    task.description = body.optionalString(u"description"_s, kMaxTextField).value_or(QString());
    task.category = body.requiredString(u"category"_s, 0, 40);
    task.neighbourhood = body.requiredString(u"neighbourhood"_s, 0, 200);
    task.address = body.requiredString(u"address"_s, 0, 400);
    task.latitude = body.optionalNumber(u"latitude"_s, -1e6, 1e6);
    task.longitude = body.optionalNumber(u"longitude"_s, -1e6, 1e6);
    task.reward = Coins(body.requiredInteger(u"rewardCents"_s, 0, std::numeric_limits<qint32>::max()));
    task.estimatedMinutes = static_cast<int>(body.requiredInteger(u"estimatedMinutes"_s, 0, 100000));
    task.capacity = static_cast<int>(body.requiredInteger(u"capacity"_s, 0, 100000));
    task.windowStart = readDate(body, u"windowStart"_s);
    task.windowEnd = readDate(body, u"windowEnd"_s);
    task.safetyNotes = body.optionalString(u"safetyNotes"_s, kMaxTextField).value_or(QString());
    task.toolboxNeeded = body.requiredBool(u"toolboxNeeded"_s);
    return task;
}

// Fields Task::validate() refuses, reported in the same form as type errors.
std::optional<ApiResponse> refuseInvalid(const Task& task)
{
    const QList<Error> errors = task.validate();
    if (errors.isEmpty())
        return std::nullopt;
    QList<InvalidParam> params;
    QStringList sentences;
    for (const Error& error : errors) {
        params.append({error.code, error.message});
        sentences << error.message;
    }
    return ApiResponse::problem(400, u"invalid-body"_s, u"The request body is not valid"_s, sentences.join(u' '), params);
}

Status audit(const RequestContext& context, const QString& action, qint64 taskId, const QJsonObject& details = {})
{
    AuditEntry entry;
    entry.actor = context.caller.actor();
    entry.deviceId = context.caller.deviceId;
    entry.requestId = context.request.requestId;
    entry.action = action;
    entry.object = u"task:%1"_s.arg(taskId);
    entry.details = details;
    return AuditLog::append(context.db, entry);
}

ApiResponse listStaffTasks(RequestContext& context)
{
    const ApiRequest& request = context.request;
    std::optional<TaskStatus> status;
    for (const auto& [name, value] : request.query.queryItems()) {
        if (name != u"status"_s)
            return ApiResponse::problem(400, u"invalid-parameter"_s, u"A query parameter is not valid"_s,
                                        u"%1 is not a known parameter (known: status)."_s.arg(name),
                                        {{name, u"is not a known parameter"_s}});
        status = taskStatusFromString(value);
        if (!status)
            return ApiResponse::problem(400, u"invalid-parameter"_s, u"A query parameter is not valid"_s,
                                        u"status must be draft, published, closed or cancelled, not \"%1\"."_s.arg(value),
                                        {{name, u"must be draft, published, closed or cancelled"_s}});
    }
    auto tasks = TaskService::listAll(context.db, status);
    if (!tasks)
        return ApiResponse::fromError(tasks.error());
    QJsonArray items;
    for (const Task& task : tasks.value())
        items.append(task.toJson());
    return ApiResponse::json(200, QJsonObject{{u"items"_s, items}});
}

ApiResponse createTask(RequestContext& context)
{
    JsonBody body(context.body);
    Task task = readTaskFields(body);
    if (!body.ok())
        return body.problem();
    task.status = TaskStatus::Draft;
    if (auto refused = refuseInvalid(task))
        return *refused;
    task.title = task.title.trimmed();
    auto created = TaskService::create(context.db, task);
    if (!created)
        return ApiResponse::fromError(created.error());
    if (Status s = audit(context, u"task.create"_s, created.value().id.value(), {{u"title"_s, task.title}}); !s)
        return ApiResponse::fromError(s.error());
    return ApiResponse::json(201, created.value().toJson())
        .withHeader("Location", "/v1/tasks/" + QByteArray::number(created.value().id.value()));
}

ApiResponse updateTask(RequestContext& context)
{
    JsonBody body(context.body);
    Task task = readTaskFields(body);
    const qint64 version = body.requiredInteger(u"version"_s, 1, std::numeric_limits<qint64>::max() / 2);
    if (!body.ok())
        return body.problem();
    const std::optional<qint64> id = context.request.pathId();
    if (!id)
        return taskNotFound(context);
    task.id = TaskId(*id);
    if (auto refused = refuseInvalid(task))
        return *refused;
    task.title = task.title.trimmed();
    auto updated = TaskService::update(context.db, task, version);
    if (!updated)
        return ApiResponse::fromError(updated.error());
    if (Status s = audit(context, u"task.update"_s, *id, {{u"version"_s, updated.value().version}}); !s)
        return ApiResponse::fromError(s.error());
    return ApiResponse::json(200, updated.value().toJson());
}

ApiResponse changeStatus(RequestContext& context, TaskStatus to)
{
    JsonBody body(context.body);
    if (!body.ok())
        return body.problem();
    const std::optional<qint64> id = context.request.pathId();
    if (!id)
        return taskNotFound(context);
    QJsonObject details{{u"status"_s, toString(to)}};
    if (Status s = TaskService::setStatus(context.db, *id, to); !s)
        return ApiResponse::fromError(s.error());
    if (to == TaskStatus::Cancelled) {
        // Residents who claimed but did not yet do the work get their place
        // (and their room under the cap) back; done work stays for review.
        // Only after the status change: it waited for claims in flight to
        // commit, so they are released too, and later claims are refused.
        auto released = ClaimService::releaseForTask(context.db, *id, context.caller.actor(), context.caller.deviceId,
                                                     context.request.requestId);
        if (!released)
            return ApiResponse::fromError(released.error());
        details.insert(u"claimsReleased"_s, released.value());
    }
    auto task = TaskService::find(context.db, *id, true);
    if (!task)
        return ApiResponse::fromError(task.error());
    if (!task.value())
        return taskNotFound(context);
    if (Status s = audit(context, u"task."_s + toString(to), *id, details); !s)
        return ApiResponse::fromError(s.error());
    return ApiResponse::json(200, task.value()->toJson());
}

Route coordinatorRoute(QByteArray method, QString pattern, Handler handler)
{
    Route route = makeRoute(std::move(method), std::move(pattern), Access::Device, {u"staff"_s}, std::move(handler),
                            SessionNeed::Staff);
    route.staffRoles = {u"coordinator"_s};
    return route;
}

} // namespace

void registerStaffTaskRoutes(Router& router)
{
    router.add(coordinatorRoute("GET", u"/v1/staff/tasks"_s, listStaffTasks));
    router.add(coordinatorRoute("POST", u"/v1/tasks"_s, createTask));
    router.add(coordinatorRoute("PUT", u"/v1/tasks/{id}"_s, updateTask));
    router.add(coordinatorRoute("POST", u"/v1/tasks/{id}/publish"_s,
                                [](RequestContext& context) { return changeStatus(context, TaskStatus::Published); }));
    router.add(coordinatorRoute("POST", u"/v1/tasks/{id}/close"_s,
                                [](RequestContext& context) { return changeStatus(context, TaskStatus::Closed); }));
    router.add(coordinatorRoute("POST", u"/v1/tasks/{id}/cancel"_s,
                                [](RequestContext& context) { return changeStatus(context, TaskStatus::Cancelled); }));
}

} // namespace buurtmunt::server
