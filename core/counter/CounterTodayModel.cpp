// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "CounterTodayModel.h"

#include <QLocale>

namespace buurtmunt {

CounterTodayModel::CounterTodayModel(QObject* parent) : QAbstractTableModel(parent) {}

void CounterTodayModel::setHeaderLabels(const QStringList& labels)
{
    m_headers = labels;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void CounterTodayModel::setRedemptions(QList<CounterRedemption> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int CounterTodayModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int CounterTodayModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CounterTodayModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const CounterRedemption& item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(item.at.toLocalTime().time(), QLocale::ShortFormat);
        case AmountColumn:
            return item.amount.format(QLocale());
        case VoucherColumn:
            // The first characters are enough to match a slip by eye.
            return item.voucherId.left(8);
        case StateColumn:
            return int(item.state);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case VoucherIdRole:
        return item.voucherId;
    case AmountCentsRole:
        return item.amount.cents();
    case AtRole:
        return item.at;
    case StateRole:
        return int(item.state);
    case RefusalRole:
        return item.refusal;
    case OfflineAcceptedAtRole:
        return item.offlineAcceptedAt;
    default:
        return {};
    }
}

QVariant CounterTodayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size())
        return m_headers.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QHash<int, QByteArray> CounterTodayModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(VoucherIdRole, "voucherId");
    names.insert(AmountCentsRole, "amountCents");
    names.insert(AtRole, "at");
    names.insert(StateRole, "state");
    names.insert(RefusalRole, "refusal");
    names.insert(OfflineAcceptedAtRole, "offlineAcceptedAt");
    return names;
}

} // namespace buurtmunt
