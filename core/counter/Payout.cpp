// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "Payout.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace buurtmunt {

Result<Payout> Payout::fromJson(const QJsonObject& object)
{
    auto bad = [](const QString& field) {
        return Error{u"bad-response"_s,
                     QCoreApplication::translate("Payout", "The server's payout is unusable: “%1” is missing or wrong.")
                         .arg(field)};
    };
    Payout payout;
    payout.transactionId = object.value(u"transactionId"_s).toInteger();
    payout.at = QDateTime::fromString(object.value(u"at"_s).toString(), Qt::ISODateWithMs).toUTC();
    if (!payout.at.isValid())
        return bad(u"at"_s);
    const QJsonValue amount = object.value(u"amountCents"_s);
    if (!amount.isDouble())
        return bad(u"amountCents"_s);
    payout.amount = Coins(amount.toInteger());
    const QJsonValue euro = object.value(u"euroCents"_s);
    if (!euro.isDouble())
        return bad(u"euroCents"_s);
    payout.euroCents = euro.toInteger();
    payout.memo = object.value(u"memo"_s).toString();
    return payout;
}

} // namespace buurtmunt
