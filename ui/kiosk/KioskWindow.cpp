// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "KioskWindow.h"

#include "CapMeter.h"
#include "ClaimConfirmPage.h"
#include "ClaimedPage.h"
#include "IdleWarningOverlay.h"
#include "LoginPage.h"
#include "MyTasksPage.h"
#include "PinPadPage.h"
#include "TaskCardDelegate.h"
#include "VoucherPage.h"
#include "VoucherReadyPage.h"
#include "core/resident/ClaimRefusal.h"
#include "core/resident/LoginRefusal.h"
#include "core/resident/ResidentSession.h"
#include "core/resident/ResidentVoucherModel.h"
#include "core/net/ApiClient.h"
#include "core/net/ApiJob.h"
#include "core/resident/SessionIdleGuard.h"
#include "TaskDetailsView.h"
#include "TaskFilterBar.h"
#include "core/store/LocalStore.h"
#include "core/store/TaskFilterModel.h"
#include "core/store/TaskListModel.h"
#include "core/sync/TaskSync.h"
#include "ui/common/LanguageBar.h"
#include "ui/common/LanguageSwitcher.h"
#include "ui/common/ReadAloud.h"
#include "ui/common/SyncStatusLabel.h"

#include <QCollator>
#include <QDir>
#include <QFileInfo>
#include <QStackedWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QJsonArray>
#include <QJsonObject>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScroller>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace buurtmunt {

KioskWindow::KioskWindow(const Enrolment& enrolment, LocalStore* store, LanguageSwitcher* switcher,
                         QWidget* parent)
    : QMainWindow(parent)
    , m_enrolment(enrolment)
    , m_store(store)
    , m_switcher(switcher)
    , m_theme(Theme::kiosk())
    , m_coins(enrolment.coinName, enrolment.coinNamePlural)
    , m_taskModel(new TaskListModel(store, this))
    , m_filterModel(new TaskFilterModel(this))
    , m_delegate(new TaskCardDelegate(m_theme, this))
    , m_municipalityLabel(new QLabel)
    , m_taglineLabel(new QLabel)
    , m_listTitleLabel(new QLabel)
    , m_countLabel(new QLabel)
    , m_refreshButton(new QPushButton)
    , m_syncStatus(new SyncStatusLabel)
    , m_filterBar(new TaskFilterBar)
    , m_taskList(new QListView)
    , m_details(new TaskDetailsView(m_theme))
    , m_pages(new QStackedWidget)
    , m_browsePage(new QWidget)
    , m_loginButton(new QPushButton)
    , m_myTasksButton(new QPushButton)
    , m_logoutButton(new QPushButton)
    , m_residentNameLabel(new QLabel)
    , m_residentBalanceLabel(new QLabel)
{
    setObjectName(u"kioskWindow"_s);
    setWindowIcon(QIcon(u":/buurtmunt/icons/buurtmunt.svg"_s));
    m_delegate->setCoinText(m_coins);
    m_details->setCoinText(m_coins);
    m_filterModel->setHomeNeighbourhood(enrolment.neighbourhood);
    m_filterModel->setSourceModel(m_taskModel);

    auto* central = new QWidget;
    central->setObjectName(u"kioskPage"_s);
    auto* header = new QWidget(central);
    header->setObjectName(u"kioskHeader"_s);
    header->setAttribute(Qt::WA_StyledBackground);
    buildHeader(header);

    m_listTitleLabel->setFont(m_theme.headingFont());
    m_listTitleLabel->setObjectName(u"listTitle"_s);
    m_countLabel->setObjectName(u"taskCount"_s);
    m_refreshButton->setObjectName(u"refreshButton"_s);

    m_taskList->setObjectName(u"taskList"_s);
    m_taskList->setModel(m_filterModel);
    m_taskList->setItemDelegate(m_delegate);
    // One measured height for every row and no widgets in rows: the list
    // stays instant with ten thousand tasks.
    m_taskList->setUniformItemSizes(true);
    m_taskList->setLayoutMode(QListView::SinglePass);
    m_taskList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_taskList->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_taskList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_taskList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_taskList->setMinimumWidth(560);
    QScroller::grabGesture(m_taskList->viewport(), QScroller::LeftMouseButtonGesture);

    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_listTitleLabel);
    statusRow->addWidget(m_countLabel);
    statusRow->addStretch(1);
    statusRow->addWidget(m_syncStatus);
    statusRow->addWidget(m_refreshButton);

    auto* body = new QHBoxLayout;
    body->setSpacing(24);
    body->addWidget(m_taskList, 3);
    body->addWidget(m_details, 2);

    auto* content = new QVBoxLayout(m_browsePage);
    m_browsePage->setObjectName(u"browsePage"_s);
    content->setContentsMargins(32, 16, 32, 24);
    content->setSpacing(14);
    content->addLayout(statusRow);
    content->addWidget(m_filterBar);
    content->addLayout(body, 1);

    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    m_pages->setObjectName(u"kioskPages"_s);
    m_pages->addWidget(m_browsePage);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    m_slipFolder = QFileInfo(m_store->databasePath()).dir().filePath(u"slips"_s);

    connect(m_filterBar, &TaskFilterBar::filtersChanged, this, &KioskWindow::applyFilters);
    connect(m_taskList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (m_readAloud)
                    m_readAloud->stop();
                m_details->showTask(current);
            });
    connect(m_filterModel, &QAbstractItemModel::modelReset, this, &KioskWindow::updateCount);
    connect(m_filterModel, &QAbstractItemModel::rowsInserted, this, &KioskWindow::updateCount);
    connect(m_filterModel, &QAbstractItemModel::rowsRemoved, this, &KioskWindow::updateCount);
    connect(m_filterModel, &QAbstractItemModel::layoutChanged, this, &KioskWindow::updateCount);
    connect(m_refreshButton, &QPushButton::clicked, this, [this] {
        if (m_sync)
            m_sync->syncNow();
        else
            reloadTasks();
    });
    connect(m_switcher, &LanguageSwitcher::languageChanged, this, &KioskWindow::applyLocale);
    // What was being read belongs to the page that is gone.
    connect(m_pages, &QStackedWidget::currentChanged, this, [this] {
        if (m_readAloud)
            m_readAloud->stop();
    });

    if (const auto state = m_store->syncState(); state.ok())
        m_syncStatus->setLastSuccess(state->lastSuccess);
    applyLocale();
    reloadTasks();
    retranslate();
}

KioskWindow::~KioskWindow()
{
    // The voice may be this window's child and outlive this destructor by a
    // moment; it must not call back into a window that is half gone.
    if (m_readAloud)
        disconnect(m_readAloud, nullptr, this, nullptr);
}

void KioskWindow::buildHeader(QWidget* header)
{
    auto* logo = new QLabel(header);
    logo->setPixmap(QIcon(u":/buurtmunt/icons/buurtmunt.svg"_s).pixmap(64, 64));
    logo->setObjectName(u"logo"_s);
    m_municipalityLabel->setFont(m_theme.headingFont());
    m_municipalityLabel->setObjectName(u"municipalityName"_s);
    m_taglineLabel->setFont(m_theme.bodyFont());
    m_taglineLabel->setObjectName(u"tagline"_s);
    m_taglineLabel->setWordWrap(true);

    auto* titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_municipalityLabel);
    titles->addWidget(m_taglineLabel);

    auto* layout = new QHBoxLayout(header);
    layout->setContentsMargins(32, 14, 32, 14);
    layout->setSpacing(20);
    layout->addWidget(logo);
    layout->addLayout(titles, 1);

    // Who is logged in and what they have: shown only during a visit and
    // emptied at logout.
    m_residentNameLabel->setObjectName(u"residentName"_s);
    m_residentNameLabel->setFont(m_theme.titleFont());
    m_residentNameLabel->setTextFormat(Qt::PlainText);
    m_residentBalanceLabel->setObjectName(u"residentBalance"_s);
    m_residentBalanceLabel->setFont(m_theme.bodyFont());
    m_residentBalanceLabel->setTextFormat(Qt::PlainText);
    auto* resident = new QVBoxLayout;
    resident->setSpacing(0);
    resident->addWidget(m_residentNameLabel);
    resident->addWidget(m_residentBalanceLabel);
    layout->addLayout(resident);
    m_loginButton->setObjectName(u"loginButton"_s);
    m_myTasksButton->setObjectName(u"myTasksButton"_s);
    m_logoutButton->setObjectName(u"logoutButton"_s);
    m_spendButton = new QPushButton;
    m_spendButton->setObjectName(u"spendButton"_s);
    for (QPushButton* button : {m_loginButton, m_spendButton, m_myTasksButton, m_logoutButton}) {
        button->setFont(m_theme.titleFont());
        // A button never clips its words (longer in German); the tagline
        // wraps instead when the header runs out of room.
        button->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
        button->hide();
        layout->addWidget(button);
    }
    m_residentNameLabel->hide();
    m_residentBalanceLabel->hide();
    // Next to the language buttons, on every page: the same place whatever
    // the resident is doing.
    m_readAloudButton = new QPushButton;
    m_readAloudButton->setObjectName(u"readAloudButton"_s);
    m_readAloudButton->setFont(m_theme.titleFont());
    m_readAloudButton->setIcon(QIcon(u":/buurtmunt/icons/speaker.svg"_s));
    m_readAloudButton->setIconSize(QSize(32, 32));
    m_readAloudButton->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    // Reading must not take the focus from the field a resident types in.
    m_readAloudButton->setFocusPolicy(Qt::TabFocus);
    m_readAloudButton->hide();
    connect(m_readAloudButton, &QPushButton::clicked, this, [this] {
        if (!m_readAloud)
            return;
        if (m_readAloud->isSpeaking())
            m_readAloud->stop();
        else
            m_readAloud->read(ReadAloud::textOf(pageToRead()));
    });
    layout->addWidget(m_readAloudButton);
    layout->addWidget(new LanguageBar(m_switcher, header));
}

void KioskWindow::setReadAloud(ReadAloud* readAloud)
{
    if (m_readAloud)
        disconnect(m_readAloud, nullptr, this, nullptr);
    m_readAloud = readAloud;
    if (readAloud) {
        readAloud->setLanguage(m_switcher->language());
        connect(readAloud, &ReadAloud::availabilityChanged, this, &KioskWindow::updateReadAloudButton);
        connect(readAloud, &ReadAloud::speakingChanged, this, &KioskWindow::updateReadAloudButton);
    }
    updateReadAloudButton();
}

QWidget* KioskWindow::pageToRead() const
{
    QWidget* page = m_pages->currentWidget();
    // On the list the details panel says what the eye looks for: the task
    // chosen, or how the scheme works. Forty task cards read out help no one.
    return page == m_browsePage ? static_cast<QWidget*>(m_details) : page;
}

void KioskWindow::updateReadAloudButton()
{
    const bool available = m_readAloud && m_readAloud->isAvailable();
    m_readAloudButton->setVisible(available);
    const bool speaking = available && m_readAloud->isSpeaking();
    m_readAloudButton->setText(speaking ? tr("Stop reading") : tr("Read aloud"));
    m_readAloudButton->setAccessibleName(speaking ? tr("Stop reading aloud")
                                                  : tr("Read this page aloud"));
}

void KioskWindow::enableResidents(ApiClient* api, const Clock* clock)
{
    if (m_session || !api)
        return;
    m_session = new ResidentSession(api, this);
    m_api = api;
    m_idleGuard = new SessionIdleGuard(this, clock);
    m_idleOverlay = new IdleWarningOverlay(m_theme, centralWidget());
    m_loginButton->show();

    connect(m_loginButton, &QPushButton::clicked, this, &KioskWindow::showLogin);
    connect(m_myTasksButton, &QPushButton::clicked, this, &KioskWindow::showMyTasks);
    connect(m_spendButton, &QPushButton::clicked, this, &KioskWindow::showVouchers);
    connect(m_session, &ResidentSession::voucherMade, this,
            [this](const ResidentVoucher& voucher) { showVoucher(voucher, true); });
    connect(m_logoutButton, &QPushButton::clicked, this, [this] { m_session->logout(); });
    connect(m_details, &TaskDetailsView::claimRequested, this, &KioskWindow::requestClaim);
    connect(m_session, &ResidentSession::loggedIn, this, &KioskWindow::onLoggedIn);
    connect(m_session, &ResidentSession::loginFailed, this, &KioskWindow::onLoginFailed);
    connect(m_session, &ResidentSession::updated, this, &KioskWindow::updateResidentHeader);
    connect(m_session, &ResidentSession::claimed, this, &KioskWindow::onClaimed);
    connect(m_session, &ResidentSession::claimRefused, this, &KioskWindow::onClaimRefused);
    connect(m_session, &ResidentSession::loggedOut, this, &KioskWindow::onLoggedOut);
    connect(m_session, &ResidentSession::busyChanged, this, [this](bool busy) {
        if (m_pinPage)
            m_pinPage->setBusy(busy);
        if (m_confirmPage)
            m_confirmPage->setBusy(busy);
    });
    connect(m_idleGuard, &SessionIdleGuard::warning, m_idleOverlay, &IdleWarningOverlay::showCountdown);
    connect(m_idleGuard, &SessionIdleGuard::warningEnded, m_idleOverlay, &QWidget::hide);
    connect(m_idleOverlay, &IdleWarningOverlay::stillHere, m_idleGuard, &SessionIdleGuard::extend);
    connect(m_idleGuard, &SessionIdleGuard::timedOut, this, &KioskWindow::onIdleTimeout);
    connect(m_idleGuard, &SessionIdleGuard::expired, this, [this] {
        if (m_session->isLoggedIn())
            m_session->logout(ResidentSession::LogoutReason::Expired);
        else
            onIdleTimeout();
    });
    retranslate();
}

void KioskWindow::showPage(QWidget* page)
{
    if (m_pages->indexOf(page) < 0)
        m_pages->addWidget(page);
    m_pages->setCurrentWidget(page);
}

void KioskWindow::startIdleGuard()
{
    SessionIdleGuard::Limits limits;
    if (m_session->isLoggedIn()) {
        // The server ends an idle session after its own timeout; the kiosk
        // logs out at the same moment and warns half a minute before.
        limits.logoutAfter = std::chrono::duration_cast<std::chrono::milliseconds>(m_session->idleTimeout());
        limits.warnAfter = std::max(limits.logoutAfter - std::chrono::milliseconds(30000),
                                    limits.logoutAfter / 2);
    }
    m_idleGuard->setLimits(limits);
    m_idleGuard->start();
}

void KioskWindow::showLogin()
{
    if (!m_session || m_session->isLoggedIn())
        return;
    discardVisitorPages(false);
    m_loginPage = new LoginPage(m_theme);
    connect(m_loginPage, &LoginPage::passEntered, this, &KioskWindow::showPinPad);
    connect(m_loginPage, &LoginPage::cancelled, this, [this] {
        m_idleGuard->stop();
        discardVisitorPages(false);
        showBrowse();
    });
    showPage(m_loginPage);
    m_loginPage->activate();
    // Someone who walks away halfway leaves their pass number on screen.
    startIdleGuard();
}

void KioskWindow::showPinPad(const QString& pass)
{
    m_pinPage = new PinPadPage(m_theme, pass);
    connect(m_pinPage, &PinPadPage::pinEntered, m_session, &ResidentSession::login);
    connect(m_pinPage, &PinPadPage::cancelled, this, &KioskWindow::showLogin);
    showPage(m_pinPage);
    m_pinPage->setFocus();
    if (m_loginPage) {
        m_pages->removeWidget(m_loginPage);
        m_loginPage->deleteLater();
        m_loginPage = nullptr;
    }
}

void KioskWindow::onLoginFailed(const LoginRefusal& refusal)
{
    if (m_pinPage) {
        m_pinPage->setBusy(false);
        m_pinPage->showRefusal(refusal, m_switcher->locale());
    }
}

void KioskWindow::onLoggedIn()
{
    discardVisitorPages(true);
    m_loginButton->hide();
    m_myTasksButton->show();
    m_spendButton->show();
    m_logoutButton->show();
    m_residentNameLabel->show();
    m_residentBalanceLabel->show();
    m_details->setClaimAvailable(true);
    updateResidentHeader();
    showBrowse();
    startIdleGuard();
}

void KioskWindow::updateResidentHeader()
{
    if (!m_session || !m_session->isLoggedIn())
        return;
    m_residentNameLabel->setText(tr("Hello, %1").arg(m_session->firstName()));
    const Earnings& e = m_session->earnings();
    m_residentBalanceLabel->setText(e.isValid()
        ? tr("Balance: %1").arg(m_coins.format(e.balanceCents, m_switcher->locale()))
        : tr("Balance: loading…"));
    m_residentNameLabel->setAccessibleName(m_residentNameLabel->text());
    m_residentBalanceLabel->setAccessibleName(m_residentBalanceLabel->text());
}

void KioskWindow::requestClaim(qint64 taskId)
{
    if (!m_session || !m_session->isLoggedIn())
        return;
    const int row = m_taskModel->rowOf(TaskId(taskId));
    if (row < 0)
        return;
    if (m_confirmPage) {
        m_pages->removeWidget(m_confirmPage);
        m_confirmPage->deleteLater();
    }
    m_confirmPage = new ClaimConfirmPage(m_theme, m_coins, m_switcher->locale(), m_taskModel->taskAt(row),
                                         m_session->earnings());
    connect(m_confirmPage, &ClaimConfirmPage::confirmed, m_session, &ResidentSession::claim);
    connect(m_confirmPage, &ClaimConfirmPage::cancelled, this, [this] {
        showBrowse();
        m_pages->removeWidget(m_confirmPage);
        m_confirmPage->deleteLater();
    });
    showPage(m_confirmPage);
}

void KioskWindow::onClaimed(const ResidentClaim& claim)
{
    const int row = m_taskModel->rowOf(claim.taskId);
    Task task;
    if (row >= 0) {
        task = m_taskModel->taskAt(row);
    } else {
        task.id = claim.taskId;
        task.title = claim.taskTitle;
    }
    if (m_claimedPage) {
        m_pages->removeWidget(m_claimedPage);
        delete m_claimedPage;
    }
    m_claimedPage = new ClaimedPage(m_theme, m_coins, m_switcher->locale(), task, claim);
    m_claimedPage->setSlipFolder(m_slipFolder);
    connect(m_claimedPage, &ClaimedPage::myTasksRequested, this, &KioskWindow::showMyTasks);
    connect(m_claimedPage, &ClaimedPage::done, this, &KioskWindow::showBrowse);
    showPage(m_claimedPage);
    if (m_confirmPage) {
        m_pages->removeWidget(m_confirmPage);
        delete m_confirmPage;
    }
    // The sync will show the taken place; ask for it now rather than in a minute.
    if (m_sync)
        m_sync->syncNow();
}

void KioskWindow::onClaimRefused(const ClaimRefusal& refusal)
{
    if (m_confirmPage && m_confirmPage->taskId() == refusal.taskId) {
        m_confirmPage->showRefusal(refusal);
        showPage(m_confirmPage);
    }
}

void KioskWindow::showMyTasks()
{
    if (!m_session || !m_session->isLoggedIn())
        return;
    if (!m_myTasksPage) {
        m_myTasksPage = new MyTasksPage(m_theme, m_coins, m_switcher->locale(), m_session);
        connect(m_myTasksPage, &MyTasksPage::backRequested, this, &KioskWindow::showBrowse);
    }
    showPage(m_myTasksPage);
    m_session->refresh();
}

void KioskWindow::showVouchers()
{
    if (!m_session || !m_session->isLoggedIn())
        return;
    if (!m_voucherPage) {
        m_voucherPage = new VoucherPage(m_theme, m_coins, m_switcher->locale(), m_session);
        connect(m_voucherPage, &VoucherPage::backRequested, this, &KioskWindow::showBrowse);
        connect(m_voucherPage, &VoucherPage::showRequested, this, [this](const QString& voucherId) {
            const int row = m_session->vouchersModel()->rowOf(voucherId);
            if (row >= 0)
                showVoucher(m_session->vouchersModel()->voucherAt(row), false);
        });
    }
    showPage(m_voucherPage);
    m_session->refreshVouchers();
    m_session->refresh();
    fetchShops();
}

void KioskWindow::showVoucher(const ResidentVoucher& voucher, bool justMade)
{
    // Never asked from the old page's own buttons, so it can go at once; a
    // second page with the same names would confuse assistive technology.
    if (m_voucherReadyPage) {
        m_pages->removeWidget(m_voucherReadyPage);
        delete m_voucherReadyPage;
    }
    m_voucherReadyPage = new VoucherReadyPage(m_theme, m_coins, m_switcher->locale(), voucher,
                                              m_enrolment.municipalityName, m_shopNames, justMade);
    m_voucherReadyPage->setSlipFolder(m_voucherSlipFolder);
    connect(m_voucherReadyPage, &VoucherReadyPage::done, this, &KioskWindow::showVouchers);
    showPage(m_voucherReadyPage);
}

void KioskWindow::fetchShops()
{
    // Shops change rarely and are no one's personal data: one fetch serves
    // every visitor for a while.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_api || m_fetchingShops || (m_shopsFetchedAt.isValid() && m_shopsFetchedAt.secsTo(now) < 600))
        return;
    m_fetchingShops = true;
    ApiJob* job = m_api->get(u"/v1/shops"_s);
    connect(job, &ApiJob::finished, this, [this](const ApiResult& result) {
        m_fetchingShops = false;
        // Without the list the pages say "the shops taking part"; the next
        // visit to the voucher page tries again.
        if (!result.ok())
            return;
        QStringList names;
        for (const QJsonValue& item : result.body.object().value(u"items"_s).toArray()) {
            const QJsonObject shop = item.toObject();
            const QString name = shop.value(u"name"_s).toString().trimmed();
            if (!name.isEmpty() && shop.value(u"active"_s).toBool(true))
                names.append(name);
        }
        m_shopNames = names;
        m_shopsFetchedAt = QDateTime::currentDateTimeUtc();
        if (m_voucherReadyPage)
            m_voucherReadyPage->setShopNames(m_shopNames);
    });
}

void KioskWindow::showBrowse()
{
    m_pages->setCurrentWidget(m_browsePage);
}

void KioskWindow::onIdleTimeout()
{
    if (m_session->isLoggedIn()) {
        m_session->logout(ResidentSession::LogoutReason::Idle);
        return;
    }
    // Walked away while logging in.
    m_session->wipe();
    onLoggedOut();
}

void KioskWindow::onLoggedOut()
{
    m_idleGuard->stop();
    m_idleOverlay->hide();
    discardVisitorPages(true);
    resetForNextVisitor();
}

void KioskWindow::discardVisitorPages(bool now)
{
    // A resident's balance or voucher code must not go on sounding after
    // the pages that showed it are gone.
    if (m_readAloud)
        m_readAloud->stop();
    const QList<QWidget*> pages{m_loginPage,   m_pinPage,     m_confirmPage,
                                m_claimedPage, m_myTasksPage, m_voucherPage, m_voucherReadyPage};
    for (QWidget* page : pages) {
        if (!page)
            continue;
        m_pages->removeWidget(page);
        page->hide();
        if (now)
            delete page;
        else
            page->deleteLater();
    }
    m_loginPage = nullptr;
    m_pinPage = nullptr;
    m_confirmPage = nullptr;
    m_claimedPage = nullptr;
    m_myTasksPage = nullptr;
    m_voucherPage = nullptr;
    m_voucherReadyPage = nullptr;
}

void KioskWindow::setTaskSync(TaskSync* sync)
{
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = sync;
    if (!sync)
        return;
    connect(sync, &TaskSync::syncStarted, m_syncStatus, &SyncStatusLabel::showSyncing);
    connect(sync, &TaskSync::syncFinished, this, &KioskWindow::onSyncFinished);
    connect(sync, &TaskSync::syncFailed, m_syncStatus, &SyncStatusLabel::showFailed);
    // A second tap while a sync runs would do nothing; show that it is busy.
    connect(sync, &TaskSync::syncStarted, m_refreshButton, [this] { m_refreshButton->setEnabled(false); });
    const auto done = [this] { m_refreshButton->setEnabled(true); };
    connect(sync, &TaskSync::syncFinished, m_refreshButton, done);
    connect(sync, &TaskSync::syncFailed, m_refreshButton, done);
}

void KioskWindow::onSyncFinished(const QDateTime& at, int changed)
{
    m_syncStatus->showSucceeded(at);
    // A 304 changes nothing; resetting the model would only lose the
    // visitor's scroll position.
    if (changed > 0 || m_taskModel->rowCount() == 0)
        reloadTasks();
}

void KioskWindow::reloadTasks()
{
    const QModelIndex current = m_taskList->currentIndex();
    const TaskId selected = current.isValid()
        ? TaskId(current.data(TaskListModel::TaskIdRole).toLongLong())
        : TaskId();
    if (const Status status = m_taskModel->reload(); !status.ok())
        m_syncStatus->showFailed(status.error());
    updateNeighbourhoods();
    if (selected.isValid()) {
        const int sourceRow = m_taskModel->rowOf(selected);
        const QModelIndex proxy = sourceRow < 0
            ? QModelIndex()
            : m_filterModel->mapFromSource(m_taskModel->index(sourceRow));
        if (proxy.isValid())
            m_taskList->setCurrentIndex(proxy);
        else
            m_details->clear();
    }
    updateCount();
}

void KioskWindow::updateNeighbourhoods()
{
    QSet<QString> names;
    for (int row = 0; row < m_taskModel->rowCount(); ++row)
        names.insert(m_taskModel->taskAt(row).neighbourhood);
    names.remove(QString());
    QStringList sorted(names.begin(), names.end());
    QCollator collator(m_switcher->locale());
    std::sort(sorted.begin(), sorted.end(), collator);
    // The kiosk's own neighbourhood is the likeliest choice: offer it first.
    if (sorted.removeOne(m_enrolment.neighbourhood))
        sorted.prepend(m_enrolment.neighbourhood);
    m_filterBar->setNeighbourhoods(sorted);
}

void KioskWindow::applyFilters()
{
    const QModelIndex before = m_taskList->currentIndex();
    const TaskId shown = before.isValid() ? TaskId(before.data(TaskListModel::TaskIdRole).toLongLong()) : TaskId();
    m_filterModel->setNeighbourhood(m_filterBar->neighbourhood());
    m_filterModel->setCategory(m_filterBar->category());
    m_filterModel->setMinimumRewardCents(m_filterBar->minimumRewardCents());
    m_filterModel->setSearchText(m_filterBar->searchText());
    // The selection model moves the current row to a neighbour when its row
    // is filtered away; a visitor would then read about a task they never
    // chose. Keep the chosen task if it is still listed, else show none.
    const int sourceRow = shown.isValid() ? m_taskModel->rowOf(shown) : -1;
    const QModelIndex after = sourceRow < 0 ? QModelIndex() : m_filterModel->mapFromSource(m_taskModel->index(sourceRow));
    if (after.isValid()) {
        m_taskList->setCurrentIndex(after);
    } else {
        m_taskList->selectionModel()->clear();
        m_details->clear();
    }
    updateCount();
}

void KioskWindow::resetForNextVisitor()
{
    if (m_session && m_session->isLoggedIn()) {
        // Logging out comes back here once the resident's data is gone.
        m_session->logout(ResidentSession::LogoutReason::User);
        return;
    }
    discardVisitorPages(true);
    m_residentNameLabel->clear();
    m_residentBalanceLabel->clear();
    m_residentNameLabel->setAccessibleName(QString());
    m_residentBalanceLabel->setAccessibleName(QString());
    m_residentNameLabel->hide();
    m_residentBalanceLabel->hide();
    m_myTasksButton->hide();
    m_spendButton->hide();
    m_logoutButton->hide();
    m_loginButton->setVisible(m_session != nullptr);
    m_details->setClaimAvailable(false);
    if (m_idleOverlay)
        m_idleOverlay->hide();
    showBrowse();
    m_switcher->resetToDefault();
    m_filterBar->reset();
    m_taskList->setCurrentIndex({});
    m_taskList->clearSelection();
    m_details->clear();
    m_taskList->scrollToTop();
}

void KioskWindow::applyLocale()
{
    const QLocale locale = m_switcher->locale();
    if (m_readAloud)
        m_readAloud->setLanguage(m_switcher->language());
    m_delegate->setLocale(locale);
    m_details->setLocale(locale);
    m_filterBar->setCoinText(m_coins, locale);
    m_taskList->viewport()->update();
    // Dates on a voucher ("21 februari 2027") follow the language chosen.
    if (m_voucherPage)
        m_voucherPage->setLocale(locale);
    if (m_voucherReadyPage)
        m_voucherReadyPage->setLocale(locale);
}

void KioskWindow::updateCount()
{
    const int shown = m_filterModel->rowCount();
    const int total = m_taskModel->rowCount();
    m_countLabel->setText(shown == total ? tr("%n task(s)", nullptr, total)
                                         : tr("%1 of %2 tasks").arg(shown).arg(total));
    m_taskList->setAccessibleDescription(m_countLabel->text());
}

void KioskWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_taskList->viewport()->update();
    }
    QMainWindow::changeEvent(event);
}

void KioskWindow::retranslate()
{
    const QString plural = m_enrolment.coinNamePlural.isEmpty() ? tr("coins") : m_enrolment.coinNamePlural;
    setWindowTitle(tr("Buurtmunt — %1").arg(m_enrolment.municipalityName));
    m_municipalityLabel->setText(m_enrolment.municipalityName.isEmpty()
        ? tr("Buurtmunt") : tr("Municipality of %1").arg(m_enrolment.municipalityName));
    //: %1 is the coin's plural name, e.g. "Heitjes"
    m_taglineLabel->setText(tr("Earn %1 with tasks in your neighbourhood").arg(plural));
    m_listTitleLabel->setText(tr("Tasks"));
    m_refreshButton->setText(tr("Refresh"));
    m_refreshButton->setAccessibleName(tr("Fetch the latest tasks now"));
    m_taskList->setAccessibleName(tr("Task list"));
    m_countLabel->setAccessibleName(tr("Number of tasks"));
    m_municipalityLabel->setAccessibleName(m_municipalityLabel->text());
    m_taglineLabel->setAccessibleName(m_taglineLabel->text());
    m_listTitleLabel->setAccessibleName(m_listTitleLabel->text());
    m_loginButton->setText(tr("Log in"));
    m_loginButton->setAccessibleName(tr("Log in with your pass and PIN"));
    m_myTasksButton->setText(tr("My tasks"));
    m_myTasksButton->setAccessibleName(tr("My tasks, balance and history"));
    m_spendButton->setText(tr("Spend"));
    //: %1 is the coin's plural name, e.g. "Heitjes"
    m_spendButton->setAccessibleName(tr("Spend %1: make a voucher for a shop").arg(plural));
    m_logoutButton->setText(tr("Log out"));
    m_logoutButton->setAccessibleName(tr("Log out"));
    updateReadAloudButton();
    updateResidentHeader();
    updateCount();
}

} // namespace buurtmunt
