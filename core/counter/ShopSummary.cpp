// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ShopSummary.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace buurtmunt {

namespace {

Error badField(const QString& field)
{
    return {u"bad-response"_s,
            QCoreApplication::translate("ShopSummary", "The server's shop answer is unusable: “%1” is missing or wrong.")
                .arg(field)};
}

} // namespace

Result<ShopSummary> ShopSummary::fromJson(const QJsonObject& answer)
{
    const QJsonObject shop = answer.value(u"shop"_s).toObject();
    ShopSummary summary;
    const qint64 id = shop.value(u"id"_s).toInteger();
    if (id <= 0)
        return badField(u"shop.id"_s);
    summary.id = ShopId(id);
    summary.name = shop.value(u"name"_s).toString();
    if (summary.name.isEmpty())
        return badField(u"shop.name"_s);
    summary.address = shop.value(u"address"_s).toString();
    summary.category = shop.value(u"category"_s).toString();
    summary.iban = shop.value(u"iban"_s).toString();
    const QJsonValue balance = shop.value(u"balanceCents"_s);
    if (!balance.isDouble())
        return badField(u"shop.balanceCents"_s);
    summary.balance = Coins(balance.toInteger());
    const QJsonObject today = answer.value(u"today"_s).toObject();
    const QJsonValue count = today.value(u"count"_s);
    const QJsonValue total = today.value(u"totalCents"_s);
    if (!count.isDouble() || !total.isDouble())
        return badField(u"today"_s);
    summary.todayCount = int(count.toInteger());
    summary.todayTotal = Coins(total.toInteger());
    summary.asOf = QDateTime::fromString(answer.value(u"asOf"_s).toString(), Qt::ISODateWithMs).toUTC();
    return summary;
}

} // namespace buurtmunt
