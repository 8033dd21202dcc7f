// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/store/Enrolment.h"
#include "ui/common/CoinText.h"
#include "ui/common/Theme.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QListView;
class QPushButton;

namespace buurtmunt {

class LanguageSwitcher;
class LocalStore;
class SyncStatusLabel;
class TaskCardDelegate;
class TaskDetailsView;
class TaskFilterBar;
class TaskFilterModel;
class TaskListModel;
class TaskSync;
struct Error;

// The resident's kiosk: what tasks there are near them, without logging in.
// Reads tasks only from the local store, so it keeps working (and says so)
// when the server cannot be reached.
class KioskWindow final : public QMainWindow {
    Q_OBJECT
public:
    KioskWindow(const Enrolment& enrolment, LocalStore* store, LanguageSwitcher* switcher,
                QWidget* parent = nullptr);
    ~KioskWindow() override;

    // Follows the sync's progress in the status line and reloads the list
    // after every successful sync; the refresh button asks it for one now.
    void setTaskSync(TaskSync* sync);

    TaskListModel* taskModel() const { return m_taskModel; }
    TaskFilterModel* filterModel() const { return m_filterModel; }
    QListView* taskList() const { return m_taskList; }
    TaskDetailsView* detailsView() const { return m_details; }
    TaskFilterBar* filterBar() const { return m_filterBar; }
    SyncStatusLabel* syncStatus() const { return m_syncStatus; }
    TaskCardDelegate* cardDelegate() const { return m_delegate; }

public slots:
    // Re-reads the local store, keeping the selected task if it is still offered.
    void reloadTasks();
    // Back to the welcome state for the next visitor: Dutch, no filters,
    // nothing selected, list at the top.
    void resetForNextVisitor();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildHeader(QWidget* header);
    void applyFilters();
    void applyLocale();
    void updateCount();
    void updateNeighbourhoods();
    void onSyncFinished(const QDateTime& at, int changed);
    void retranslate();

    Enrolment m_enrolment;
    LocalStore* m_store;
    LanguageSwitcher* m_switcher;
    Theme m_theme;
    CoinText m_coins;
    QPointer<TaskSync> m_sync;
    TaskListModel* m_taskModel;
    TaskFilterModel* m_filterModel;
    TaskCardDelegate* m_delegate;
    QLabel* m_municipalityLabel;
    QLabel* m_taglineLabel;
    QLabel* m_listTitleLabel;
    QLabel* m_countLabel;
    QPushButton* m_refreshButton;
    SyncStatusLabel* m_syncStatus;
    TaskFilterBar* m_filterBar;
    QListView* m_taskList;
    TaskDetailsView* m_details;
};

} // namespace buurtmunt
