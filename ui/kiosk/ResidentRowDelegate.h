// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "ui/common/Theme.h"

#include <QStyledItemDelegate>

#include <functional>

namespace buurtmunt {

// A row of the resident's own lists (claims, coin history): a bold first
// line, a second line and an amount at the end, large enough to read and tap.
// What the lines say is decided by the page, which knows the words.
class ResidentRowDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    struct Row {
        QString title;
        QString detail;
        QString amount;
    };
    using Formatter = std::function<Row(const QModelIndex&)>;

    ResidentRowDelegate(const Theme& theme, Formatter formatter, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    Theme m_theme;
    Formatter m_formatter;
};

} // namespace buurtmunt
