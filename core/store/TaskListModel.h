// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Result.h"
#include "core/domain/Task.h"

#include <QAbstractListModel>
#include <QList>

namespace buurtmunt {

class LocalStore;

// The published tasks in the local store, one row each, every field a role.
// Views never query the store themselves; they reload this model after a sync.
class TaskListModel final : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        TaskIdRole = Qt::UserRole + 1,
        TitleRole,
        DescriptionRole,
        CategoryRole,  // the slug ("painting"); the view translates it
        NeighbourhoodRole,
        AddressRole,
        LatitudeRole,   // invalid QVariant when unknown
        LongitudeRole,
        RewardCentsRole,  // qint64
        EstimatedMinutesRole,
        CapacityRole,
        SlotsTakenRole,
        SlotsLeftRole,
        WindowStartRole,  // QDate
        WindowEndRole,
        SafetyNotesRole,
        ToolboxRole,  // bool: a toolbox must be picked up first
        VersionRole,
        UpdatedAtRole,  // QDateTime, UTC
    };
    Q_ENUM(Role)

    explicit TaskListModel(const LocalStore* store, QObject* parent = nullptr);

    // Re-reads the store and resets the model; on failure the rows stay as they were.
    Status reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const Task& taskAt(int row) const { return m_tasks.at(row); }
    // -1 when the task is not (or no longer) listed.
    int rowOf(TaskId id) const;

private:
    const LocalStore* m_store;
    QList<Task> m_tasks;
};

} // namespace buurtmunt
