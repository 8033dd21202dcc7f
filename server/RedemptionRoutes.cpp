// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "RedemptionRoutes.h"

#include "server/JsonBody.h"
#include "server/RedemptionService.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace buurtmunt::server {

namespace {

constexpr int kMaxConflicts = 500;
// A token is 217 digits; scanners may add line breaks, which the codec
// tolerates, so leave a little room before calling the body wrong.
constexpr int kMaxTokenLength = 400;

// RFC 3339 in UTC, as the contract asks of offlineAcceptedAt: a counter's
// local time with an offset would be read wrongly by a person later.
std::optional<QDateTime> parseUtcInstant(const QString& text)
{
    static const QRegularExpression form(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$"_s);
    if (!form.match(text).hasMatch())
        return std::nullopt;
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toUTC();
}

ApiResponse redeem(RequestContext& context)
{
    JsonBody body(context.body);
    const std::optional<QString> token = body.optionalString(u"token"_s, kMaxTokenLength);
    const std::optional<QString> manualCode = body.optionalString(u"manualCode"_s, 32);
    const std::optional<QString> offlineText = body.optionalString(u"offlineAcceptedAt"_s, 40);
    RedemptionInput input;
    if (token.has_value() == manualCode.has_value()) {
        body.invalid(token ? u"manualCode"_s : u"token"_s,
                     token ? u"must not be sent together with token; send exactly one of them"_s
                           : u"or manualCode is required; send exactly one of them"_s);
    } else if (token) {
        if (token->isEmpty())
            body.invalid(u"token"_s, u"must not be empty"_s);
        input.token = *token;
    } else {
        auto parsed = VoucherManualCode::parse(*manualCode);
        if (!parsed)
            body.invalid(u"manualCode"_s, parsed.error().message);
        else
            input.manualCode = parsed.value();
    }
    if (offlineText) {
        input.offlineAcceptedAt = parseUtcInstant(*offlineText);
        if (!input.offlineAcceptedAt)
            body.invalid(u"offlineAcceptedAt"_s, u"must be an RFC 3339 instant in UTC, e.g. 2026-11-23T10:15:00Z"_s);
    }
    if (!body.ok())
        return body.problem();

    RedeemingDevice device;
    device.deviceId = context.caller.deviceId;
    device.shopId = context.caller.shopId;
    device.actor = context.caller.actor();
    auto outcome = RedemptionService::redeem(context.db, device, input, context.request.requestId);
    if (!outcome)
        return ApiResponse::fromError(outcome.error());
    const RedemptionService::Outcome& result = outcome.value();
    if (!result.redemption) {
        const ApiResponse refused = ApiResponse::fromError({result.refusal, result.message});
        return result.members.isEmpty() ? refused : ApiResponse::withProblemMembers(refused, result.members);
    }
    return ApiResponse::json(result.created ? 201 : 200, result.redemption->toJson());
}

ApiResponse listConflicts(RequestContext& context)
{
    if (!context.request.query.isEmpty()) {
        const QString name = context.request.query.queryItems().constFirst().first;
        return ApiResponse::problem(400, u"invalid-parameter"_s, u"A query parameter is not valid"_s,
                                    u"%1 is not a known parameter (this listing takes none)."_s.arg(name),
                                    {{name, u"is not a known parameter"_s}});
    }
    auto conflicts = RedemptionService::conflicts(context.db, kMaxConflicts);
    if (!conflicts)
        return ApiResponse::fromError(conflicts.error());
    QJsonArray items;
    for (const VoucherConflict& conflict : conflicts.value())
        items.append(conflict.toJson());
    return ApiResponse::json(200, QJsonObject{{u"items"_s, items}});
}

ApiResponse resolveConflict(RequestContext& context)
{
    JsonBody body(context.body);
    const QString note = body.requiredString(u"note"_s, 3, 500);
    if (!body.ok())
        return body.problem();
    const std::optional<qint64> id = context.request.pathId();
    if (!id)
        return ApiResponse::fromError({u"conflict-not-found"_s, u"\"%1\" is not a conflict id."_s
                                                                     .arg(context.request.pathParams.value(u"id"_s).left(40))});
    auto resolved = RedemptionService::resolveConflict(context.db, *id, *context.caller.staffId, note,
                                                       context.request.requestId);
    if (!resolved)
        return ApiResponse::fromError(resolved.error());
    return ApiResponse::json(200, resolved.value().toJson());
}

} // namespace

void registerRedemptionRoutes(Router& router)
{
    // The counter itself is the credential: a shopkeeper does not log in to
    // take a voucher.
    Route redeemRoute = makeRoute("POST", u"/v1/redemptions"_s, Access::Device, {u"counter"_s}, redeem);
    // The release of an expired voucher and a recorded offline conflict must
    // stay although the answer is a refusal; refusals are then not replayed,
    // so a retry is judged again (and finds the same conflict row).
    redeemRoute.commitRefusals = true;
    router.add(redeemRoute);
    Route conflicts = makeRoute("GET", u"/v1/voucher-conflicts"_s, Access::Device, {u"staff"_s}, listConflicts,
                                SessionNeed::Staff);
    conflicts.staffRoles = {u"finance"_s, u"admin"_s};
    router.add(conflicts);
    Route resolve = makeRoute("POST", u"/v1/voucher-conflicts/{id}/resolution"_s, Access::Device, {u"staff"_s},
                              resolveConflict, SessionNeed::Staff);
    resolve.staffRoles = conflicts.staffRoles;
    router.add(resolve);
}

} // namespace buurtmunt::server
