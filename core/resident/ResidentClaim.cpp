// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ResidentClaim.h"

#include "core/domain/JsonNumber.h"

using namespace Qt::StringLiterals;

namespace buurtmunt {

namespace {
QDateTime instant(const QJsonValue& value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}
}

Result<ResidentClaim> ResidentClaim::fromJson(const QJsonObject& object)
{
    const auto bad = [](const QString& field) {
        return Error{u"bad-response"_s, u"The server's claim has no valid \"%1\"."_s.arg(field)};
    };
    ResidentClaim claim;
    claim.id = ClaimId(object.value(u"id"_s).toInteger());
    if (!claim.id.isValid())
        return bad(u"id"_s);
    claim.taskId = TaskId(object.value(u"taskId"_s).toInteger());
    const auto status = claimStatusFromString(object.value(u"status"_s).toString());
    if (!status)
        return bad(u"status"_s);
    claim.status = *status;
    const auto reward = JsonNumber::whole(object.value(u"rewardCents"_s));
    if (!reward || *reward < 0)
        return bad(u"rewardCents"_s);
    claim.rewardCents = *reward;
    claim.taskTitle = object.value(u"taskTitle"_s).toString();
    claim.estimatedMinutes = object.value(u"estimatedMinutes"_s).toInt();
    claim.toolboxCode = object.value(u"toolboxCode"_s).toString();
    claim.note = object.value(u"note"_s).toString();
    claim.rejectReason = object.value(u"rejectReason"_s).toString();
    claim.claimedAt = instant(object.value(u"claimedAt"_s));
    claim.expiresAt = instant(object.value(u"expiresAt"_s));
    claim.submittedAt = instant(object.value(u"submittedAt"_s));
    return claim;
}

} // namespace buurtmunt
