// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "VoucherRoutes.h"

#include "core/domain/Clock.h"
#include "server/JsonBody.h"
#include "server/VoucherService.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace buurtmunt::server {

namespace {

const QStringList kKiosk{u"kiosk"_s};

ApiResponse refused(const Error& error, const QJsonObject& members)
{
    ApiResponse response = ApiResponse::fromError(error);
    return members.isEmpty() ? response : ApiResponse::withProblemMembers(response, members);
}

ApiResponse createVoucher(RequestContext& context)
{
    JsonBody body(context.body);
    const qint64 amount = body.requiredInteger(u"amountCents"_s, 1, VoucherService::kMaxAmountCents);
    if (!body.ok())
        return body.problem();
    QJsonObject members;
    auto voucher = VoucherService::create(context.db, *context.caller.residentId, amount, context.caller.deviceId,
                                          context.request.requestId, &members);
    if (!voucher)
        return refused(voucher.error(), members);
    return ApiResponse::json(201, voucher.value().toJson());
}

ApiResponse myVouchers(RequestContext& context)
{
    auto vouchers = VoucherService::listIssued(context.db, *context.caller.residentId);
    if (!vouchers)
        return ApiResponse::fromError(vouchers.error());
    QJsonArray items;
    for (const VoucherService::Voucher& voucher : vouchers.value())
        items.append(voucher.toJson());
    return ApiResponse::json(200, QJsonObject{{u"items"_s, items},
                                              {u"asOf"_s, Clock::instance().nowUtc().toString(Qt::ISODate)}});
}

ApiResponse cancelVoucher(RequestContext& context)
{
    JsonBody body(context.body);
    if (!body.ok())
        return body.problem();
    const QString id = context.request.pathParams.value(u"id"_s).toLower();
    QJsonObject members;
    auto voucher = VoucherService::cancel(context.db, *context.caller.residentId, id, context.caller.deviceId,
                                          context.request.requestId, &members);
    if (!voucher)
        return refused(voucher.error(), members);
    return ApiResponse::json(200, voucher.value().toJson());
}

} // namespace

void registerVoucherRoutes(Router& router)
{
    router.add(makeRoute("POST", u"/v1/vouchers"_s, Access::Device, kKiosk, createVoucher, SessionNeed::Resident));
    router.add(makeRoute("GET", u"/v1/me/vouchers"_s, Access::Device, kKiosk, myVouchers, SessionNeed::Resident));
    router.add(makeRoute("POST", u"/v1/vouchers/{id}/cancel"_s, Access::Device, kKiosk, cancelVoucher,
                         SessionNeed::Resident));
}

} // namespace buurtmunt::server
