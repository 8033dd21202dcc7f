// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ShopRecord.h"

#include "core/domain/JsonNumber.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace buurtmunt {

QStringList ShopRecord::categories()
{
    return {u"bakery"_s, u"greengrocer"_s, u"butcher"_s, u"supermarket"_s, u"bicycles"_s,
            u"books"_s,  u"hardware"_s,    u"cafe"_s,    u"clothing"_s,    u"other"_s};
}

Result<ShopRecord> ShopRecord::fromJson(const QJsonObject& object)
{
    auto bad = [](const QString& field) {
        return Error{u"bad-response"_s,
                     QCoreApplication::translate("ShopRecord", "The server's shop is unusable: “%1” is missing or wrong.")
                         .arg(field)};
    };
    ShopRecord shop;
    shop.id = object.value(u"id"_s).toInteger();
    if (shop.id <= 0)
        return bad(u"id"_s);
    shop.name = object.value(u"name"_s).toString();
    if (shop.name.isEmpty())
        return bad(u"name"_s);
    shop.address = object.value(u"address"_s).toString();
    shop.category = object.value(u"category"_s).toString();
    if (shop.category.isEmpty())
        return bad(u"category"_s);
    shop.iban = object.value(u"iban"_s).toString();
    const QJsonValue balance = object.value(u"balanceCents"_s);
    if (!balance.isUndefined()) {
        const auto cents = JsonNumber::whole(balance);
        if (!cents)
            return bad(u"balanceCents"_s);
        shop.balance = Coins(*cents);
    }
    const QJsonValue active = object.value(u"active"_s);
    if (!active.isBool())
        return bad(u"active"_s);
    shop.active = active.toBool();
    return shop;
}

QJsonObject ShopRecord::toJson(bool forUpdate) const
{
    QJsonObject body{{u"name"_s, name.trimmed()},
                     {u"address"_s, address.trimmed()},
                     {u"category"_s, category},
                     {u"iban"_s, iban}};
    if (forUpdate)
        body.insert(u"active"_s, active);
    return body;
}

} // namespace buurtmunt
