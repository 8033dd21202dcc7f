// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "StaffTasksView.h"

#include "StaffLook.h"
#include "TaskEditorDialog.h"
#include "core/staff/StaffTaskFilterModel.h"
#include "core/staff/StaffTaskModel.h"
#include "ui/common/CategoryNames.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace buurtmunt {

StaffTasksView::StaffTasksView(StaffSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new StaffTaskModel(this))
    , m_filter(new StaffTaskFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_statusFilter(new QComboBox(this))
    , m_categoryFilter(new QComboBox(this))
    , m_neighbourhoodFilter(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_newButton(StaffLook::actionButton(tr("&New task"), u"newTaskButton"_s, this))
    , m_editButton(StaffLook::actionButton(tr("&Edit…"), u"editTaskButton"_s, this))
    , m_publishButton(StaffLook::actionButton(tr("&Publish"), u"publishTaskButton"_s, this))
    , m_closeButton(StaffLook::actionButton(tr("C&lose…"), u"closeTaskButton"_s, this))
    , m_cancelButton(StaffLook::actionButton(tr("Ca&ncel task…"), u"cancelTaskButton"_s, this))
    , m_reloadButton(StaffLook::actionButton(tr("&Reload"), u"reloadTasksButton"_s, this))
    , m_message(new QLabel(this))
{
    setObjectName(u"staffTasksView"_s);
    m_model->setCategoryNamer(&CategoryNames::displayName);
    m_filter->setSourceModel(m_model);

    m_table->setObjectName(u"taskTable"_s);
    m_table->setAccessibleName(tr("Tasks"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(StaffTaskModel::UpdatedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(StaffTaskModel::TitleColumn, QHeaderView::Stretch);

    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto* filterBar = new QWidget(this);
    buildFilterBar(filterBar);

    auto* actions = new QHBoxLayout;
    for (QPushButton* button : {m_newButton, m_editButton, m_publishButton, m_closeButton, m_cancelButton})
        actions->addWidget(button);
    actions->addStretch(1);
    actions->addWidget(m_reloadButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(filterBar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(actions);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &StaffTasksView::updateButtons);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &StaffTasksView::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &StaffTasksView::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, &StaffTasksView::openEditor);
    connect(m_newButton, &QPushButton::clicked, this, &StaffTasksView::openNewTask);
    connect(m_editButton, &QPushButton::clicked, this, &StaffTasksView::openEditor);
    connect(m_publishButton, &QPushButton::clicked, this, [this] {
        if (const auto task = selectedTask())
            changeStatus(task->id, TaskStatus::Published);
    });
    connect(m_closeButton, &QPushButton::clicked, this, [this] { askStatusChange(TaskStatus::Closed); });
    connect(m_cancelButton, &QPushButton::clicked, this, [this] { askStatusChange(TaskStatus::Cancelled); });
    connect(m_reloadButton, &QPushButton::clicked, this, &StaffTasksView::reload);
    updateButtons();
}

void StaffTasksView::buildFilterBar(QWidget* bar)
{
    m_search->setObjectName(u"taskSearchEdit"_s);
    m_search->setAccessibleName(tr("Search tasks"));
    m_search->setPlaceholderText(tr("Search title, description or address"));
    m_search->setClearButtonEnabled(true);

    m_statusFilter->setObjectName(u"statusFilterCombo"_s);
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_statusFilter->addItem(tr("All statuses"), QString());
    for (const TaskStatus status : allTaskStatuses)
        m_statusFilter->addItem(StaffTaskModel::statusName(status), toString(status));

    m_categoryFilter->setObjectName(u"categoryFilterCombo"_s);
    m_categoryFilter->setAccessibleName(tr("Category filter"));
    m_categoryFilter->addItem(tr("All categories"), QString());
    for (const QString& slug : CategoryNames::slugs())
        m_categoryFilter->addItem(CategoryNames::displayName(slug), slug);

    m_neighbourhoodFilter->setObjectName(u"neighbourhoodFilterCombo"_s);
    m_neighbourhoodFilter->setAccessibleName(tr("Neighbourhood filter"));
    m_neighbourhoodFilter->addItem(tr("All neighbourhoods"), QString());
    m_neighbourhoodFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 2);
    layout->addWidget(m_statusFilter);
    layout->addWidget(m_categoryFilter);
    layout->addWidget(m_neighbourhoodFilter);

    connect(m_search, &QLineEdit::textChanged, this, &StaffTasksView::applyFilters);
    for (QComboBox* combo : {m_statusFilter, m_categoryFilter, m_neighbourhoodFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &StaffTasksView::applyFilters);
}

void StaffTasksView::applyFilters()
{
    m_filter->setTextFilter(m_search->text());
    const QString status = m_statusFilter->currentData().toString();
    m_filter->setStatusFilter(status.isEmpty() ? std::nullopt : taskStatusFromString(status));
    m_filter->setCategoryFilter(m_categoryFilter->currentData().toString());
    m_filter->setNeighbourhoodFilter(m_neighbourhoodFilter->currentData().toString());
    updateButtons();
}

void StaffTasksView::refreshNeighbourhoods()
{
    const QString current = m_neighbourhoodFilter->currentData().toString();
    const QSignalBlocker blocker(m_neighbourhoodFilter);
    while (m_neighbourhoodFilter->count() > 1)
        m_neighbourhoodFilter->removeItem(1);
    for (const QString& name : m_model->neighbourhoods())
        m_neighbourhoodFilter->addItem(name, name);
    const int index = m_neighbourhoodFilter->findData(current);
    m_neighbourhoodFilter->setCurrentIndex(index >= 0 ? index : 0);
}

std::optional<Task> StaffTasksView::selectedTask() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->task(TaskId(rows.constFirst().data(StaffTaskModel::TaskIdRole).toLongLong()));
}

bool StaffTasksView::selectTask(TaskId id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
    return true;
}

void StaffTasksView::updateButtons()
{
    const auto task = selectedTask();
    const auto allowed = [&task](TaskStatus target) { return task && canTransition(task->status, target); };
    m_editButton->setEnabled(task && (task->status == TaskStatus::Draft || task->status == TaskStatus::Published));
    m_publishButton->setEnabled(allowed(TaskStatus::Published));
    m_closeButton->setEnabled(allowed(TaskStatus::Closed));
    m_cancelButton->setEnabled(allowed(TaskStatus::Cancelled));
}

void StaffTasksView::showMessage(const QString& message, bool isError)
{
    m_message->setText(message);
    m_message->setAccessibleName(message);
    m_message->setStyleSheet(isError ? u"color: #a4141c;"_s : QString());
}

void StaffTasksView::reload()
{
    m_reloadButton->setEnabled(false);
    const std::optional<Task> selected = selectedTask();
    m_session->fetchTasks([self = QPointer<StaffTasksView>(this), selected](const StaffSession::Reply<QList<Task>>& reply) {
        if (!self)
            return;
        self->m_reloadButton->setEnabled(true);
        if (!reply.ok()) {
            self->showMessage(tr("The tasks could not be loaded: %1").arg(reply.error->message), true);
            return;
        }
        self->m_model->setTasks(*reply.value);
        self->refreshNeighbourhoods();
        if (selected)
            self->selectTask(selected->id);
        self->showMessage(tr("%n task(s).", nullptr, int(reply.value->size())), false);
        self->updateButtons();
        emit self->reloaded();
    });
}

void StaffTasksView::openNewTask()
{
    Task fresh;
    openEditorFor(fresh);
}

void StaffTasksView::openEditor()
{
    const auto task = selectedTask();
    if (!task || !(task->status == TaskStatus::Draft || task->status == TaskStatus::Published))
        return;
    openEditorFor(*task);
}

void StaffTasksView::openEditorFor(const Task& task)
{
    if (m_editor)
        m_editor->close();
    auto* editor = new TaskEditorDialog(m_session, task, m_model->neighbourhoods(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    m_editor = editor;
    connect(editor, &TaskEditorDialog::taskSaved, this, [this, isNew = !task.id.isValid()](const Task& saved) {
        m_model->upsert(saved);
        refreshNeighbourhoods();
        selectTask(saved.id);
        showMessage(isNew ? tr("Draft “%1” created. Publish it to show it on the kiosks.").arg(saved.title)
                          : tr("“%1” saved.").arg(saved.title),
                    false);
    });
    editor->open();
}

void StaffTasksView::askStatusChange(TaskStatus target)
{
    const auto task = selectedTask();
    if (!task)
        return;
    const QString question = target == TaskStatus::Closed
        ? tr("Close “%1”? Residents can no longer claim it; claims already made can still be finished.").arg(task->title)
        : tr("Cancel “%1”? It disappears from the kiosks and cannot be published again.").arg(task->title);
    auto* box = new QMessageBox(QMessageBox::Question, target == TaskStatus::Closed ? tr("Close task") : tr("Cancel task"),
                                question, QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(u"confirmStatusBox"_s);
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    StaffLook::apply(box);
    m_confirmation = box;
    connect(box, &QMessageBox::finished, this, [this, box, id = task->id, target](int) {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            changeStatus(id, target);
    });
    box->open();
}

void StaffTasksView::changeStatus(TaskId id, TaskStatus target)
{
    m_session->changeTaskStatus(id, target, [self = QPointer<StaffTasksView>(this)](const StaffSession::Reply<Task>& reply) {
        if (!self)
            return;
        if (!reply.ok()) {
            self->showMessage(tr("The status was not changed: %1").arg(reply.error->message), true);
            self->reload();
            return;
        }
        self->m_model->upsert(*reply.value);
        self->selectTask(reply.value->id);
        self->showMessage(tr("“%1” is now %2.").arg(reply.value->title, StaffTaskModel::statusName(reply.value->status).toLower()),
                          false);
        self->updateButtons();
    });
}

} // namespace buurtmunt
