// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Result.h"

#include <QString>

#include <optional>

namespace buurtmunt {

// Why a voucher was not made or not cancelled. The numbers the server sends
// along let the kiosk say what would work instead: the balance there really
// is, how many open vouchers are allowed, or what became of the voucher.
struct VoucherRefusal final {
    Error error;
    QString voucherId;  // for a cancel; empty when making one
    std::optional<qint64> balanceCents;  // insufficient-balance
    std::optional<int> maxOpen;  // too-many-open-vouchers
    QString status;  // voucher-not-issued: redeemed, cancelled or expired

    bool isInsufficientBalance() const { return error.code == QLatin1String("insufficient-balance"); }
    bool isTooManyOpen() const { return error.code == QLatin1String("too-many-open-vouchers"); }
    bool isNotIssued() const { return error.code == QLatin1String("voucher-not-issued"); }
    bool operator==(const VoucherRefusal&) const = default;
};

} // namespace buurtmunt
