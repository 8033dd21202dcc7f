// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Coins.h"
#include "core/domain/Ids.h"
#include "core/domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace buurtmunt {

// A resident as the admin screens list them (GET /v1/residents). Only staff
// with the admin role ever see this; kiosks never hold it.
struct ResidentSummary final {
    ResidentId id;
    QString displayName;
    QString neighbourhood;
    QString status;          // "active" or "blocked"
    QDateTime lockedUntil;   // invalid when not locked by wrong PINs
    bool lockedByStaffOnly = false;  // locked until staff unlock the pass
    QDateTime createdAt;
    Coins balance;

    bool isBlocked() const { return status == u"blocked"; }
    // Locked by wrong PINs at `now`, either for a while or until staff unlock it.
    bool isLocked(const QDateTime& now) const
    {
        return lockedByStaffOnly || (lockedUntil.isValid() && lockedUntil > now);
    }

    static Result<ResidentSummary> fromJson(const QJsonObject& json);

    bool operator==(const ResidentSummary&) const = default;
};

} // namespace buurtmunt
