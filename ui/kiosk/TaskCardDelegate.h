// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "ui/common/CoinText.h"
#include "ui/common/Theme.h"

#include <QIcon>
#include <QLocale>
#include <QStyledItemDelegate>

namespace buurtmunt {

// Paints one task as a large card straight from the model's roles: no widget
// per row, and every card the same height so a list of ten thousand tasks
// scrolls and filters without measuring each one.
class TaskCardDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit TaskCardDelegate(const Theme& theme, QObject* parent = nullptr);

    void setCoinText(const CoinText& coins) { m_coins = coins; }
    void setLocale(const QLocale& locale) { m_locale = locale; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The same text a screen reader hears for the card.
    QString accessibleText(const QModelIndex& index) const;
    QString rewardText(const QModelIndex& index) const;

    int cardHeight() const;

private:
    Theme m_theme;
    CoinText m_coins;
    QLocale m_locale;
    QIcon m_toolboxIcon;
    QIcon m_clockIcon;
};

} // namespace buurtmunt
