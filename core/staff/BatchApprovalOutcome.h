// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Ids.h"
#include "core/domain/Result.h"

#include <QJsonObject>
#include <QString>

namespace buurtmunt {

// What POST /v1/claims/approve-batch did with one claim.
struct BatchApprovalOutcome final {
    enum class Kind { Approved, NeedsSecondApprover, Refused };

    ClaimId claimId;
    Kind kind = Kind::Refused;
    QString problemType;     // slug, when refused
    QString problemMessage;  // the server's sentence, when refused

    static Result<BatchApprovalOutcome> fromJson(const QJsonObject& json);

    bool operator==(const BatchApprovalOutcome&) const = default;
};

} // namespace buurtmunt
