// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "CoinText.h"

#include "core/domain/Coins.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace buurtmunt {

CoinText::CoinText(QString singular, QString plural)
    : m_singular(std::move(singular))
    , m_plural(std::move(plural))
{
}

QString CoinText::number(qint64 cents, const QLocale& locale)
{
    // Rewards are nearly always whole coins; "15" reads faster on a card
    // than "15,00". Any fraction is shown exactly, with both decimals.
    if (cents % 100 == 0) {
        QLocale grouped = locale;
        grouped.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
        return grouped.toString(cents / 100);
    }
    return Coins(cents).format(locale);
}

QString CoinText::format(qint64 cents, const QLocale& locale) const
{
    const QString name = cents == 100 ? m_singular : m_plural;
    if (name.isEmpty())
        return number(cents, locale);
    return number(cents, locale) + u'\u00A0' + name;
}

} // namespace buurtmunt
