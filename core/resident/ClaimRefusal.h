// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Ids.h"
#include "core/domain/Result.h"

#include <optional>

namespace buurtmunt {

// Why the server did not give the resident a task. With "earnings-cap" the
// remaining room under the caps comes along, so the kiosk can say how much
// may still be earned.
struct ClaimRefusal final {
    TaskId taskId;
    Error error;
    std::optional<qint64> remainingYearCents;
    std::optional<qint64> remainingMonthCents;

    bool isCap() const { return error.code == QLatin1String("earnings-cap"); }
    bool operator==(const ClaimRefusal&) const = default;
};

} // namespace buurtmunt
