// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ResidentVoucherModel.h"

#include <algorithm>

namespace buurtmunt {

namespace {

bool newerFirst(const ResidentVoucher& a, const ResidentVoucher& b)
{
    return a.createdAt > b.createdAt;
}

} // namespace

ResidentVoucherModel::ResidentVoucherModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void ResidentVoucherModel::setVouchers(QList<ResidentVoucher> vouchers)
{
    vouchers.removeIf([](const ResidentVoucher& v) { return !v.isIssued(); });
    std::stable_sort(vouchers.begin(), vouchers.end(), newerFirst);
    beginResetModel();
    m_items = std::move(vouchers);
    endResetModel();
}

void ResidentVoucherModel::upsert(const ResidentVoucher& voucher)
{
    const int row = rowOf(voucher.id);
    if (!voucher.isIssued()) {
        remove(voucher.id);
        return;
    }
    if (row >= 0) {
        m_items[row] = voucher;
        emit dataChanged(index(row), index(row));
        return;
    }
    const auto at = std::upper_bound(m_items.begin(), m_items.end(), voucher, newerFirst);
    const int insertRow = int(at - m_items.begin());
    beginInsertRows({}, insertRow, insertRow);
    m_items.insert(insertRow, voucher);
    endInsertRows();
}

void ResidentVoucherModel::remove(const QString& voucherId)
{
    const int row = rowOf(voucherId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
}

void ResidentVoucherModel::clear()
{
    beginResetModel();
    // A fresh list rather than clear(): the old buffer with the tokens goes now.
    m_items = QList<ResidentVoucher>();
    endResetModel();
}

int ResidentVoucherModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ResidentVoucherModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const ResidentVoucher& v = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ManualCodeDisplayRole:
        return v.manualCodeDisplay;
    case VoucherIdRole:
        return v.id;
    case AmountCentsRole:
        return v.amountCents;
    case ExpiresOnRole:
        return v.expiresOn;
    case CreatedAtRole:
        return v.createdAt;
    default:
        return {};
    }
}

QHash<int, QByteArray> ResidentVoucherModel::roleNames() const
{
    return {{VoucherIdRole, "voucherId"}, {AmountCentsRole, "amountCents"}, {ExpiresOnRole, "expiresOn"},
            {ManualCodeDisplayRole, "manualCodeDisplay"}, {CreatedAtRole, "createdAt"}};
}

int ResidentVoucherModel::rowOf(const QString& voucherId) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == voucherId)
            return row;
    }
    return -1;
}

qint64 ResidentVoucherModel::totalCents() const
{
    qint64 total = 0;
    for (const ResidentVoucher& v : m_items)
        total += v.amountCents;
    return total;
}

} // namespace buurtmunt
