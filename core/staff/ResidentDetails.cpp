// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ResidentDetails.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace buurtmunt {

namespace {

QDateTime instant(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate).toUTC();
}

Coins cents(const QJsonObject& json, const QString& field)
{
    return Coins(json.value(field).toInteger());
}

} // namespace

Result<ResidentDetails> ResidentDetails::fromJson(const QJsonObject& json)
{
    auto resident = ResidentSummary::fromJson(json.value(u"resident"_s).toObject());
    if (!resident)
        return resident.error();
    ResidentDetails details;
    details.resident = resident.value();

    const QJsonObject earnings = json.value(u"earnings"_s).toObject();
    details.earnings.balance = cents(earnings, u"balanceCents"_s);
    details.earnings.earnedThisYear = cents(earnings, u"earnedThisYearCents"_s);
    details.earnings.earnedThisMonth = cents(earnings, u"earnedThisMonthCents"_s);
    details.earnings.pending = cents(earnings, u"pendingCents"_s);
    details.earnings.yearlyCap = cents(earnings, u"yearlyCapCents"_s);
    details.earnings.monthlyCap = cents(earnings, u"monthlyCapCents"_s);
    details.earnings.openClaims = earnings.value(u"openClaims"_s).toInt();

    for (const QJsonValue& value : json.value(u"claims"_s).toArray()) {
        const QJsonObject claim = value.toObject();
        details.claims.append({claim.value(u"id"_s).toInteger(), claim.value(u"taskTitle"_s).toString(),
                               claim.value(u"status"_s).toString(), cents(claim, u"rewardCents"_s),
                               instant(claim.value(u"claimedAt"_s)), claim.value(u"rejectReason"_s).toString()});
    }
    for (const QJsonValue& value : json.value(u"transactions"_s).toArray()) {
        const QJsonObject entry = value.toObject();
        details.transactions.append({entry.value(u"transactionId"_s).toInteger(entry.value(u"id"_s).toInteger()), entry.value(u"kind"_s).toString(),
                                     cents(entry, u"amountCents"_s), entry.value(u"memo"_s).toString(),
                                     instant(entry.value(u"at"_s))});
    }
    return details;
}

} // namespace buurtmunt
