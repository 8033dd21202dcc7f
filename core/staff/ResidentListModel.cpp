// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ResidentListModel.h"

#include "core/domain/Clock.h"

namespace buurtmunt {

ResidentListModel::ResidentListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ResidentListModel::setResidents(QList<ResidentSummary> residents)
{
    beginResetModel();
    m_residents = std::move(residents);
    endResetModel();
}

void ResidentListModel::upsert(const ResidentSummary& resident)
{
    if (const int row = rowOf(resident.id); row >= 0) {
        m_residents[row] = resident;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, int(m_residents.size()), int(m_residents.size()));
    m_residents.append(resident);
    endInsertRows();
}

std::optional<ResidentSummary> ResidentListModel::resident(ResidentId id) const
{
    const int row = rowOf(id);
    return row >= 0 ? std::optional<ResidentSummary>(m_residents.at(row)) : std::nullopt;
}

int ResidentListModel::rowOf(ResidentId id) const
{
    for (int row = 0; row < m_residents.size(); ++row) {
        if (m_residents.at(row).id == id)
            return row;
    }
    return -1;
}

void ResidentListModel::setLocale(const QLocale& locale)
{
    beginResetModel();
    m_locale = locale;
    endResetModel();
}

QString ResidentListModel::statusText(const ResidentSummary& resident) const
{
    if (resident.isBlocked())
        return tr("Blocked");
    if (resident.lockedByStaffOnly)
        return tr("Locked until staff unlock it");
    if (resident.isLocked(Clock::instance().nowUtc()))
        return tr("Locked until %1").arg(m_locale.toString(resident.lockedUntil.toLocalTime().time(), QLocale::ShortFormat));
    return tr("Active");
}

int ResidentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_residents.size());
}

int ResidentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResidentListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_residents.size())
        return {};
    const ResidentSummary& resident = m_residents.at(index.row());
    if (role == ResidentIdRole)
        return resident.id.value();
    if (role == Qt::TextAlignmentRole && index.column() == BalanceColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole) {
        if (index.column() == BalanceColumn)
            return resident.balance.cents();
        if (index.column() == RegisteredColumn)
            return resident.createdAt.toMSecsSinceEpoch();
        return data(index, Qt::DisplayRole).toString().toLower();
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return resident.displayName;
    case NeighbourhoodColumn:
        return resident.neighbourhood;
    case StatusColumn:
        return statusText(resident);
    case BalanceColumn:
        return resident.balance.format(m_locale);
    case RegisteredColumn:
        return m_locale.toString(resident.createdAt.toLocalTime().date(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant ResidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case NeighbourhoodColumn:
        return tr("Neighbourhood");
    case StatusColumn:
        return tr("Status");
    case BalanceColumn:
        return tr("Balance");
    case RegisteredColumn:
        return tr("Registered");
    default:
        return {};
    }
}

} // namespace buurtmunt
