// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ResidentRowDelegate.h"

#include <QFontMetrics>
#include <QPainter>

namespace buurtmunt {

ResidentRowDelegate::ResidentRowDelegate(const Theme& theme, Formatter formatter, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_theme(theme)
    , m_formatter(std::move(formatter))
{
}

void ResidentRowDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const Row row = m_formatter(index);
    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    const QRect card = option.rect.adjusted(4, 4, -4, -4);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(selected ? m_theme.accent() : m_theme.border(), selected ? 3 : 1));
    painter->setBrush(selected ? m_theme.selection() : m_theme.surface());
    painter->drawRoundedRect(card, 10, 10);

    const QRect inner = card.adjusted(18, 10, -18, -10);
    const bool rtl = option.direction == Qt::RightToLeft;
    QFont titleFont = m_theme.bodyFont();
    titleFont.setBold(true);
    const QFont detailFont = m_theme.smallFont();
    QFont amountFont = m_theme.bodyFont();
    amountFont.setBold(true);
    const int amountWidth = row.amount.isEmpty() ? 0 : QFontMetrics(amountFont).horizontalAdvance(row.amount) + 16;
    QRect text = inner;
    if (rtl)
        text.setLeft(inner.left() + amountWidth);
    else
        text.setRight(inner.right() - amountWidth);
    const Qt::Alignment start = (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop;
    const int titleHeight = QFontMetrics(titleFont).height();

    painter->setPen(m_theme.text());
    painter->setFont(titleFont);
    painter->drawText(QRect(text.left(), text.top(), text.width(), titleHeight), start,
                      QFontMetrics(titleFont).elidedText(row.title, Qt::ElideRight, text.width()));
    painter->setFont(detailFont);
    painter->drawText(QRect(text.left(), text.top() + titleHeight + 4, text.width(), text.height() - titleHeight - 4),
                      start | Qt::TextWordWrap, row.detail);
    if (!row.amount.isEmpty()) {
        painter->setFont(amountFont);
        painter->setPen(m_theme.reward());
        painter->drawText(inner, (rtl ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, row.amount);
    }
    painter->restore();
}

QSize ResidentRowDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    QFont titleFont = m_theme.bodyFont();
    titleFont.setBold(true);
    const int height = QFontMetrics(titleFont).height() + 2 * QFontMetrics(m_theme.smallFont()).height() + 36;
    return {option.rect.width() > 0 ? option.rect.width() : 400, std::max(height, 2 * m_theme.touchTarget())};
}

} // namespace buurtmunt
