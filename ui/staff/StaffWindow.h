// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/store/Enrolment.h"
#include "ui/common/CoinText.h"

#include <QMainWindow>
#include <QPixmap>
#include "ui/staff/ResidentsView.h"
#include "ui/staff/ReviewQueueView.h"
#include "ui/staff/StaffTasksView.h"
#include "ui/staff/VoucherConflictsView.h"
#include "ui/staff/SettlementView.h"
#include "ui/staff/ShopsView.h"
#include "ui/staff/DevicesView.h"
#include "ui/staff/DashboardView.h"
#include "ui/staff/AuditLogView.h"
#include <QPointer>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace buurtmunt {

class ApiClient;
class LanguageSwitcher;
class StaffLoginPage;
class StaffSession;

// The staff desk: a login, then one tab per role the staff member has
// (tasks for coordinators, review for approvers, residents for admins). At
// logout, for whatever reason, every view with its data is destroyed and the
// login shows why the session ended.
class StaffWindow final : public QMainWindow {
    Q_OBJECT
public:
    StaffWindow(const Enrolment& enrolment, ApiClient* api, LanguageSwitcher* switcher, QWidget* parent = nullptr);
    ~StaffWindow() override;

    StaffSession* session() const { return m_session; }
    StaffLoginPage* loginPage() const { return m_loginPage; }
    QTabWidget* tabs() const { return m_tabs; }
    StaffTasksView* tasksView() const { return m_tasksView; }
    ReviewQueueView* reviewView() const { return m_reviewView; }
    ResidentsView* residentsView() const { return m_residentsView; }
    VoucherConflictsView* conflictsView() const { return m_conflictsView; }
    SettlementView* settlementView() const { return m_settlementView; }
    ShopsView* shopsView() const { return m_shopsView; }
    DevicesView* devicesView() const { return m_devicesView; }
    DashboardView* dashboardView() const { return m_dashboardView; }
    AuditLogView* auditLogView() const { return m_auditLogView; }
    QLabel* staffLabel() const { return m_staffLabel; }
    QPushButton* logoutButton() const { return m_logoutButton; }
    bool isDeskOpen() const;
    // The window with any dialog open over it, as the person sees it.
    QPixmap grabWithDialogs();

public Q_SLOTS:
    // Hidden --screenshot support for the documentation: logs in with
    // BUURTMUNT_SCREENSHOT_STAFF_LOGIN ("user:password", a demo account),
    // opens BUURTMUNT_SCREENSHOT_STAFF_VIEW (tasks, editor, review,
    // residents), saves the window to path and reports screenshotSaved().
    void takeScreenshot(const QString& path);

Q_SIGNALS:
    void screenshotSaved(bool saved);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onLoggedIn();
    void onLoggedOut(int reason, const QString& message);
    void closeDesk();
    void openDeskTabs();

    Enrolment m_enrolment;
    LanguageSwitcher* m_switcher;
    StaffSession* m_session;
    QStackedWidget* m_stack;
    StaffLoginPage* m_loginPage;
    QWidget* m_deskPage;
    QTabWidget* m_tabs;
    QPointer<StaffTasksView> m_tasksView;
    QPointer<ReviewQueueView> m_reviewView;
    QPointer<ResidentsView> m_residentsView;
    QPointer<VoucherConflictsView> m_conflictsView;
    QPointer<SettlementView> m_settlementView;
    QPointer<ShopsView> m_shopsView;
    QPointer<DevicesView> m_devicesView;
    QPointer<DashboardView> m_dashboardView;
    QPointer<AuditLogView> m_auditLogView;
    QLabel* m_staffLabel;
    QPushButton* m_logoutButton;
};

} // namespace buurtmunt
