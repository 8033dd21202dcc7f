// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "PayoutModel.h"

#include <QLocale>

namespace buurtmunt {

PayoutModel::PayoutModel(QObject* parent) : QAbstractTableModel(parent) {}

void PayoutModel::setHeaderLabels(const QStringList& labels)
{
    m_headers = labels;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void PayoutModel::setPayouts(QList<Payout> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int PayoutModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int PayoutModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PayoutModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const Payout& item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return QLocale().toString(item.at.toLocalTime().date(), QLocale::ShortFormat);
        case AmountColumn:
            return item.amount.format(QLocale());
        case EuroColumn:
            return Coins(item.euroCents).format(QLocale());
        case MemoColumn:
            return item.memo;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn || index.column() == EuroColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case AtRole:
        return item.at;
    case AmountCentsRole:
        return item.amount.cents();
    case EuroCentsRole:
        return item.euroCents;
    case MemoRole:
        return item.memo;
    default:
        return {};
    }
}

QVariant PayoutModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size())
        return m_headers.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QHash<int, QByteArray> PayoutModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(AtRole, "at");
    names.insert(AmountCentsRole, "amountCents");
    names.insert(EuroCentsRole, "euroCents");
    names.insert(MemoRole, "memo");
    return names;
}

} // namespace buurtmunt
