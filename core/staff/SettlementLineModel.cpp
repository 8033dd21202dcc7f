// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "SettlementLineModel.h"

#include "core/staff/SettlementListModel.h"

using namespace Qt::StringLiterals;

namespace buurtmunt {

SettlementLineModel::SettlementLineModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SettlementLineModel::setLines(QList<Settlement::Line> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

QString SettlementLineModel::groupedIban(const QString& iban)
{
    QString grouped;
    for (qsizetype i = 0; i < iban.size(); i += 4) {
        if (i > 0)
            grouped += u' ';
        grouped += iban.mid(i, 4);
    }
    return grouped;
}

int SettlementLineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int SettlementLineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SettlementLineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Settlement::Line& line = m_lines.at(index.row());
    if (role == ShopIdRole)
        return line.shopId;
    if (role == Qt::TextAlignmentRole && index.column() >= VouchersColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case ShopColumn:
        return line.shopName;
    case IbanColumn:
        return groupedIban(line.iban);
    case VouchersColumn:
        return m_locale.toString(line.redemptionCount);
    case CoinsColumn:
        return line.coins.format(m_locale);
    case EuroColumn:
        return SettlementListModel::euros(line.euroCents, m_locale);
    default:
        return {};
    }
}

QVariant SettlementLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ShopColumn:
        return tr("Shop");
    case IbanColumn:
        return tr("IBAN");
    case VouchersColumn:
        return tr("Vouchers");
    case CoinsColumn:
        return tr("Coins");
    case EuroColumn:
        return tr("Euros");
    default:
        return {};
    }
}

} // namespace buurtmunt
