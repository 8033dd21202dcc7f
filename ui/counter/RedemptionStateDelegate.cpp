// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "RedemptionStateDelegate.h"

#include "RedemptionText.h"
#include "core/counter/CounterRedemption.h"
#include "ui/common/Theme.h"

namespace buurtmunt {

QString RedemptionStateDelegate::displayText(const QVariant& value, const QLocale& locale) const
{
    Q_UNUSED(locale);
    return RedemptionText::stateName(static_cast<CounterRedemption::State>(value.toInt()));
}

void RedemptionStateDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto state = static_cast<CounterRedemption::State>(index.data().toInt());
    if (state == CounterRedemption::State::Confirmed)
        return;
    // Words first, colour as a second cue: dark amber and the theme's warning
    // red both keep 4.5:1 on white.
    option->font.setBold(true);
    option->palette.setColor(QPalette::Text, state == CounterRedemption::State::Queued
                                                 ? QColor(0x7A, 0x4A, 0x00)
                                                 : Theme::kiosk().warningText());
}

} // namespace buurtmunt
