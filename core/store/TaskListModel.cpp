// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TaskListModel.h"

#include "core/store/LocalStore.h"

namespace buurtmunt {

TaskListModel::TaskListModel(const LocalStore* store, QObject* parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
}

Status TaskListModel::reload()
{
    Result<QList<Task>> tasks = m_store->publishedTasks();
    if (!tasks)
        return tasks.error();
    beginResetModel();
    m_tasks = std::move(tasks).value();
    endResetModel();
    return Status::success();
}

int TaskListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int TaskListModel::rowOf(TaskId id) const
{
    for (int row = 0; row < m_tasks.size(); ++row) {
        if (m_tasks.at(row).id == id)
            return row;
    }
    return -1;
}

QVariant TaskListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Task& task = m_tasks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return task.title;
    case Qt::ToolTipRole:
    case DescriptionRole:
        return task.description;
    case TaskIdRole:
        return task.id.value();
    case CategoryRole:
        return task.category;
    case NeighbourhoodRole:
        return task.neighbourhood;
    case AddressRole:
        return task.address;
    case LatitudeRole:
        return task.latitude ? QVariant(*task.latitude) : QVariant();
    case LongitudeRole:
        return task.longitude ? QVariant(*task.longitude) : QVariant();
    case RewardCentsRole:
        return task.reward.cents();
    case EstimatedMinutesRole:
        return task.estimatedMinutes;
    case CapacityRole:
        return task.capacity;
    case SlotsTakenRole:
        return task.slotsTaken;
    case SlotsLeftRole:
        return qMax(0, task.capacity - task.slotsTaken);
    case WindowStartRole:
        return task.windowStart;
    case WindowEndRole:
        return task.windowEnd;
    case SafetyNotesRole:
        return task.safetyNotes;
    case ToolboxRole:
        return task.toolboxNeeded;
    case VersionRole:
        return task.version;
    case UpdatedAtRole:
        return task.updatedAt;
    default:
        return {};
    }
}

QHash<int, QByteArray> TaskListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{TaskIdRole, "taskId"},
                  {TitleRole, "title"},
                  {DescriptionRole, "description"},
                  {CategoryRole, "category"},
                  {NeighbourhoodRole, "neighbourhood"},
                  {AddressRole, "address"},
                  {LatitudeRole, "latitude"},
                  {LongitudeRole, "longitude"},
                  {RewardCentsRole, "rewardCents"},
                  {EstimatedMinutesRole, "estimatedMinutes"},
                  {CapacityRole, "capacity"},
                  {SlotsTakenRole, "slotsTaken"},
                  {SlotsLeftRole, "slotsLeft"},
                  {WindowStartRole, "windowStart"},
                  {WindowEndRole, "windowEnd"},
                  {SafetyNotesRole, "safetyNotes"},
                  {ToolboxRole, "toolboxNeeded"},
                  {VersionRole, "version"},
                  {UpdatedAtRole, "updatedAt"}});
    return names;
}

} // namespace buurtmunt
