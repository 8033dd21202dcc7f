// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ResidentHistoryModel.h"

#include <algorithm>

namespace buurtmunt {

ResidentHistoryModel::ResidentHistoryModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void ResidentHistoryModel::setTransactions(QList<ResidentTransaction> transactions)
{
    std::stable_sort(transactions.begin(), transactions.end(),
                     [](const ResidentTransaction& a, const ResidentTransaction& b) { return a.at > b.at; });
    beginResetModel();
    m_items = std::move(transactions);
    endResetModel();
}

void ResidentHistoryModel::clear()
{
    beginResetModel();
    m_items = QList<ResidentTransaction>();
    endResetModel();
}

int ResidentHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ResidentHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const ResidentTransaction& t = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case MemoRole:
        return t.memo;
    case TransactionIdRole:
        return t.transactionId;
    case KindRole:
        return t.kind;
    case AmountCentsRole:
        return t.amountCents;
    case AtRole:
        return t.at;
    default:
        return {};
    }
}

QHash<int, QByteArray> ResidentHistoryModel::roleNames() const
{
    return {{TransactionIdRole, "transactionId"}, {KindRole, "kind"}, {AmountCentsRole, "amountCents"},
            {MemoRole, "memo"}, {AtRole, "at"}};
}

} // namespace buurtmunt
