// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "StaffTaskFilterModel.h"

#include "core/staff/StaffTaskModel.h"

namespace buurtmunt {

StaffTaskFilterModel::StaffTaskFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(StaffTaskModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void StaffTaskFilterModel::setStatusFilter(std::optional<TaskStatus> status)
{
    m_status = status;
    invalidateFilter();
}

void StaffTaskFilterModel::setCategoryFilter(const QString& slug)
{
    m_category = slug;
    invalidateFilter();
}

void StaffTaskFilterModel::setNeighbourhoodFilter(const QString& name)
{
    m_neighbourhood = name;
    invalidateFilter();
}

void StaffTaskFilterModel::setTextFilter(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void StaffTaskFilterModel::clearFilters()
{
    m_status.reset();
    m_category.clear();
    m_neighbourhood.clear();
    m_text.clear();
    invalidateFilter();
}

bool StaffTaskFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_status && index.data(StaffTaskModel::StatusRole).toString() != toString(*m_status))
        return false;
    if (!m_category.isEmpty() && index.data(StaffTaskModel::CategoryRole).toString() != m_category)
        return false;
    if (!m_neighbourhood.isEmpty() && index.data(StaffTaskModel::NeighbourhoodRole).toString() != m_neighbourhood)
        return false;
    if (!m_text.isEmpty()
        && !index.data(StaffTaskModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace buurtmunt
