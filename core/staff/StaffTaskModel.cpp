// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "StaffTaskModel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace buurtmunt {

StaffTaskModel::StaffTaskModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void StaffTaskModel::setTasks(QList<Task> tasks)
{
    beginResetModel();
    m_tasks = std::move(tasks);
    endResetModel();
}

void StaffTaskModel::upsert(const Task& task)
{
    const int row = rowOf(task.id);
    if (row >= 0) {
        m_tasks[row] = task;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, int(m_tasks.size()), int(m_tasks.size()));
    m_tasks.append(task);
    endInsertRows();
}

std::optional<Task> StaffTaskModel::task(TaskId id) const
{
    const int row = rowOf(id);
    return row >= 0 ? std::optional<Task>(m_tasks.at(row)) : std::nullopt;
}

int StaffTaskModel::rowOf(TaskId id) const
{
    for (int row = 0; row < m_tasks.size(); ++row) {
        if (m_tasks.at(row).id == id)
            return row;
    }
    return -1;
}

QStringList StaffTaskModel::neighbourhoods() const
{
    QStringList names;
    for (const Task& task : m_tasks) {
        if (!task.neighbourhood.isEmpty() && !names.contains(task.neighbourhood))
            names.append(task.neighbourhood);
    }
    std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) {
        return QString::localeAwareCompare(a, b) < 0;
    });
    return names;
}

void StaffTaskModel::setCategoryNamer(std::function<QString(const QString&)> namer)
{
    m_categoryNamer = std::move(namer);
    if (!m_tasks.isEmpty())
        emit dataChanged(index(0, CategoryColumn), index(rowCount() - 1, CategoryColumn));
}

void StaffTaskModel::setLocale(const QLocale& locale)
{
    beginResetModel();
    m_locale = locale;
    endResetModel();
}

QString StaffTaskModel::statusName(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Draft:
        return tr("Draft");
    case TaskStatus::Published:
        return tr("Published");
    case TaskStatus::Closed:
        return tr("Closed");
    case TaskStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

int StaffTaskModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int StaffTaskModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StaffTaskModel::display(const Task& task, int column) const
{
    switch (column) {
    case TitleColumn:
        return task.title;
    case CategoryColumn:
        return m_categoryNamer ? m_categoryNamer(task.category) : task.category;
    case NeighbourhoodColumn:
        return task.neighbourhood;
    case StatusColumn:
        return statusName(task.status);
    case RewardColumn:
        return task.reward.format(m_locale);
    case SlotsColumn:
        return tr("%1 of %2").arg(task.slotsTaken).arg(task.capacity);
    case WindowColumn:
        return QString(m_locale.toString(task.windowStart, QLocale::ShortFormat) % u" – "
                       % m_locale.toString(task.windowEnd, QLocale::ShortFormat));
    case UpdatedColumn:
        return m_locale.toString(task.updatedAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant StaffTaskModel::sortValue(const Task& task, int column) const
{
    switch (column) {
    case RewardColumn:
        return task.reward.cents();
    case SlotsColumn:
        // Fullest first when descending: taken share, then capacity.
        return task.capacity > 0 ? double(task.slotsTaken) / task.capacity : 0.0;
    case WindowColumn:
        return task.windowStart.toJulianDay() * 100000 + (task.windowEnd.toJulianDay() - task.windowStart.toJulianDay());
    case UpdatedColumn:
        return task.updatedAt.toMSecsSinceEpoch();
    case StatusColumn:
        return int(task.status);
    default:
        return display(task, column).toString().toLower();
    }
}

QVariant StaffTaskModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_tasks.size())
        return {};
    const Task& task = m_tasks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(task, index.column());
    case Qt::ToolTipRole:
        return index.column() == TitleColumn ? task.description : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == RewardColumn || index.column() == SlotsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortValue(task, index.column());
    case TaskIdRole:
        return task.id.value();
    case StatusRole:
        return toString(task.status);
    case CategoryRole:
        return task.category;
    case NeighbourhoodRole:
        return task.neighbourhood;
    case SearchTextRole:
        return QString(task.title % u'\n' % task.description % u'\n' % task.address % u'\n' % task.neighbourhood);
    default:
        return {};
    }
}

QVariant StaffTaskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case CategoryColumn:
        return tr("Category");
    case NeighbourhoodColumn:
        return tr("Neighbourhood");
    case StatusColumn:
        return tr("Status");
    case RewardColumn:
        return tr("Reward");
    case SlotsColumn:
        return tr("Slots taken");
    case WindowColumn:
        return tr("Window");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

} // namespace buurtmunt
