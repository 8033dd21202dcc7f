// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Coins.h"
#include "core/domain/Ids.h"
#include "core/domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace buurtmunt {

// One submitted claim waiting for an approver, as GET /v1/review-queue lists it.
struct ReviewItem final {
    ClaimId claimId;
    TaskId taskId;
    QString taskTitle;
    ResidentId residentId;
    QString residentName;
    Coins reward;
    int estimatedMinutes = 0;
    QString note;
    QDateTime submittedAt;  // UTC
    std::optional<qint64> firstApproverId;
    bool needsTwoApprovers = false;

    // Names the first missing or mistyped field (code "bad-response").
    static Result<ReviewItem> fromJson(const QJsonObject& json);

    bool operator==(const ReviewItem&) const = default;
};

} // namespace buurtmunt
