// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "CounterWindow.h"

#include "CounterSounds.h"
#include "RedemptionStateDelegate.h"
#include "RedemptionText.h"
#include "ScanResultPanel.h"
#include "core/counter/CounterSession.h"
#include "core/counter/CounterTodayModel.h"
#include "core/counter/PayoutModel.h"
#include "ui/common/CameraView.h"
#include "ui/common/LanguageBar.h"
#include "ui/common/Theme.h"
#include "ui/common/WedgeScanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace buurtmunt {

namespace {

constexpr std::chrono::minutes RefreshInterval{5};

QTableView* makeTable(QAbstractItemModel* model, const QString& name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionMode(QAbstractItemView::NoSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setFocusPolicy(Qt::NoFocus);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setAlternatingRowColors(true);
    view->setFont(Theme::kiosk().bodyFont());
    view->verticalHeader()->setDefaultSectionSize(Theme::kiosk().touchTarget() - 8);
    return view;
}

} // namespace

CounterWindow::CounterWindow(CounterSession* session, LanguageSwitcher* switcher, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_switcher(switcher)
    , m_scanner(new WedgeScanner(this))
    , m_sounds(new CounterSounds(this))
{
    setObjectName(u"counterWindow"_s);
    if (!m_session->parent())
        m_session->setParent(this);
    const Theme theme = Theme::kiosk();

    auto* central = new QWidget(this);
    auto* page = new QVBoxLayout(central);
    page->setContentsMargins(0, 0, 0, 0);
    page->setSpacing(0);

    // Header: which shop, what it holds, whether the server is there.
    auto* header = new QWidget(central);
    header->setObjectName(u"kioskHeader"_s);
    header->setAttribute(Qt::WA_StyledBackground);
    auto* headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(24, 12, 24, 12);
    auto* who = new QVBoxLayout;
    m_shopLabel = new QLabel(header);
    m_shopLabel->setObjectName(u"shopLabel"_s);
    m_shopLabel->setFont(theme.titleFont());
    m_balanceLabel = new QLabel(header);
    m_balanceLabel->setObjectName(u"balanceLabel"_s);
    m_balanceLabel->setFont(theme.bodyFont());
    who->addWidget(m_shopLabel);
    who->addWidget(m_balanceLabel);
    headerLayout->addLayout(who, 1);
    auto* status = new QVBoxLayout;
    m_connectionLabel = new QLabel(header);
    m_connectionLabel->setObjectName(u"connectionLabel"_s);
    m_connectionLabel->setFont(theme.bodyFont());
    m_connectionLabel->setAlignment(Qt::AlignCenter);
    m_queueLabel = new QLabel(header);
    m_queueLabel->setObjectName(u"queueLabel"_s);
    m_queueLabel->setFont(theme.smallFont());
    status->addWidget(m_connectionLabel, 0, Qt::AlignRight);
    status->addWidget(m_queueLabel, 0, Qt::AlignRight);
    headerLayout->addLayout(status);
    headerLayout->addSpacing(24);
    headerLayout->addWidget(new LanguageBar(m_switcher, header));
    page->addWidget(header);

    m_problemLabel = new QLabel(central);
    m_problemLabel->setObjectName(u"problemLabel"_s);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setFont(theme.bodyFont());
    m_problemLabel->setStyleSheet(u"background: %1; color: %2; padding: 8px 24px;"_s.arg(
        theme.warningBackground().name(), theme.warningText().name()));
    m_problemLabel->hide();
    page->addWidget(m_problemLabel);

    auto* body = new QHBoxLayout;
    body->setContentsMargins(24, 16, 24, 16);
    body->setSpacing(24);
    page->addLayout(body, 1);

    // Left: the ways a code comes in.
    auto* input = new QVBoxLayout;
    m_camera = new CameraView(central);
    m_camera->setObjectName(u"cameraView"_s);
    m_camera->setMinimumSize(480, 360);
    input->addWidget(m_camera, 1);
    m_noCameraLabel = new QLabel(central);
    m_noCameraLabel->setObjectName(u"noCameraLabel"_s);
    m_noCameraLabel->setWordWrap(true);
    m_noCameraLabel->setAlignment(Qt::AlignCenter);
    QFont noCameraFont = theme.headingFont();
    m_noCameraLabel->setFont(noCameraFont);
    m_noCameraLabel->setMinimumHeight(200);
    m_noCameraLabel->setStyleSheet(u"background: %1; color: %2; border: 2px solid %3; border-radius: 12px; padding: 24px;"_s.arg(
        theme.surface().name(), theme.text().name(), theme.border().name()));
    m_noCameraLabel->hide();
    input->addWidget(m_noCameraLabel, 1);
    m_codeLabel = new QLabel(central);
    m_codeLabel->setFont(theme.bodyFont());
    input->addWidget(m_codeLabel);
    auto* codeRow = new QHBoxLayout;
    m_codeEdit = new QLineEdit(central);
    m_codeEdit->setObjectName(u"codeEdit"_s);
    QFont codeFont = theme.monospaceFont();
    codeFont.setPointSizeF(std::max(codeFont.pointSizeF(), 26.0));
    m_codeEdit->setFont(codeFont);
    m_codeEdit->setMinimumHeight(72);
    m_codeEdit->setMaxLength(64);  // a dashed manual code with room for stray spaces
    m_codeLabel->setBuddy(m_codeEdit);
    m_checkButton = new QPushButton(central);
    m_checkButton->setObjectName(u"checkButton"_s);
    QFont buttonFont = theme.headingFont();
    m_checkButton->setFont(buttonFont);
    m_checkButton->setMinimumSize(200, 72);
    codeRow->addWidget(m_codeEdit, 1);
    codeRow->addWidget(m_checkButton);
    input->addLayout(codeRow);
    body->addLayout(input, 2);

    // Right: the answer, then the day's and the account's history.
    auto* output = new QVBoxLayout;
    m_resultPanel = new ScanResultPanel(central);
    output->addWidget(m_resultPanel, 3);
    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(u"counterTabs"_s);
    m_tabs->setFont(theme.bodyFont());
    // The kiosk palette paints tab panes and table headers in its accent,
    // under dark text; on the counter both sit on the theme's light surface.
    m_tabs->setStyleSheet(
        u"QTabWidget::pane { background: %1; border: 2px solid %3; border-radius: 8px; }"
        "QTabBar::tab { background: %4; color: %2; border: 2px solid %3; padding: 8px 24px; margin-right: 4px; }"
        "QTabBar::tab:selected { background: %1; font-weight: bold; border-bottom-color: %1; }"
        "QHeaderView::section { background: %5; color: %6; padding: 6px 12px; border: none; border-right: 1px solid %3; }"
        "QTableView { background: %1; alternate-background-color: %4; color: %2; gridline-color: %3; }"
        "QLabel { color: %2; background: transparent; }"_s
            .arg(theme.surface().name(), theme.text().name(), theme.border().name(), theme.windowBackground().name(),
                 theme.headerBackground().name(), theme.headerText().name()));
    auto* todayPage = new QWidget(m_tabs);
    auto* todayLayout = new QVBoxLayout(todayPage);
    m_todaySummaryLabel = new QLabel(todayPage);
    m_todaySummaryLabel->setObjectName(u"todaySummaryLabel"_s);
    m_todaySummaryLabel->setFont(theme.bodyFont());
    todayLayout->addWidget(m_todaySummaryLabel);
    m_todayView = makeTable(m_session->todayModel(), u"todayView"_s, todayPage);
    m_todayView->setItemDelegateForColumn(CounterTodayModel::StateColumn, new RedemptionStateDelegate(m_todayView));
    todayLayout->addWidget(m_todayView, 1);
    m_tabs->addTab(todayPage, QString());
    auto* payoutPage = new QWidget(m_tabs);
    auto* payoutLayout = new QVBoxLayout(payoutPage);
    m_pendingLabel = new QLabel(payoutPage);
    m_pendingLabel->setObjectName(u"pendingLabel"_s);
    m_pendingLabel->setFont(theme.bodyFont());
    m_pendingLabel->setWordWrap(true);
    payoutLayout->addWidget(m_pendingLabel);
    m_payoutView = makeTable(m_session->payoutModel(), u"payoutView"_s, payoutPage);
    payoutLayout->addWidget(m_payoutView, 1);
    m_tabs->addTab(payoutPage, QString());
    output->addWidget(m_tabs, 2);
    body->addLayout(output, 3);

    setCentralWidget(central);

    connect(m_checkButton, &QPushButton::clicked, this, &CounterWindow::submitTyped);
    connect(m_codeEdit, &QLineEdit::returnPressed, this, &CounterWindow::submitTyped);
    connect(m_scanner, &WedgeScanner::scanned, this, [this](const QString& code) {
        m_session->submitCode(code, ScanSource::Scanner);
    });
    connect(m_camera, &CameraView::decoded, this, [this](const QString& code) {
        m_session->submitCode(code, ScanSource::Camera);
    });
    connect(m_camera, &CameraView::unavailable, this, &CounterWindow::onCameraUnavailable);
    connect(m_session, &CounterSession::busyChanged, this, [this](bool busy) {
        m_checkButton->setEnabled(!busy);
        if (busy)
            m_resultPanel->showChecking();
    });
    connect(m_session, &CounterSession::outcome, this, &CounterWindow::onOutcome);
    connect(m_session, &CounterSession::queuedRedemptionRefused, this, &CounterWindow::onQueuedRefused);
    connect(m_session, &CounterSession::shopChanged, this, &CounterWindow::updateHeader);
    connect(m_session, &CounterSession::refreshed, this, [this] {
        m_problemLabel->hide();
        updateHeader();
    });
    connect(m_session, &CounterSession::refreshFailed, this, &CounterWindow::onRefreshFailed);
    connect(m_session, &CounterSession::onlineChanged, this, &CounterWindow::updateConnection);
    connect(m_session, &CounterSession::queueChanged, this, &CounterWindow::updateConnection);
    connect(m_session, &CounterSession::policyChanged, this, &CounterWindow::updateConnection);
    // The balance moves with payouts made elsewhere, and a new day starts a
    // new list: read both now and then.
    m_refreshTimer.setInterval(RefreshInterval);
    connect(&m_refreshTimer, &QTimer::timeout, m_session, &CounterSession::refresh);

    retranslate();
    m_scanner->setScope(this);
    m_scanner->install();
}

CounterWindow::~CounterWindow()
{
    m_scanner->uninstall();
}

void CounterWindow::start()
{
    m_camera->start();
    m_session->start();
    m_refreshTimer.start();
}

void CounterWindow::submitTyped()
{
    const QString code = m_codeEdit->text().trimmed();
    if (code.isEmpty()) {
        m_codeEdit->setFocus();
        return;
    }
    m_session->submitCode(code, ScanSource::Typed);
}

void CounterWindow::onOutcome(const ScanOutcome& outcome)
{
    const RedemptionText text(coins(), QLocale(), m_session->policy());
    m_resultPanel->showOutcome(outcome, text);
    m_sounds->play(outcome.isAccepted() ? CounterSounds::Sound::Accept : CounterSounds::Sound::Refuse);
    // A typed code that went through is done with; a refused one stays so a
    // typing mistake can be corrected.
    if (outcome.source == ScanSource::Typed && outcome.isAccepted())
        m_codeEdit->clear();
    updateConnection();
}

void CounterWindow::onQueuedRefused(const ScanOutcome& outcome)
{
    // Later than the sale itself, but the shopkeeper must know the voucher
    // did not pay; the same words as any refusal.
    onOutcome(outcome);
}

void CounterWindow::onCameraUnavailable(const QString& reason)
{
    m_cameraReason = reason;
    m_camera->hide();
    m_noCameraLabel->show();
    retranslate();
}

void CounterWindow::onRefreshFailed(const Error& error)
{
    m_problemLabel->setText(tr("The counter could not read the shop's details: %1").arg(error.message));
    m_problemLabel->show();
}

CoinText CounterWindow::coins() const
{
    const auto& enrolment = m_session->enrolment();
    if (enrolment.coinName.isEmpty())
        return CoinText(tr("coin"), tr("coins"));
    return CoinText(enrolment.coinName, enrolment.coinNamePlural.isEmpty() ? enrolment.coinName : enrolment.coinNamePlural);
}

void CounterWindow::updateHeader()
{
    const ShopSummary shop = m_session->shop();
    const RedemptionText text(coins(), QLocale(), m_session->policy());
    if (!shop.isValid()) {
        m_shopLabel->setText(m_session->enrolment().deviceName.isEmpty() ? tr("Shop counter")
                                                                           : m_session->enrolment().deviceName);
        m_balanceLabel->setText(tr("Balance: not known yet"));
        m_todaySummaryLabel->setText(tr("Today: not known yet"));
        m_pendingLabel->setText(tr("Waiting for payout: not known yet"));
    } else {
        m_shopLabel->setText(shop.name);
        const QDateTime asOf = shop.asOf.isValid() ? shop.asOf : QDateTime::currentDateTimeUtc();
        m_balanceLabel->setText(tr("Balance: %1 (as of %2)").arg(text.amount(shop.balance), text.time(asOf)));
        m_todaySummaryLabel->setText(tr("Confirmed today: %n voucher(s), %1", nullptr, shop.todayCount).arg(text.amount(shop.todayTotal)));
        m_pendingLabel->setText(tr("Waiting for payout: %1. The municipality pays the shop's balance out in euros; paid amounts are listed below.")
                                    .arg(text.amount(shop.balance)));
    }
    m_shopLabel->setAccessibleName(m_shopLabel->text());
    m_balanceLabel->setAccessibleName(m_balanceLabel->text());
}

void CounterWindow::updateConnection()
{
    const bool online = m_session->isOnline();
    m_connectionLabel->setText(online ? tr("Online") : tr("Offline"));
    // Dark green on white and dark text on amber: both well above 4.5:1.
    m_connectionLabel->setStyleSheet(online
        ? u"background: #FFFFFF; color: #1D6B2A; border-radius: 8px; padding: 4px 16px; font-weight: bold;"_s
        : u"background: #F5B700; color: #1B1F24; border-radius: 8px; padding: 4px 16px; font-weight: bold;"_s);
    const int queued = m_session->queuedCount();
    if (queued > 0)
        m_queueLabel->setText(tr("%n offline sale(s) waiting to be sent", nullptr, queued));
    else if (!online && !m_session->policy().enabled)
        m_queueLabel->setText(tr("Vouchers can only be taken with a connection"));
    else
        m_queueLabel->setText(tr("No offline sales waiting"));
    m_connectionLabel->setAccessibleName(QString(m_connectionLabel->text() % u", "_s % m_queueLabel->text()));
}

void CounterWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void CounterWindow::retranslate()
{
    setWindowTitle(tr("Buurtmunt — shop counter"));
    m_codeLabel->setText(tr("Or type the code under the QR code:"));
    m_codeEdit->setPlaceholderText(tr("e.g. 7KD4M-2QX9P"));
    m_codeEdit->setAccessibleName(tr("Voucher code"));
    m_checkButton->setText(tr("Check"));
    m_checkButton->setAccessibleName(tr("Check the typed voucher code"));
    m_noCameraLabel->setText(tr("No camera found — use the scanner or type the code"));
    m_noCameraLabel->setAccessibleName(m_noCameraLabel->text());
    m_camera->setAccessibleName(tr("Camera picture for scanning vouchers"));
    m_resultPanel->setAccessibleDescription(tr("The answer to the last scanned voucher"));
    m_tabs->setTabText(0, tr("Today's vouchers"));
    m_tabs->setTabText(1, tr("Payouts"));
    m_todayView->setAccessibleName(tr("Vouchers taken today"));
    m_payoutView->setAccessibleName(tr("Payouts to the shop"));
    m_session->todayModel()->setHeaderLabels({tr("Time"), tr("Amount"), tr("Voucher"), tr("Status")});
    m_session->payoutModel()->setHeaderLabels({tr("Date"), tr("Coins"), tr("Euros"), tr("Note")});
    updateHeader();
    updateConnection();
}

} // namespace buurtmunt
