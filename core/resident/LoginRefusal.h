// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Result.h"

#include <QDateTime>

#include <optional>

namespace buurtmunt {

// Why a pass + PIN did not log in. `error.code` is the server's slug
// (pass-unknown, pin-wrong, pass-locked, pass-locked-by-staff-only,
// pass-blocked) or a local one (wrong-length, bad-check-character, network...).
struct LoginRefusal final {
    Error error;
    std::optional<int> attemptsLeft;  // with pin-wrong
    std::optional<QDateTime> lockedUntil;  // with pass-locked, UTC

    bool operator==(const LoginRefusal&) const = default;
};

} // namespace buurtmunt
