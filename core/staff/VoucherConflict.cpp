// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "VoucherConflict.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace buurtmunt {

namespace {

QDateTime instant(const QJsonValue& value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC() : QDateTime();
}

VoucherConflict::Record recordFrom(const QJsonObject& object)
{
    VoucherConflict::Record record;
    record.redemptionId = object.value(u"id"_s).toInteger();
    record.shopId = object.value(u"shopId"_s).toInteger();
    record.shopName = object.value(u"shopName"_s).toString();
    record.deviceId = object.value(u"deviceId"_s).toInteger();
    record.redeemedAt = instant(object.value(u"redeemedAt"_s));
    record.offlineAcceptedAt = instant(object.value(u"offlineAcceptedAt"_s));
    record.reportedAt = instant(object.value(u"reportedAt"_s));
    return record;
}

} // namespace

Result<VoucherConflict> VoucherConflict::fromJson(const QJsonObject& object)
{
    auto bad = [](const QString& field) {
        return Error{u"bad-response"_s,
                     QCoreApplication::translate("VoucherConflict",
                                                 "The server's voucher conflict is unusable: “%1” is missing or wrong.")
                         .arg(field)};
    };
    VoucherConflict conflict;
    conflict.id = object.value(u"id"_s).toInteger();
    if (conflict.id <= 0)
        return bad(u"id"_s);
    conflict.voucherId = object.value(u"voucherId"_s).toString();
    if (conflict.voucherId.size() != 32)
        return bad(u"voucherId"_s);
    const QJsonValue amount = object.value(u"amountCents"_s);
    if (!amount.isDouble())
        return bad(u"amountCents"_s);
    conflict.amount = Coins(amount.toInteger());
    conflict.reason = object.value(u"reason"_s).toString();
    if (conflict.reason.isEmpty())
        return bad(u"reason"_s);
    if (const QJsonValue first = object.value(u"first"_s); first.isObject())
        conflict.first = recordFrom(first.toObject());
    const QJsonValue second = object.value(u"second"_s);
    if (!second.isObject())
        return bad(u"second"_s);
    conflict.second = recordFrom(second.toObject());
    conflict.resolvedAt = instant(object.value(u"resolvedAt"_s));
    conflict.resolvedByName = object.value(u"resolvedBy"_s).toObject().value(u"name"_s).toString();
    conflict.resolutionNote = object.value(u"resolutionNote"_s).toString();
    return conflict;
}

} // namespace buurtmunt
