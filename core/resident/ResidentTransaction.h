// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace buurtmunt {

// One movement on the resident's coin account (GET /v1/me/transactions):
// positive amounts came in (rewards, released vouchers), negative went out.
struct ResidentTransaction final {
    qint64 transactionId = 0;
    QString kind;  // reward, voucher_hold, voucher_release, reversal, ...
    qint64 amountCents = 0;
    QString memo;
    QDateTime at;  // UTC

    // Errors: "bad-response" naming the field.
    static Result<ResidentTransaction> fromJson(const QJsonObject& object);

    bool operator==(const ResidentTransaction&) const = default;
};

} // namespace buurtmunt
