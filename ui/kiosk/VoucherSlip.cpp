// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "VoucherSlip.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace buurtmunt {

QString VoucherSlip::shopList(const QStringList& shopNames, int maxListed, const QString& separator)
{
    if (shopNames.isEmpty())
        return {};
    if (shopNames.size() <= maxListed)
        return shopNames.join(separator);
    const int more = int(shopNames.size()) - std::max(0, maxListed);
    const QStringList listed = shopNames.first(std::max(0, maxListed));
    if (listed.isEmpty())
        return tr("%n shop(s)", nullptr, more);
    //: %1 is a list of shop names, %n how many more shops take the voucher
    return tr("%1 and %n more", nullptr, more).arg(listed.join(separator));
}

Slip VoucherSlip::make(const ResidentVoucher& voucher, const QString& municipalityName, const CoinText& coins,
                       const QLocale& locale, const QStringList& shopNames, int maxListed)
{
    Slip slip;
    const QString coin = coins.singular().isEmpty() ? tr("coin") : coins.singular();
    //: %1 is the municipality, %2 the coin's name, e.g. "Heerlen", "Heitje"
    slip.title = municipalityName.isEmpty() ? tr("%1 voucher").arg(coin)
                                            : tr("Municipality of %1 — %2 voucher").arg(municipalityName, coin);
    slip.lines.append({tr("Amount"), coins.format(voucher.amountCents, locale)});
    slip.lines.append({tr("Valid until"), locale.toString(voucher.expiresOn, QLocale::LongFormat)});
    // A line per shop: the slip's value column would otherwise break a
    // long shop name in the middle of a word.
    const QString shops = shopList(shopNames, maxListed, u"\n"_s);
    slip.lines.append({tr("Spend it at"), shops.isEmpty() ? tr("the shops taking part (ask at the kiosk)") : shops});
    slip.qrPayload = voucher.token;
    slip.codeCaption = voucher.manualCodeDisplay;
    slip.footer = tr("Single use. Keep it safe like cash.");
    return slip;
}

} // namespace buurtmunt
