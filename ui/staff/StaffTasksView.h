// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Task.h"
#include "core/staff/StaffSession.h"

#include "ui/staff/TaskEditorDialog.h"
#include <QMessageBox>
#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace buurtmunt {

class StaffTaskFilterModel;
class StaffTaskModel;

// The coordinator's tasks: every task in every status, filtered and sorted,
// with the actions the selected task's status allows.
class StaffTasksView final : public QWidget {
    Q_OBJECT
public:
    explicit StaffTasksView(StaffSession* session, QWidget* parent = nullptr);

    StaffTaskModel* model() const { return m_model; }
    StaffTaskFilterModel* filterModel() const { return m_filter; }
    QTableView* table() const { return m_table; }
    QLabel* messageLabel() const { return m_message; }
    // The editor or confirmation currently open, if any.
    TaskEditorDialog* editor() const { return m_editor; }
    QMessageBox* confirmation() const { return m_confirmation; }
    std::optional<Task> selectedTask() const;
    bool selectTask(TaskId id);

public Q_SLOTS:
    void reload();
    void openNewTask();
    void openEditor();

Q_SIGNALS:
    void reloaded();

private:
    void buildFilterBar(QWidget* bar);
    void applyFilters();
    void updateButtons();
    void refreshNeighbourhoods();
    void askStatusChange(TaskStatus target);
    void changeStatus(TaskId id, TaskStatus target);
    void showMessage(const QString& message, bool isError);
    void openEditorFor(const Task& task);

    StaffSession* m_session;
    StaffTaskModel* m_model;
    StaffTaskFilterModel* m_filter;
    QLineEdit* m_search;
    QComboBox* m_statusFilter;
    QComboBox* m_categoryFilter;
    QComboBox* m_neighbourhoodFilter;
    QTableView* m_table;
    QPushButton* m_newButton;
    QPushButton* m_editButton;
    QPushButton* m_publishButton;
    QPushButton* m_closeButton;
    QPushButton* m_cancelButton;
    QPushButton* m_reloadButton;
    QLabel* m_message;
    QPointer<TaskEditorDialog> m_editor;
    QPointer<QMessageBox> m_confirmation;
};

} // namespace buurtmunt
