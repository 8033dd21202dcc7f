// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace buurtmunt {

// What GET /v1/me says about the logged-in resident's money: the balance and
// the earnings against the benefit-safe cap. Kept in memory only.
struct Earnings final {
    QString displayName;
    QString neighbourhood;
    qint64 balanceCents = 0;
    qint64 earnedThisYearCents = 0;
    qint64 earnedThisMonthCents = 0;
    qint64 pendingCents = 0;
    qint64 remainingYearCents = 0;
    qint64 remainingMonthCents = 0;
    qint64 yearlyCapCents = 0;
    qint64 monthlyCapCents = 0;
    int openClaims = 0;
    int maxOpenClaims = 0;
    QDateTime asOf;  // UTC; invalid while nothing was fetched

    bool isValid() const { return asOf.isValid(); }
    // Earned plus what open claims will bring if approved: what counts
    // against the cap before the next claim.
    qint64 committedThisYearCents() const { return earnedThisYearCents + pendingCents; }

    // Errors: "bad-response" naming the missing or malformed field.
    static Result<Earnings> fromJson(const QJsonObject& object);

    bool operator==(const Earnings&) const = default;
};

} // namespace buurtmunt
