// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ResidentVoucher.h"

#include "core/domain/JsonNumber.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace buurtmunt {

Result<ResidentVoucher> ResidentVoucher::fromJson(const QJsonObject& object)
{
    const auto bad = [](const QString& field) {
        return Error{u"bad-response"_s, u"The server's voucher has no valid \"%1\"."_s.arg(field)};
    };
    static const QRegularExpression hexId(u"^[0-9a-f]{32}$"_s);
    static const QRegularExpression digits(u"^[0-9]+$"_s);
    static const QRegularExpression code(u"^[0-9A-Z]{10}$"_s);

    ResidentVoucher v;
    v.id = object.value(u"id"_s).toString();
    if (!hexId.match(v.id).hasMatch())
        return bad(u"id"_s);
    // A fraction of a cent or a zero voucher would be a server fault; showing
    // it as money would be worse.
    const auto amount = JsonNumber::whole(object.value(u"amountCents"_s));
    if (!amount || *amount <= 0)
        return bad(u"amountCents"_s);
    v.amountCents = *amount;
    v.status = object.value(u"status"_s).toString();
    if (v.status != u"issued"_s && v.status != u"redeemed"_s && v.status != u"cancelled"_s
        && v.status != u"expired"_s)
        return bad(u"status"_s);
    v.createdAt = QDateTime::fromString(object.value(u"createdAt"_s).toString(), Qt::ISODate);
    if (!v.createdAt.isValid())
        return bad(u"createdAt"_s);
    v.createdAt = v.createdAt.toUTC();
    v.expiresOn = QDate::fromString(object.value(u"expiresOn"_s).toString(), Qt::ISODate);
    if (!v.expiresOn.isValid())
        return bad(u"expiresOn"_s);
    v.token = object.value(u"token"_s).toString();
    if (!digits.match(v.token).hasMatch())
        return bad(u"token"_s);
    v.manualCode = object.value(u"manualCode"_s).toString();
    if (!code.match(v.manualCode).hasMatch())
        return bad(u"manualCode"_s);
    v.manualCodeDisplay = object.value(u"manualCodeDisplay"_s).toString();
    if (QString(v.manualCodeDisplay).remove(u'-') != v.manualCode)
        return bad(u"manualCodeDisplay"_s);
    const QJsonValue ended = object.value(u"endedAt"_s);
    if (!ended.isNull() && !ended.isUndefined()) {
        v.endedAt = QDateTime::fromString(ended.toString(), Qt::ISODate);
        if (!v.endedAt.isValid())
            return bad(u"endedAt"_s);
        v.endedAt = v.endedAt.toUTC();
    }
    v.shopName = object.value(u"shopName"_s).toString();
    return v;
}

} // namespace buurtmunt
