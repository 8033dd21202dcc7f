// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TaskFilterModel.h"

#include "core/store/TaskListModel.h"

namespace buurtmunt {

TaskFilterModel::TaskFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    setDynamicSortFilter(true);
    sort(0);
}

void TaskFilterModel::setSortLocale(const QLocale& locale)
{
    m_collator.setLocale(locale);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    rebuildSortKeys();
    invalidate();
}

void TaskFilterModel::setSourceModel(QAbstractItemModel* model)
{
    // Reading the tasks directly rather than through QVariant keeps sorting
    // 10,000 rows well under a frame.
    QObject::disconnect(m_resetConnection);
    m_tasks = qobject_cast<const TaskListModel*>(model);
    // Connected before the proxy's own handler, so the keys are fresh when
    // it re-sorts after a reset.
    if (m_tasks)
        m_resetConnection = connect(m_tasks, &QAbstractItemModel::modelReset, this, &TaskFilterModel::rebuildSortKeys);
    rebuildSortKeys();
    QSortFilterProxyModel::setSourceModel(model);
    sort(0);
}

void TaskFilterModel::rebuildSortKeys()
{
    m_sortKeys.clear();
    if (!m_tasks)
        return;
    const int rows = m_tasks->rowCount();
    m_sortKeys.reserve(rows);
    for (int row = 0; row < rows; ++row)
        m_sortKeys.append(m_collator.sortKey(m_tasks->taskAt(row).title));
}

void TaskFilterModel::setHomeNeighbourhood(const QString& neighbourhood)
{
    if (m_home == neighbourhood)
        return;
    m_home = neighbourhood;
    invalidate();
}

void TaskFilterModel::setNeighbourhood(const QString& neighbourhood)
{
    if (m_neighbourhood == neighbourhood)
        return;
    m_neighbourhood = neighbourhood;
    invalidateFilter();
}

void TaskFilterModel::setCategory(const QString& category)
{
    if (m_category == category)
        return;
    m_category = category;
    invalidateFilter();
}

void TaskFilterModel::setMinimumRewardCents(qint64 cents)
{
    if (m_minimumRewardCents == cents)
        return;
    m_minimumRewardCents = cents;
    invalidateFilter();
}

void TaskFilterModel::setSearchText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (m_searchText == trimmed)
        return;
    m_searchText = trimmed;
    invalidateFilter();
}

void TaskFilterModel::clearFilters()
{
    m_neighbourhood.clear();
    m_category.clear();
    m_minimumRewardCents = 0;
    m_searchText.clear();
    invalidateFilter();
}

bool TaskFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_tasks || sourceParent.isValid())
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    const Task& task = m_tasks->taskAt(sourceRow);
    if (!m_neighbourhood.isEmpty() && task.neighbourhood.compare(m_neighbourhood, Qt::CaseInsensitive) != 0)
        return false;
    if (!m_category.isEmpty() && task.category != m_category)
        return false;
    if (task.reward.cents() < m_minimumRewardCents)
        return false;
    if (!m_searchText.isEmpty()) {
        const bool found = task.title.contains(m_searchText, Qt::CaseInsensitive)
                           || task.description.contains(m_searchText, Qt::CaseInsensitive)
                           || task.address.contains(m_searchText, Qt::CaseInsensitive)
                           || task.neighbourhood.contains(m_searchText, Qt::CaseInsensitive);
        if (!found)
            return false;
    }
    return true;
}

bool TaskFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!m_tasks)
        return QSortFilterProxyModel::lessThan(left, right);
    const Task& a = m_tasks->taskAt(left.row());
    const Task& b = m_tasks->taskAt(right.row());
    if (!m_home.isEmpty()) {
        const bool aHome = a.neighbourhood.compare(m_home, Qt::CaseInsensitive) == 0;
        const bool bHome = b.neighbourhood.compare(m_home, Qt::CaseInsensitive) == 0;
        if (aHome != bHome)
            return aHome;
    }
    const int byTitle = m_sortKeys.size() == m_tasks->rowCount()
                            ? m_sortKeys.at(left.row()).compare(m_sortKeys.at(right.row()))
                            : m_collator.compare(a.title, b.title);
    if (byTitle != 0)
        return byTitle < 0;
    return a.id < b.id;
}

} // namespace buurtmunt
