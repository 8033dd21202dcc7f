// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "SettlementListModel.h"

using namespace Qt::StringLiterals;

namespace buurtmunt {

SettlementListModel::SettlementListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SettlementListModel::setSettlements(QList<Settlement> settlements)
{
    beginResetModel();
    m_settlements = std::move(settlements);
    endResetModel();
}

std::optional<Settlement> SettlementListModel::settlement(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? std::nullopt : std::optional<Settlement>(m_settlements.at(row));
}

int SettlementListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_settlements.size(); ++row) {
        if (m_settlements.at(row).id == id)
            return row;
    }
    return -1;
}

QString SettlementListModel::euros(qint64 euroCents, const QLocale& locale)
{
    return tr("€ %1").arg(Coins(euroCents).format(locale));
}

int SettlementListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_settlements.size());
}

int SettlementListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SettlementListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_settlements.size())
        return {};
    const Settlement& s = m_settlements.at(index.row());
    if (role == SettlementIdRole)
        return s.id;
    if (role == Qt::TextAlignmentRole && (index.column() == CoinsColumn || index.column() == EuroColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case PeriodColumn: {
        const QDate first = QDate::fromString(s.period + u"-01"_s, u"yyyy-MM-dd"_s);
        return first.isValid() ? m_locale.toString(first, u"MMMM yyyy"_s) : s.period;
    }
    case ClosedColumn:
        return m_locale.toString(s.closedAt.toLocalTime(), QLocale::ShortFormat);
    case ClosedByColumn:
        return s.closedBy;
    case CoinsColumn:
        return s.totalCoins.format(m_locale);
    case EuroColumn:
        return euros(s.totalEuroCents, m_locale);
    default:
        return {};
    }
}

QVariant SettlementListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PeriodColumn:
        return tr("Month");
    case ClosedColumn:
        return tr("Closed");
    case ClosedByColumn:
        return tr("Closed by");
    case CoinsColumn:
        return tr("Coins");
    case EuroColumn:
        return tr("Paid out");
    default:
        return {};
    }
}

} // namespace buurtmunt
