// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "Settlement.h"

#include "core/domain/JsonNumber.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace buurtmunt {

namespace {

Error bad(const QString& field)
{
    return Error{u"bad-response"_s,
                 QCoreApplication::translate("Settlement", "The server's settlement is unusable: “%1” is missing or wrong.")
                     .arg(field)};
}

bool readCents(const QJsonObject& object, const QString& key, qint64* out)
{
    const auto number = JsonNumber::whole(object.value(key));
    if (!number || *number < 0)
        return false;
    *out = *number;
    return true;
}

} // namespace

Result<Settlement> Settlement::fromJson(const QJsonObject& object)
{
    static const QRegularExpression periodShape(u"^\\d{4}-(0[1-9]|1[0-2])$"_s);
    Settlement settlement;
    settlement.id = object.value(u"id"_s).toInteger();
    if (settlement.id <= 0)
        return bad(u"id"_s);
    settlement.period = object.value(u"period"_s).toString();
    if (!periodShape.match(settlement.period).hasMatch())
        return bad(u"period"_s);
    settlement.closedAt = QDateTime::fromString(object.value(u"closedAt"_s).toString(), Qt::ISODateWithMs).toUTC();
    if (!settlement.closedAt.isValid())
        return bad(u"closedAt"_s);
    settlement.closedBy = object.value(u"closedBy"_s).toString();
    if (!readCents(object, u"euroCentsPerCoin"_s, &settlement.euroCentsPerCoin) || settlement.euroCentsPerCoin == 0)
        return bad(u"euroCentsPerCoin"_s);
    qint64 cents = 0;
    if (!readCents(object, u"totalCoinsCents"_s, &cents))
        return bad(u"totalCoinsCents"_s);
    settlement.totalCoins = Coins(cents);
    if (!readCents(object, u"totalEuroCents"_s, &settlement.totalEuroCents))
        return bad(u"totalEuroCents"_s);
    settlement.sepaMessageId = object.value(u"sepaMessageId"_s).toString();

    const QJsonValue lines = object.value(u"lines"_s);
    if (lines.isUndefined() || lines.isNull())
        return settlement;
    if (!lines.isArray())
        return bad(u"lines"_s);
    settlement.hasLines = true;
    for (const QJsonValue& value : lines.toArray()) {
        const QJsonObject l = value.toObject();
        Line line;
        line.shopId = l.value(u"shopId"_s).toInteger();
        if (line.shopId <= 0)
            return bad(u"lines.shopId"_s);
        line.shopName = l.value(u"shopName"_s).toString();
        if (line.shopName.isEmpty())
            return bad(u"lines.shopName"_s);
        line.iban = l.value(u"iban"_s).toString();
        qint64 count = 0;
        if (!readCents(l, u"redemptionCount"_s, &count))
            return bad(u"lines.redemptionCount"_s);
        line.redemptionCount = int(count);
        if (!readCents(l, u"coinsCents"_s, &cents))
            return bad(u"lines.coinsCents"_s);
        line.coins = Coins(cents);
        if (!readCents(l, u"euroCents"_s, &line.euroCents))
            return bad(u"lines.euroCents"_s);
        line.endToEndId = l.value(u"endToEndId"_s).toString();
        settlement.lines.append(line);
    }
    return settlement;
}

} // namespace buurtmunt
