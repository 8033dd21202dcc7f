// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ReviewItem.h"

using namespace Qt::StringLiterals;

namespace buurtmunt {

Result<ReviewItem> ReviewItem::fromJson(const QJsonObject& json)
{
    const auto missing = [](const QString& field) {
        return Error{u"bad-response"_s, u"The review queue entry has no valid \"%1\"."_s.arg(field)};
    };
    ReviewItem item;
    if (!json.value(u"claimId"_s).isDouble())
        return missing(u"claimId"_s);
    item.claimId = ClaimId(json.value(u"claimId"_s).toInteger());
    item.taskId = TaskId(json.value(u"taskId"_s).toInteger());
    item.taskTitle = json.value(u"taskTitle"_s).toString();
    item.residentId = ResidentId(json.value(u"residentId"_s).toInteger());
    item.residentName = json.value(u"residentName"_s).toString();
    if (!json.value(u"rewardCents"_s).isDouble())
        return missing(u"rewardCents"_s);
    item.reward = Coins(json.value(u"rewardCents"_s).toInteger());
    item.estimatedMinutes = json.value(u"estimatedMinutes"_s).toInt();
    item.note = json.value(u"note"_s).toString();
    item.submittedAt = QDateTime::fromString(json.value(u"submittedAt"_s).toString(), Qt::ISODate).toUTC();
    if (const QJsonValue first = json.value(u"firstApproverId"_s); first.isDouble())
        item.firstApproverId = first.toInteger();
    item.needsTwoApprovers = json.value(u"needsTwoApprovers"_s).toBool();
    return item;
}

} // namespace buurtmunt
