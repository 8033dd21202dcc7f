// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Task.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

#include <functional>
#include <optional>

namespace buurtmunt {

// Every task in every status, as the coordinator's table shows it. SortRole
// gives numbers for money, slots and dates so they sort as numbers.
class StaffTaskModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, CategoryColumn, NeighbourhoodColumn, StatusColumn, RewardColumn, SlotsColumn,
                  WindowColumn, UpdatedColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, TaskIdRole, StatusRole, CategoryRole, NeighbourhoodRole, SearchTextRole };

    explicit StaffTaskModel(QObject* parent = nullptr);

    void setTasks(QList<Task> tasks);
    // Puts a created or changed task in place, or adds it.
    void upsert(const Task& task);
    const QList<Task>& tasks() const { return m_tasks; }
    std::optional<Task> task(TaskId id) const;
    int rowOf(TaskId id) const;
    QStringList neighbourhoods() const;

    // The desk translates category slugs; core knows only the slugs.
    void setCategoryNamer(std::function<QString(const QString&)> namer);
    void setLocale(const QLocale& locale);
    static QString statusName(TaskStatus status);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Task& task, int column) const;
    QVariant sortValue(const Task& task, int column) const;

    QList<Task> m_tasks;
    std::function<QString(const QString&)> m_categoryNamer;
    QLocale m_locale;
};

} // namespace buurtmunt
