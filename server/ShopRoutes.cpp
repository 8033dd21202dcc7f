// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ShopRoutes.h"

#include "core/domain/Clock.h"
#include "server/JsonBody.h"
#include "server/ShopService.h"
#include "server/VoucherService.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace buurtmunt::server {

namespace {

const QStringList kAllDeviceRoles{u"kiosk"_s, u"counter"_s, u"staff"_s};
const QStringList kCounter{u"counter"_s};

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

QString now()
{
    return Clock::instance().nowUtc().toString(Qt::ISODate);
}

ApiResponse listShops(RequestContext& context)
{
    const ApiRequest& request = context.request;
    if (auto refused = refuseUnknownParameters(request, {u"include"_s}))
        return *refused;
    const bool staff = context.caller.role == u"staff"_s;
    bool includeInactive = false;
    if (request.query.hasQueryItem(u"include"_s)) {
        if (request.query.queryItemValue(u"include"_s) != u"inactive"_s)
            return invalidParameter(u"include"_s, u"must be \"inactive\""_s);
        // Closed shops are municipal administration, not something a
        // kiosk or another shop needs to see.
        if (!staff)
            return invalidParameter(u"include"_s, u"is only available to the staff desk"_s);
        includeInactive = true;
    }
    auto shops = ShopService::list(context.db, includeInactive);
    if (!shops)
        return ApiResponse::fromError(shops.error());
    QJsonArray items;
    for (const ShopService::Shop& shop : shops.value()) {
        const bool own = context.caller.shopId && *context.caller.shopId == shop.id;
        items.append(shop.toJson(staff || own));
    }
    return ApiResponse::json(200, QJsonObject{{u"items"_s, items}});
}

// Reads the shop fields of a POST or PUT body; `active` only for PUT.
std::optional<ShopService::Details> readDetails(JsonBody& body, bool withActive)
{
    ShopService::Details details;
    details.name = body.requiredString(u"name"_s, 1, ShopService::kMaxNameLength);
    details.address = body.requiredString(u"address"_s, 1, ShopService::kMaxAddressLength);
    details.category = body.requiredString(u"category"_s, 1, 40);
    details.iban = body.requiredString(u"iban"_s, 1, 64);
    if (withActive)
        details.active = body.requiredBool(u"active"_s);
    // The JSON reader has named missing and mistyped fields; the shop's own
    // rules add what only they know (categories, IBAN check).
    for (const InvalidParam& param : ShopService::validate(details, nullptr)) {
        if ((param.name == u"category"_s && !details.category.isEmpty())
            || (param.name == u"iban"_s && !details.iban.isEmpty()))
            body.invalid(param.name, param.reason);
    }
    if (!body.ok())
        return std::nullopt;
    return details;
}

QString staffActor(const RequestContext& context)
{
    return context.caller.actor();
}

ApiResponse createShop(RequestContext& context)
{
    JsonBody body(context.body);
    const auto details = readDetails(body, false);
    if (!details)
        return body.problem();
    auto shop = ShopService::create(context.db, *details, staffActor(context), context.caller.deviceId,
                                    context.request.requestId);
    if (!shop)
        return ApiResponse::fromError(shop.error());
    return ApiResponse::json(201, shop.value().toJson(true))
        .withHeader("Location", "/v1/shops/" + QByteArray::number(shop.value().id));
}

ApiResponse updateShop(RequestContext& context)
{
    JsonBody body(context.body);
    const auto details = readDetails(body, true);
    if (!details)
        return body.problem();
    bool ok = false;
    const QString idText = context.request.pathParams.value(u"id"_s);
    const qint64 id = idText.toLongLong(&ok);
    if (!ok || id <= 0)
        return ApiResponse::fromError({u"shop-not-found"_s, u"\"%1\" is not a shop id."_s.arg(idText.left(40))});
    auto shop = ShopService::update(context.db, id, *details, staffActor(context), context.caller.deviceId,
                                    context.request.requestId);
    if (!shop)
        return ApiResponse::fromError(shop.error());
    return ApiResponse::json(200, shop.value().toJson(true));
}

// A counter always belongs to a shop (a database constraint); its shop
// having gone is a server-side inconsistency, not the caller's fault.
Result<ShopService::Shop> ownShop(RequestContext& context)
{
    if (!context.caller.shopId)
        return Error{u"internal-error"_s, u"Counter device %1 has no shop."_s.arg(context.caller.deviceId)};
    auto shop = ShopService::find(context.db, *context.caller.shopId);
    if (!shop)
        return shop.error();
    if (!shop.value())
        return Error{u"shop-not-found"_s, u"The shop of this counter no longer exists."_s};
    return *shop.value();
}

ApiResponse currentShop(RequestContext& context)
{
    if (auto refused = refuseUnknownParameters(context.request, {}))
        return *refused;
    auto shop = ownShop(context);
    if (!shop)
        return ApiResponse::fromError(shop.error());
    const QDate today = VoucherService::localDate(Clock::instance().nowUtc());
    auto day = ShopService::totalsOn(context.db, shop.value().id, today);
    if (!day)
        return ApiResponse::fromError(day.error());
    return ApiResponse::json(200, QJsonObject{
        {u"shop"_s, shop.value().toJson(true)},
        {u"today"_s, QJsonObject{{u"count"_s, day.value().count}, {u"totalCents"_s, day.value().total.cents()}}},
        {u"asOf"_s, now()},
    });
}

ApiResponse shopRedemptions(RequestContext& context)
{
    const ApiRequest& request = context.request;
    if (auto refused = refuseUnknownParameters(request, {u"day"_s}))
        return *refused;
    QDate day = VoucherService::localDate(Clock::instance().nowUtc());
    if (request.query.hasQueryItem(u"day"_s)) {
        const QString text = request.query.queryItemValue(u"day"_s);
        const QDate parsed = QDate::fromString(text, Qt::ISODate);
        if (text.size() != 10 || !parsed.isValid())
            return invalidParameter(u"day"_s, u"must be a date written YYYY-MM-DD"_s);
        day = parsed;
    }
    auto shop = ownShop(context);
    if (!shop)
        return ApiResponse::fromError(shop.error());
    auto redemptions = ShopService::redemptionsOn(context.db, shop.value().id, day);
    if (!redemptions)
        return ApiResponse::fromError(redemptions.error());
    QJsonArray items;
    for (const ShopService::Redemption& redemption : redemptions.value())
        items.append(redemption.toJson());
    return ApiResponse::json(200, QJsonObject{{u"items"_s, items}, {u"day"_s, day.toString(Qt::ISODate)}});
}

ApiResponse shopPayouts(RequestContext& context)
{
    if (auto refused = refuseUnknownParameters(context.request, {}))
        return *refused;
    auto shop = ownShop(context);
    if (!shop)
        return ApiResponse::fromError(shop.error());
    auto payouts = ShopService::payouts(context.db, shop.value().id);
    if (!payouts)
        return ApiResponse::fromError(payouts.error());
    QJsonArray items;
    for (const ShopService::Payout& payout : payouts.value())
        items.append(payout.toJson());
    return ApiResponse::json(200, QJsonObject{{u"items"_s, items}});
}

Route adminRoute(QByteArray method, QString pattern, Handler handler)
{
    Route route = makeRoute(std::move(method), std::move(pattern), Access::Device, {u"staff"_s}, std::move(handler),
                            SessionNeed::Staff);
    route.staffRoles = {u"admin"_s};
    return route;
}

} // namespace

void registerShopRoutes(Router& router)
{
    router.add(makeRoute("GET", u"/v1/shops"_s, Access::Device, kAllDeviceRoles, listShops));
    router.add(adminRoute("POST", u"/v1/shops"_s, createShop));
    router.add(adminRoute("PUT", u"/v1/shops/{id}"_s, updateShop));
    router.add(makeRoute("GET", u"/v1/shop"_s, Access::Device, kCounter, currentShop));
    router.add(makeRoute("GET", u"/v1/shop/redemptions"_s, Access::Device, kCounter, shopRedemptions));
    router.add(makeRoute("GET", u"/v1/shop/payouts"_s, Access::Device, kCounter, shopPayouts));
}

} // namespace buurtmunt::server
