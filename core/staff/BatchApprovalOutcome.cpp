// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "BatchApprovalOutcome.h"

#include "core/net/Problem.h"

using namespace Qt::StringLiterals;

namespace buurtmunt {

Result<BatchApprovalOutcome> BatchApprovalOutcome::fromJson(const QJsonObject& json)
{
    BatchApprovalOutcome outcome;
    if (!json.value(u"claimId"_s).isDouble())
        return Error{u"bad-response"_s, u"A batch approval result has no \"claimId\"."_s};
    outcome.claimId = ClaimId(json.value(u"claimId"_s).toInteger());
    const QString kind = json.value(u"outcome"_s).toString();
    if (kind == u"approved")
        outcome.kind = Kind::Approved;
    else if (kind == u"needs-second-approver")
        outcome.kind = Kind::NeedsSecondApprover;
    else if (kind == u"refused")
        outcome.kind = Kind::Refused;
    else
        return Error{u"bad-response"_s, u"The batch approval outcome \"%1\" is unknown."_s.arg(kind)};
    if (const auto problem = Problem::fromJson(json.value(u"problem"_s).toObject())) {
        outcome.problemType = problem->type;
        outcome.problemMessage = problem->message();
    }
    return outcome;
}

} // namespace buurtmunt
