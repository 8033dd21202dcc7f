// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TaskCardDelegate.h"

#include "TaskText.h"
#include "core/store/TaskListModel.h"
#include "ui/common/CategoryNames.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace buurtmunt {

namespace {
// Gap between cards, and the space inside a card around its text.
constexpr int outerMargin = 8;
constexpr int innerPadding = 18;
constexpr int lineGap = 6;
constexpr int iconSize = 30;
constexpr int minimumCardWidth = 480;
}

TaskCardDelegate::TaskCardDelegate(const Theme& theme, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_theme(theme)
    , m_locale(QLocale(QLocale::Dutch, QLocale::Netherlands))
    , m_toolboxIcon(u":/buurtmunt/icons/toolbox.svg"_s)
    , m_clockIcon(u":/buurtmunt/icons/clock.svg"_s)
{
}

int TaskCardDelegate::cardHeight() const
{
    const QFontMetrics title(m_theme.titleFont());
    const QFontMetrics body(m_theme.bodyFont());
    return 2 * outerMargin + 2 * innerPadding + title.height() + 2 * lineGap
        + 2 * std::max(body.height(), iconSize);
}

QSize TaskCardDelegate::sizeHint(const QStyleOptionViewItem&, const QModelIndex&) const
{
    // A constant: QListView::uniformItemSizes then asks only once. The list
    // stretches cards to its own width, so only the minimum width is given.
    return {minimumCardWidth, cardHeight()};
}

QString TaskCardDelegate::rewardText(const QModelIndex& index) const
{
    return m_coins.format(index.data(TaskListModel::RewardCentsRole).toLongLong(), m_locale);
}

QString TaskCardDelegate::accessibleText(const QModelIndex& index) const
{
    QStringList parts{
        index.data(TaskListModel::TitleRole).toString(),
        rewardText(index),
        index.data(TaskListModel::NeighbourhoodRole).toString(),
        CategoryNames::displayName(index.data(TaskListModel::CategoryRole).toString()),
        TaskText::duration(index.data(TaskListModel::EstimatedMinutesRole).toInt()),
        TaskText::slotsLeft(index.data(TaskListModel::SlotsLeftRole).toInt()),
    };
    if (index.data(TaskListModel::ToolboxRole).toBool())
        parts << TaskText::toolbox(true);
    return parts.join(u", "_s);
}

void TaskCardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    const Qt::LayoutDirection direction = option.direction;
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setLayoutDirection(direction);

    const QRectF card = QRectF(option.rect).adjusted(outerMargin, outerMargin / 2.0,
                                                     -outerMargin, -outerMargin / 2.0);
    QPainterPath shape;
    shape.addRoundedRect(card, 12, 12);
    painter->fillPath(shape, selected ? m_theme.selection() : m_theme.surface());
    painter->setPen(QPen(selected ? m_theme.accent() : m_theme.border(), selected ? 3 : 1.5));
    painter->drawPath(shape);
    if (focused) {
        painter->setPen(QPen(m_theme.focus(), 3, Qt::DashLine));
        painter->drawRoundedRect(card.adjusted(4, 4, -4, -4), 9, 9);
    }

    const QRect inner = card.toRect().adjusted(innerPadding, innerPadding, -innerPadding, -innerPadding);
    // Sub-rectangles are laid out left-to-right and mirrored for
    // right-to-left languages by QStyle::visualRect.
    const auto visual = [&](const QRect& logical) {
        return QStyle::visualRect(direction, inner, logical);
    };
    const auto leading = QStyle::visualAlignment(direction, Qt::AlignLeft | Qt::AlignVCenter);
    const auto trailing = QStyle::visualAlignment(direction, Qt::AlignRight | Qt::AlignVCenter);

    const QFontMetrics titleMetrics(m_theme.titleFont());
    const QFontMetrics bodyMetrics(m_theme.bodyFont());
    const QFontMetrics rewardMetrics(m_theme.rewardFont());
    const int rowHeight = std::max(bodyMetrics.height(), iconSize);

    // Line 1: title, reward on the trailing side.
    const QString reward = rewardText(index);
    const int rewardWidth = rewardMetrics.horizontalAdvance(reward) + 4;
    const QRect titleRow(inner.left(), inner.top(), inner.width(), titleMetrics.height());
    const QRect rewardRect(titleRow.right() - rewardWidth, titleRow.top(), rewardWidth, titleRow.height());
    const QRect titleRect(titleRow.left(), titleRow.top(),
                          titleRow.width() - rewardWidth - innerPadding, titleRow.height());
    painter->setFont(m_theme.titleFont());
    painter->setPen(m_theme.text());
    painter->drawText(visual(titleRect), leading,
                      titleMetrics.elidedText(index.data(TaskListModel::TitleRole).toString(),
                                              Qt::ElideRight, titleRect.width()));
    painter->setFont(m_theme.rewardFont());
    painter->setPen(m_theme.reward());
    painter->drawText(visual(rewardRect), trailing, reward);

    // Line 2: where and what kind of task; places left on the trailing side.
    const int secondTop = titleRow.bottom() + lineGap;
    const QString slotsText = TaskText::slotsLeft(index.data(TaskListModel::SlotsLeftRole).toInt());
    const int slotsWidth = bodyMetrics.horizontalAdvance(slotsText) + 4;
    const QRect slotsRect(inner.right() - slotsWidth, secondTop, slotsWidth, rowHeight);
    const QRect placeRect(inner.left(), secondTop, inner.width() - slotsWidth - innerPadding, rowHeight);
    const QString place = index.data(TaskListModel::NeighbourhoodRole).toString() + u"  ·  "_s
        + CategoryNames::displayName(index.data(TaskListModel::CategoryRole).toString());
    painter->setFont(m_theme.bodyFont());
    painter->setPen(m_theme.mutedText());
    painter->drawText(visual(placeRect), leading,
                      bodyMetrics.elidedText(place, Qt::ElideRight, placeRect.width()));
    painter->setPen(m_theme.text());
    painter->drawText(visual(slotsRect), trailing, slotsText);

    // Line 3: how long it takes, and whether the toolbox must be fetched.
    const int thirdTop = secondTop + rowHeight + lineGap;
    int x = inner.left();
    const auto drawIconText = [&](const QIcon& icon, const QString& text) {
        const QRect iconRect(x, thirdTop + (rowHeight - iconSize) / 2, iconSize, iconSize);
        icon.paint(painter, visual(iconRect));
        x += iconSize + 8;
        const int width = bodyMetrics.horizontalAdvance(text) + 4;
        const QRect textRect(x, thirdTop, std::min(width, inner.right() - x), rowHeight);
        painter->drawText(visual(textRect), leading,
                          bodyMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
        x += width + 2 * innerPadding;
    };
    painter->setPen(m_theme.text());
    drawIconText(m_clockIcon, TaskText::duration(index.data(TaskListModel::EstimatedMinutesRole).toInt()));
    if (index.data(TaskListModel::ToolboxRole).toBool() && x < inner.right() - iconSize)
        drawIconText(m_toolboxIcon, TaskText::toolbox(true));

    painter->restore();
}

} // namespace buurtmunt
