// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/store/Enrolment.h"
#include "ui/common/CoinText.h"
#include "ui/common/Theme.h"

#include <QDateTime>
#include <QMainWindow>
#include <QPointer>
#include <QStringList>

class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;

namespace buurtmunt {

class ApiClient;
class ClaimConfirmPage;
class ClaimedPage;
class Clock;
class IdleWarningOverlay;
class LanguageSwitcher;
class LocalStore;
class LoginPage;
class MyTasksPage;
class PinPadPage;
class ReadAloud;
class ResidentSession;
class SessionIdleGuard;
struct ClaimRefusal;
struct LoginRefusal;
struct ResidentClaim;
class SyncStatusLabel;
class TaskCardDelegate;
class TaskDetailsView;
class TaskFilterBar;
class TaskFilterModel;
class TaskListModel;
class TaskSync;
class VoucherPage;
class VoucherReadyPage;
struct ResidentVoucher;
struct Error;

// The resident's kiosk: what tasks there are near them, without logging in.
// Reads tasks only from the local store, so it keeps working (and says so)
// when the server cannot be reached. With residents enabled, a resident logs
// in with pass + PIN, claims tasks and sees their own page; every page that
// shows a resident's data is made for the visit and deleted at logout.
class KioskWindow final : public QMainWindow {
    Q_OBJECT
public:
    KioskWindow(const Enrolment& enrolment, LocalStore* store, LanguageSwitcher* switcher,
                QWidget* parent = nullptr);
    ~KioskWindow() override;

    // Follows the sync's progress in the status line and reloads the list
    // after every successful sync; the refresh button asks it for one now.
    void setTaskSync(TaskSync* sync);
    // Offers "Log in" in the header; the kiosk talks to the server through
    // `api` for the resident's session. `clock` drives the idle logout
    // (default: Clock::instance()); it must outlive the window.
    void enableResidents(ApiClient* api, const Clock* clock = nullptr);
    // Offers "Read aloud" in the header while `readAloud` has a voice for the
    // language chosen; it reads the page on screen (on the task list, the
    // task details). Reading stops when the page changes and at logout.
    void setReadAloud(ReadAloud* readAloud);
    // The widget whose text "Read aloud" reads now.
    QWidget* pageToRead() const;

    // Where claim slips are saved when no printer is installed (default:
    // "slips" next to the local store).
    void setSlipFolder(const QString& folder) { m_slipFolder = folder; }
    QString slipFolder() const { return m_slipFolder; }
    // A voucher is as good as cash, so without a printer its slip is saved as
    // a PDF only into a folder set here on purpose (tests, demonstrations);
    // by default it is shown on screen and never written to the kiosk's disk.
    void setVoucherSlipFolder(const QString& folder) { m_voucherSlipFolder = folder; }
    QString voucherSlipFolder() const { return m_voucherSlipFolder; }

    ResidentSession* residentSession() const { return m_session; }
    SessionIdleGuard* idleGuard() const { return m_idleGuard; }
    QStackedWidget* pages() const { return m_pages; }
    QWidget* browsePage() const { return m_browsePage; }
    // Active shops for the voucher pages and slips; fetched when the
    // voucher page opens and kept in memory for ten minutes.
    QStringList shopNames() const { return m_shopNames; }

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
    // nothing selected, list at the top, and no page of the last resident.
    void resetForNextVisitor();
    void showLogin();
    void showMyTasks();
    void showVouchers();
    void showBrowse();

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
    void updateReadAloudButton();

    void showPinPad(const QString& pass);
    void showPage(QWidget* page);
    void onLoggedIn();
    void onLoginFailed(const LoginRefusal& refusal);
    void requestClaim(qint64 taskId);
    void onClaimed(const ResidentClaim& claim);
    void onClaimRefused(const ClaimRefusal& refusal);
    void onLoggedOut();
    void onIdleTimeout();
    void startIdleGuard();
    void updateResidentHeader();
    void showVoucher(const ResidentVoucher& voucher, bool justMade);
    void fetchShops();
    // `now` deletes at once; otherwise later, for a page whose own button
    // asked to leave it (it is still inside its click handler).
    void discardVisitorPages(bool now);

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
    QStackedWidget* m_pages;
    QWidget* m_browsePage;
    QPushButton* m_loginButton;
    QPushButton* m_myTasksButton;
    QPushButton* m_logoutButton;
    QPushButton* m_spendButton = nullptr;
    QPushButton* m_readAloudButton = nullptr;
    QPointer<ReadAloud> m_readAloud;
    QLabel* m_residentNameLabel;
    QLabel* m_residentBalanceLabel;
    IdleWarningOverlay* m_idleOverlay = nullptr;
    ResidentSession* m_session = nullptr;
    SessionIdleGuard* m_idleGuard = nullptr;
    QString m_slipFolder;
    QString m_voucherSlipFolder;
    QPointer<LoginPage> m_loginPage;
    QPointer<PinPadPage> m_pinPage;
    QPointer<ClaimConfirmPage> m_confirmPage;
    QPointer<ClaimedPage> m_claimedPage;
    QPointer<MyTasksPage> m_myTasksPage;
    QPointer<VoucherPage> m_voucherPage;
    QPointer<VoucherReadyPage> m_voucherReadyPage;
    ApiClient* m_api = nullptr;
    QStringList m_shopNames;
    QDateTime m_shopsFetchedAt;
    bool m_fetchingShops = false;
};

} // namespace buurtmunt
