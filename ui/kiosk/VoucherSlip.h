// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/resident/ResidentVoucher.h"
#include "ui/common/CoinText.h"
#include "ui/common/SlipPrinter.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace buurtmunt {

// What a printed voucher says: whose coin it is, how much, until when, the QR
// with the signed token, the manual code for typing, and where it can be spent.
// No name or pass number: a voucher is like cash and a lost one tells a finder
// nothing about its owner.
class VoucherSlip final {
    Q_DECLARE_TR_FUNCTIONS(VoucherSlip)

public:
    // Shops beyond this many are summed up as "and N more", so the slip still
    // fits on A6 in a town with many shops.
    static constexpr int maxShopsListed = 6;

    // One shop per line, at most `maxListed` of them.
    static Slip make(const ResidentVoucher& voucher, const QString& municipalityName, const CoinText& coins,
                     const QLocale& locale, const QStringList& shopNames, int maxListed = maxShopsListed);
    // Joined with `separator`; the shops beyond `maxListed` become "and N more".
    // Empty when none are known.
    static QString shopList(const QStringList& shopNames, int maxListed, const QString& separator);
};

} // namespace buurtmunt
