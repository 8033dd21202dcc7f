// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "server/Database.h"

#include <QDateTime>

#include <optional>

namespace buurtmunt::server {

// Pass + PIN login at a kiosk, with the lockout rules: 5 wrong PINs in a row
// lock the pass for 15 minutes; 10 wrong PINs within 24 hours lock it until
// staff unlock it. Counting is per pass, so attacking one pass never locks
// another. The bookkeeping of a refused attempt must be committed even though
// the login is refused: the caller commits whatever the outcome.
class ResidentLogin final {
public:
    static constexpr int kStreakLimit = 5;
    static constexpr qint64 kStreakLockMs = 15LL * 60 * 1000;
    static constexpr int kDailyLimit = 10;
    static constexpr qint64 kDailyWindowMs = 24LL * 3600 * 1000;

    struct Outcome {
        bool ok = false;
        qint64 residentId = 0;
        QString displayName;
        QString neighbourhood;
        // When refused: "pass-unknown", "pass-blocked", "pin-wrong", "pass-locked", "pass-locked-by-staff-only".
        QString refusal;
        QString message;
        int attemptsLeft = 0;          // before the 15-minute lock
        std::optional<QDateTime> lockedUntil;
    };

    static Result<Outcome> attempt(QSqlDatabase& db, const QString& passText, const QString& pin, qint64 deviceId,
                                   const QString& requestId);
    static Status unlock(QSqlDatabase& db, qint64 residentId, const QString& actor, const QString& requestId);
    static bool isValidPin(const QString& pin);
};

} // namespace buurtmunt::server
