// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ResidentSummary.h"

using namespace Qt::StringLiterals;

namespace buurtmunt {

Result<ResidentSummary> ResidentSummary::fromJson(const QJsonObject& json)
{
    ResidentSummary resident;
    if (!json.value(u"id"_s).isDouble() || json.value(u"id"_s).toInteger() <= 0)
        return Error{u"bad-response"_s, u"The resident has no valid \"id\"."_s};
    resident.id = ResidentId(json.value(u"id"_s).toInteger());
    resident.displayName = json.value(u"displayName"_s).toString();
    resident.neighbourhood = json.value(u"neighbourhood"_s).toString();
    resident.status = json.value(u"status"_s).toString(u"active"_s);
    resident.lockedUntil = QDateTime::fromString(json.value(u"lockedUntil"_s).toString(), Qt::ISODate).toUTC();
    resident.lockedByStaffOnly = json.value(u"lockedByStaffOnly"_s).toBool();
    resident.createdAt = QDateTime::fromString(json.value(u"createdAt"_s).toString(), Qt::ISODate).toUTC();
    resident.balance = Coins(json.value(u"balanceCents"_s).toInteger());
    return resident;
}

} // namespace buurtmunt
