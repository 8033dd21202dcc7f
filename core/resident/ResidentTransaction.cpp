// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ResidentTransaction.h"

#include "core/domain/JsonNumber.h"

using namespace Qt::StringLiterals;

namespace buurtmunt {

Result<ResidentTransaction> ResidentTransaction::fromJson(const QJsonObject& object)
{
    const auto bad = [](const QString& field) {
        return Error{u"bad-response"_s, u"The server's transaction has no valid \"%1\"."_s.arg(field)};
    };
    ResidentTransaction t;
    t.transactionId = object.value(u"transactionId"_s).toInteger();
    if (t.transactionId <= 0)
        return bad(u"transactionId"_s);
    const auto amount = JsonNumber::whole(object.value(u"amountCents"_s));
    if (!amount)
        return bad(u"amountCents"_s);
    t.amountCents = *amount;
    t.kind = object.value(u"kind"_s).toString();
    t.memo = object.value(u"memo"_s).toString();
    t.at = QDateTime::fromString(object.value(u"at"_s).toString(), Qt::ISODate);
    if (!t.at.isValid())
        return bad(u"at"_s);
    t.at = t.at.toUTC();
    return t;
}

} // namespace buurtmunt
