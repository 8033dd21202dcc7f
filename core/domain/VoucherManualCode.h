// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Result.h"

#include <QString>
#include <QStringView>

namespace buurtmunt {

// The short code printed under a voucher's QR for typing when scanning fails:
// 9 random characters (about 44 bits) and a check character. It identifies a
// voucher on the server; unlike the QR token it proves nothing by itself.
class VoucherManualCode final {
public:
    static constexpr int length = 10;

    VoucherManualCode() = default;  // null; for containers

    static VoucherManualCode generate();
    // Errors: "bad-character", "wrong-length", "bad-check-character".
    static Result<VoucherManualCode> parse(QStringView typed);

    bool isNull() const { return m_code.isEmpty(); }
    QString toString() const { return m_code; }  // "7KD4M2QX9P", as stored
    QString display() const;                      // "7KD4M-2QX9P", as printed

    bool operator==(const VoucherManualCode&) const = default;

private:
    explicit VoucherManualCode(QString code) : m_code(std::move(code)) {}

    QString m_code;
};

} // namespace buurtmunt
