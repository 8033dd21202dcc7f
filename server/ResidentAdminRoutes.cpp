// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ResidentAdminRoutes.h"

#include "core/domain/Clock.h"
#include "server/ClaimRules.h"
#include "server/ClaimService.h"
#include "server/JsonBody.h"
#include "server/LedgerService.h"
#include "server/ResidentLogin.h"
#include "server/ResidentService.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace buurtmunt::server {

namespace {

constexpr int kHistoryLength = 200;

ApiResponse residentNotFound(const RequestContext& context)
{
    return ApiResponse::fromError({u"resident-not-found"_s, u"\"%1\" is not a resident id."_s
                                                                .arg(context.request.pathParams.value(u"id"_s))});
}

ResidentService::Actor actorOf(const RequestContext& context)
{
    return {context.caller.actor(), context.caller.deviceId, context.request.requestId};
}

// Reads a PIN field: 4 to 6 digits, named in the answer when it is not.
QString readPin(JsonBody& body)
{
    const QString pin = body.requiredString(u"pin"_s, 1, 64);
    if (!pin.isEmpty() && pin.size() <= 64 && !ResidentLogin::isValidPin(pin))
        body.invalid(u"pin"_s, u"must be 4 to 6 digits"_s);
    return pin;
}

// The token is in this one answer only. The stored idempotent replay has
// null in its place, so the database never holds a usable pass token; a
// desk that lost the answer issues a new pass instead.
ApiResponse withPass(int status, const ResidentService::WithPass& registered)
{
    QJsonObject answer{
        {u"resident"_s, registered.resident.toJson()},
        {u"passToken"_s, registered.pass.toString()},
        {u"passTokenDisplay"_s, registered.pass.display()},
    };
    ApiResponse response = ApiResponse::json(status, answer);
    answer.insert(u"passToken"_s, QJsonValue());
    answer.insert(u"passTokenDisplay"_s, QJsonValue());
    response.replayBody = ApiResponse::json(status, answer).body;
    return response.withHeader("Cache-Control", "no-store");
}

ApiResponse registerResident(RequestContext& context)
{
    JsonBody body(context.body);
    const QString name = body.requiredString(u"displayName"_s, 1, ResidentService::kMaxNameLength);
    const QString neighbourhood = body.requiredString(u"neighbourhood"_s, 1, ResidentService::kMaxNeighbourhoodLength);
    const QString pin = readPin(body);
    if (!body.ok())
        return body.problem();
    auto registered = ResidentService::create(context.db, name, neighbourhood, pin, actorOf(context));
    if (!registered)
        return ApiResponse::fromError(registered.error());
    return withPass(201, registered.value())
        .withHeader("Location", "/v1/residents/" + QByteArray::number(registered.value().resident.id));
}

ApiResponse searchResidents(RequestContext& context)
{
    QString text;
    for (const auto& [name, value] : context.request.query.queryItems(QUrl::FullyDecoded)) {
        if (name != u"q"_s)
            return ApiResponse::problem(400, u"invalid-parameter"_s, u"A query parameter is not valid"_s,
                                        u"%1 is not a known parameter (known: q)."_s.arg(name),
                                        {{name, u"is not a known parameter"_s}});
        if (value.size() > ResidentService::kMaxNameLength)
            return ApiResponse::problem(400, u"invalid-parameter"_s, u"A query parameter is not valid"_s,
                                        u"q must be at most %1 characters."_s.arg(ResidentService::kMaxNameLength),
                                        {{name, u"is too long"_s}});
        text = value;
    }
    auto residents = ResidentService::search(context.db, text);
    if (!residents)
        return ApiResponse::fromError(residents.error());
    QJsonArray items;
    for (const ResidentService::Resident& resident : residents.value())
        items.append(resident.toJson());
    return ApiResponse::json(200, QJsonObject{{u"items"_s, items}});
}

ApiResponse residentDetails(RequestContext& context)
{
    const std::optional<qint64> id = context.request.pathId();
    if (!id)
        return residentNotFound(context);
    auto resident = ResidentService::find(context.db, *id);
    if (!resident)
        return ApiResponse::fromError(resident.error());
    if (!resident.value())
        return ApiResponse::fromError({u"resident-not-found"_s, u"There is no resident %1."_s.arg(*id)});
    auto rules = ClaimRules::load(context.db);
    if (!rules)
        return ApiResponse::fromError(rules.error());
    auto earnings = ClaimService::earnings(context.db, *id, rules.value(), Clock::instance().todayUtc());
    if (!earnings)
        return ApiResponse::fromError(earnings.error());
    auto claims = ClaimService::findForResident(context.db, *id);
    if (!claims)
        return ApiResponse::fromError(claims.error());
    auto account = LedgerService::account(context.db, AccountKind::Resident, *id);
    if (!account)
        return ApiResponse::fromError(account.error());
    auto history = LedgerService::history(context.db, account.value(), kHistoryLength);
    if (!history)
        return ApiResponse::fromError(history.error());
    QJsonArray claimItems;
    for (const ClaimService::Claim& claim : claims.value())
        claimItems.append(claim.toJson());
    QJsonArray transactions;
    for (const LedgerService::Movement& movement : history.value())
        transactions.append(movement.toJson());
    // The same figures the resident sees at the kiosk (GET /v1/me).
    QJsonObject meter = earnings.value().toJson(Clock::instance().nowUtc());
    meter.insert(u"displayName"_s, resident.value()->displayName);
    meter.insert(u"neighbourhood"_s, resident.value()->neighbourhood);
    return ApiResponse::json(200, QJsonObject{
        {u"resident"_s, resident.value()->toJson()},
        {u"earnings"_s, meter},
        {u"claims"_s, claimItems},
        {u"transactions"_s, transactions},
    });
}

enum class Action { Pin, Block, Unblock, Unlock, Pass };

ApiResponse changeResident(RequestContext& context, Action action)
{
    JsonBody body(context.body);
    QString pin;
    QString reason;
    if (action == Action::Pin)
        pin = readPin(body);
    if (action == Action::Block)
        reason = body.requiredString(u"reason"_s, 3, 500);
    if (!body.ok())
        return body.problem();
    const std::optional<qint64> id = context.request.pathId();
    if (!id)
        return residentNotFound(context);
    const ResidentService::Actor by = actorOf(context);
    if (action == Action::Pass) {
        auto replaced = ResidentService::replacePass(context.db, *id, by);
        if (!replaced)
            return ApiResponse::fromError(replaced.error());
        return withPass(200, replaced.value());
    }
    Result<ResidentService::Resident> changed = Error{u"internal-error"_s, u"Unknown resident action."_s};
    switch (action) {
    case Action::Pin:
        changed = ResidentService::resetPin(context.db, *id, pin, by);
        break;
    case Action::Block:
        changed = ResidentService::block(context.db, *id, reason, by);
        break;
    case Action::Unblock:
        changed = ResidentService::unblock(context.db, *id, by);
        break;
    case Action::Unlock:
        changed = ResidentService::unlock(context.db, *id, by);
        break;
    case Action::Pass:
        break;  // answered above
    }
    if (!changed)
        return ApiResponse::fromError(changed.error());
    return ApiResponse::json(200, changed.value().toJson());
}

Route adminRoute(QByteArray method, QString pattern, Handler handler)
{
    Route route = makeRoute(std::move(method), std::move(pattern), Access::Device, {u"staff"_s}, std::move(handler),
                            SessionNeed::Staff);
    route.staffRoles = {u"admin"_s};
    return route;
}

Route actionRoute(const QString& suffix, Action action)
{
    return adminRoute("POST", u"/v1/residents/{id}/"_s + suffix,
                      [action](RequestContext& context) { return changeResident(context, action); });
}

} // namespace

void registerResidentAdminRoutes(Router& router)
{
    router.add(adminRoute("GET", u"/v1/residents"_s, searchResidents));
    router.add(adminRoute("POST", u"/v1/residents"_s, registerResident));
    router.add(adminRoute("GET", u"/v1/residents/{id}"_s, residentDetails));
    router.add(actionRoute(u"pin"_s, Action::Pin));
    router.add(actionRoute(u"block"_s, Action::Block));
    router.add(actionRoute(u"unblock"_s, Action::Unblock));
    router.add(actionRoute(u"unlock"_s, Action::Unlock));
    router.add(actionRoute(u"pass"_s, Action::Pass));
}

} // namespace buurtmunt::server
