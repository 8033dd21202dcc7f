// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "CounterRedemption.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace buurtmunt {

Result<CounterRedemption> CounterRedemption::fromJson(const QJsonObject& object)
{
    auto bad = [](const QString& field) {
        return Error{u"bad-response"_s,
                     QCoreApplication::translate("CounterRedemption",
                                                 "The server's redemption is unusable: “%1” is missing or wrong.")
                         .arg(field)};
    };
    CounterRedemption redemption;
    redemption.id = object.value(u"id"_s).toInteger();
    if (redemption.id <= 0)
        return bad(u"id"_s);
    redemption.voucherId = object.value(u"voucherId"_s).toString();
    if (redemption.voucherId.size() != 32)
        return bad(u"voucherId"_s);
    const QJsonValue amount = object.value(u"amountCents"_s);
    if (!amount.isDouble() || amount.toInteger() <= 0)
        return bad(u"amountCents"_s);
    redemption.amount = Coins(amount.toInteger());
    redemption.at = QDateTime::fromString(object.value(u"redeemedAt"_s).toString(), Qt::ISODateWithMs).toUTC();
    if (!redemption.at.isValid())
        return bad(u"redeemedAt"_s);
    redemption.shopName = object.value(u"shopName"_s).toString();
    const QJsonValue offline = object.value(u"offlineAcceptedAt"_s);
    if (offline.isString())
        redemption.offlineAcceptedAt = QDateTime::fromString(offline.toString(), Qt::ISODateWithMs).toUTC();
    redemption.state = State::Confirmed;
    return redemption;
}

} // namespace buurtmunt
