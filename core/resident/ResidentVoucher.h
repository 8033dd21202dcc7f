// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace buurtmunt {

// One of the resident's vouchers as the server describes it (POST /v1/vouchers,
// GET /v1/me/vouchers). The token and the manual code are cash: they live in
// memory for the visit only and are never written anywhere by the kiosk
// except onto a slip the resident asked for.
struct ResidentVoucher final {
    QString id;  // 32 lower-case hex characters, the id inside the token
    qint64 amountCents = 0;
    QString status;  // issued, redeemed, cancelled, expired
    QDateTime createdAt;  // UTC
    QDate expiresOn;  // the last day it can be spent
    QString token;  // 217 digits, what the QR code holds
    QString manualCode;  // "7KD4M2QX9P"
    QString manualCodeDisplay;  // "7KD4M-2QX9P", as printed
    QDateTime endedAt;  // UTC; invalid while issued
    QString shopName;  // where it was spent, if it was

    bool isIssued() const { return status == QLatin1String("issued"); }

    // Errors: "bad-response" naming the missing or malformed field.
    static Result<ResidentVoucher> fromJson(const QJsonObject& object);

    bool operator==(const ResidentVoucher&) const = default;
};

} // namespace buurtmunt
