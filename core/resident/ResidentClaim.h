// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/ClaimStatus.h"
#include "core/domain/Ids.h"
#include "core/domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace buurtmunt {

// One of the logged-in resident's claims as the server reports it.
struct ResidentClaim final {
    ClaimId id;
    TaskId taskId;
    QString taskTitle;
    ClaimStatus status = ClaimStatus::Claimed;
    qint64 rewardCents = 0;
    int estimatedMinutes = 0;
    QString toolboxCode;  // grouped for reading, e.g. "K7M-4QX"; empty without toolbox
    QString note;
    QString rejectReason;
    QDateTime claimedAt;
    QDateTime expiresAt;
    QDateTime submittedAt;  // invalid until submitted

    bool isOpen() const { return buurtmunt::isOpen(status); }

    // Errors: "bad-response" naming the field.
    static Result<ResidentClaim> fromJson(const QJsonObject& object);

    bool operator==(const ResidentClaim&) const = default;
};

} // namespace buurtmunt
