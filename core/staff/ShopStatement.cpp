// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ShopStatement.h"

#include "core/domain/JsonNumber.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace buurtmunt {

namespace {

Error bad(const QString& field)
{
    return Error{u"bad-response"_s,
                 QCoreApplication::translate("ShopStatement",
                                             "The server's shop statement is unusable: “%1” is missing or wrong.")
                     .arg(field)};
}

bool wholeNumber(const QJsonValue& value)
{
    const auto number = JsonNumber::whole(value);
    return number && *number >= 0;
}

QDateTime instant(const QJsonValue& value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC() : QDateTime();
}

} // namespace

Result<ShopStatement> ShopStatement::fromJson(const QJsonObject& object)
{
    ShopStatement statement;
    statement.settlementId = object.value(u"settlementId"_s).toInteger();
    if (statement.settlementId <= 0)
        return bad(u"settlementId"_s);
    statement.period = object.value(u"period"_s).toString();
    if (statement.period.size() != 7)
        return bad(u"period"_s);
    const QJsonObject shop = object.value(u"shop"_s).toObject();
    statement.shopId = shop.value(u"id"_s).toInteger();
    if (statement.shopId <= 0)
        return bad(u"shop.id"_s);
    statement.shopName = shop.value(u"name"_s).toString();
    if (statement.shopName.isEmpty())
        return bad(u"shop.name"_s);
    statement.shopAddress = shop.value(u"address"_s).toString();
    statement.iban = shop.value(u"iban"_s).toString();
    if (!wholeNumber(object.value(u"euroCentsPerCoin"_s)) || object.value(u"euroCentsPerCoin"_s).toInteger() == 0)
        return bad(u"euroCentsPerCoin"_s);
    statement.euroCentsPerCoin = object.value(u"euroCentsPerCoin"_s).toInteger();
    const QJsonValue redemptions = object.value(u"redemptions"_s);
    if (!redemptions.isArray())
        return bad(u"redemptions"_s);
    for (const QJsonValue& value : redemptions.toArray()) {
        const QJsonObject r = value.toObject();
        Redemption redemption;
        redemption.id = r.value(u"id"_s).toInteger();
        if (redemption.id <= 0)
            return bad(u"redemptions.id"_s);
        redemption.voucherId = r.value(u"voucherId"_s).toString();
        if (redemption.voucherId.isEmpty())
            return bad(u"redemptions.voucherId"_s);
        redemption.redeemedAt = instant(r.value(u"redeemedAt"_s));
        if (!redemption.redeemedAt.isValid())
            return bad(u"redemptions.redeemedAt"_s);
        if (!wholeNumber(r.value(u"amountCents"_s)))
            return bad(u"redemptions.amountCents"_s);
        redemption.amount = Coins(r.value(u"amountCents"_s).toInteger());
        redemption.offlineAcceptedAt = instant(r.value(u"offlineAcceptedAt"_s));
        statement.redemptions.append(redemption);
    }
    const QJsonObject totals = object.value(u"totals"_s).toObject();
    if (!wholeNumber(totals.value(u"count"_s)))
        return bad(u"totals.count"_s);
    statement.totalCount = int(totals.value(u"count"_s).toInteger());
    if (!wholeNumber(totals.value(u"coinsCents"_s)))
        return bad(u"totals.coinsCents"_s);
    statement.totalCoins = Coins(totals.value(u"coinsCents"_s).toInteger());
    if (!wholeNumber(totals.value(u"euroCents"_s)))
        return bad(u"totals.euroCents"_s);
    statement.totalEuroCents = totals.value(u"euroCents"_s).toInteger();
    return statement;
}

} // namespace buurtmunt
