// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "SettlementRoutes.h"

#include "server/JsonBody.h"
#include "server/SettlementService.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace buurtmunt::server {

namespace {

ApiResponse invalidParameter(const QString& name, const QString& reason)
{
    return ApiResponse::problem(400, u"invalid-parameter"_s, u"A query parameter is not valid"_s,
                                u"%1 %2."_s.arg(name, reason), {{name, reason}});
}

std::optional<ApiResponse> refuseUnknownParameters(const ApiRequest& request, const QStringList& known)
{
    for (const auto& [name, value] : request.query.queryItems()) {
        Q_UNUSED(value);
        if (!known.contains(name))
            return invalidParameter(name, known.isEmpty() ? u"is not a known parameter (this operation takes none)"_s
                                                          : u"is not a known parameter (known: %1)"_s.arg(known.join(u", "_s)));
    }
    return std::nullopt;
}

ApiResponse settlementNotFound(const RequestContext& context)
{
    return ApiResponse::fromError({u"settlement-not-found"_s,
                                   u"\"%1\" is not a settlement id."_s.arg(context.request.pathParams.value(u"id"_s).left(40))});
}

ApiResponse closeSettlement(RequestContext& context)
{
    JsonBody body(context.body);
    const QString period = body.requiredString(u"period"_s, 1, 20);
    if (!period.isEmpty() && !SettlementService::parsePeriod(period))
        body.invalid(u"period"_s, u"must be a month written YYYY-MM, such as 2026-10"_s);
    if (!body.ok())
        return body.problem();
    if (!context.caller.staffId)
        return ApiResponse::fromError({u"internal-error"_s, u"A finance route ran without a staff session."_s});
    auto closed = SettlementService::close(context.db, period, *context.caller.staffId, context.request.requestId,
                                           context.caller.deviceId);
    if (!closed)
        return ApiResponse::fromError(closed.error());
    const Settlement& settlement = closed.value().settlement;
    return ApiResponse::json(closed.value().created ? 201 : 200, settlement.toJson(true))
        .withHeader("Location", "/v1/settlements/" + QByteArray::number(settlement.id));
}

ApiResponse listSettlements(RequestContext& context)
{
    if (auto refused = refuseUnknownParameters(context.request, {}))
        return *refused;
    auto settlements = SettlementService::list(context.db);
    if (!settlements)
        return ApiResponse::fromError(settlements.error());
    QJsonArray items;
    for (const Settlement& settlement : settlements.value())
        items.append(settlement.toJson(false));
    return ApiResponse::json(200, QJsonObject{{u"items"_s, items}});
}

ApiResponse showSettlement(RequestContext& context)
{
    if (auto refused = refuseUnknownParameters(context.request, {}))
        return *refused;
    const auto id = context.request.pathId();
    if (!id)
        return settlementNotFound(context);
    auto settlement = SettlementService::find(context.db, *id);
    if (!settlement)
        return ApiResponse::fromError(settlement.error());
    return ApiResponse::json(200, settlement.value().toJson(true));
}

ApiResponse sepaFile(RequestContext& context)
{
    if (auto refused = refuseUnknownParameters(context.request, {}))
        return *refused;
    const auto id = context.request.pathId();
    if (!id)
        return settlementNotFound(context);
    auto settlement = SettlementService::find(context.db, *id);
    if (!settlement)
        return ApiResponse::fromError(settlement.error());
    auto file = SettlementService::sepa(context.db, *id);
    if (!file)
        return ApiResponse::fromError(file.error());
    const QByteArray name = SettlementService::sepaFileName(settlement.value().period).toLatin1();
    return ApiResponse::text(200, file.value(), "application/xml")
        .withHeader("Content-Disposition", "attachment; filename=\"" + name + '"');
}

ApiResponse shopStatement(RequestContext& context)
{
    const ApiRequest& request = context.request;
    if (auto refused = refuseUnknownParameters(request, {u"format"_s}))
        return *refused;
    const QString format = request.query.hasQueryItem(u"format"_s) ? request.query.queryItemValue(u"format"_s) : u"json"_s;
    if (format != u"json"_s && format != u"csv"_s)
        return invalidParameter(u"format"_s, u"must be json or csv"_s);
    const auto id = context.request.pathId();
    if (!id)
        return settlementNotFound(context);
    const auto shopId = context.request.pathId(u"shopId"_s);
    if (!shopId)
        return ApiResponse::fromError({u"shop-not-found"_s,
                                       u"\"%1\" is not a shop id."_s.arg(request.pathParams.value(u"shopId"_s).left(40))});
    auto statement = SettlementService::statement(context.db, *id, *shopId);
    if (!statement)
        return ApiResponse::fromError(statement.error());
    if (format == u"json"_s)
        return ApiResponse::json(200, statement.value().toJson());
    const QByteArray name = u"buurtmunt-%1-shop-%2.csv"_s.arg(statement.value().period).arg(*shopId).toLatin1();
    return ApiResponse::text(200, statement.value().toCsv(), "text/csv; charset=utf-8")
        .withHeader("Content-Disposition", "attachment; filename=\"" + name + '"');
}

Route financeRoute(QByteArray method, QString pattern, Handler handler)
{
    Route route = makeRoute(std::move(method), std::move(pattern), Access::Device, {u"staff"_s}, std::move(handler),
                            SessionNeed::Staff);
    route.staffRoles = {u"finance"_s};
    return route;
}

} // namespace

void registerSettlementRoutes(Router& router)
{
    router.add(financeRoute("POST", u"/v1/settlements"_s, closeSettlement));
    router.add(financeRoute("GET", u"/v1/settlements"_s, listSettlements));
    router.add(financeRoute("GET", u"/v1/settlements/{id}"_s, showSettlement));
    router.add(financeRoute("GET", u"/v1/settlements/{id}/sepa"_s, sepaFile));
    router.add(financeRoute("GET", u"/v1/settlements/{id}/statements/{shopId}"_s, shopStatement));
}

} // namespace buurtmunt::server
