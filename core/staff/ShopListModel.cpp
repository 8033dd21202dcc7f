// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ShopListModel.h"

#include "core/staff/SettlementLineModel.h"

using namespace Qt::StringLiterals;

namespace buurtmunt {

ShopListModel::ShopListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ShopListModel::setShops(QList<ShopRecord> shops)
{
    beginResetModel();
    m_shops = std::move(shops);
    endResetModel();
}

std::optional<ShopRecord> ShopListModel::shop(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? std::nullopt : std::optional<ShopRecord>(m_shops.at(row));
}

int ShopListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_shops.size(); ++row) {
        if (m_shops.at(row).id == id)
            return row;
    }
    return -1;
}

QString ShopListModel::categoryText(const QString& category)
{
    if (category == u"bakery")
        return tr("Bakery");
    if (category == u"greengrocer")
        return tr("Greengrocer");
    if (category == u"butcher")
        return tr("Butcher");
    if (category == u"supermarket")
        return tr("Supermarket");
    if (category == u"bicycles")
        return tr("Bicycles");
    if (category == u"books")
        return tr("Books");
    if (category == u"hardware")
        return tr("Hardware");
    if (category == u"cafe")
        return tr("Café");
    if (category == u"clothing")
        return tr("Clothing");
    if (category == u"other")
        return tr("Other");
    return category;
}

int ShopListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shops.size());
}

int ShopListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShopListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_shops.size())
        return {};
    const ShopRecord& shop = m_shops.at(index.row());
    if (role == ShopIdRole)
        return shop.id;
    if (role == Qt::TextAlignmentRole && index.column() == BalanceColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole) {
        if (index.column() == BalanceColumn)
            return shop.balance.cents();
        if (index.column() == ActiveColumn)
            return int(shop.active);
        return data(index, Qt::DisplayRole).toString().toLower();
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return shop.name;
    case CategoryColumn:
        return categoryText(shop.category);
    case AddressColumn:
        return shop.address;
    case IbanColumn:
        return SettlementLineModel::groupedIban(shop.iban);
    case BalanceColumn:
        return shop.balance.format(m_locale);
    case ActiveColumn:
        return shop.active ? tr("active") : tr("deactivated");
    default:
        return {};
    }
}

QVariant ShopListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case CategoryColumn:
        return tr("Category");
    case AddressColumn:
        return tr("Address");
    case IbanColumn:
        return tr("IBAN");
    case BalanceColumn:
        return tr("Balance");
    case ActiveColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace buurtmunt
