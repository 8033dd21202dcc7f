// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "VoucherPage.h"

#include "ResidentRowDelegate.h"
#include "core/domain/Coins.h"
#include "core/resident/ResidentSession.h"
#include "core/resident/ResidentVoucherModel.h"
#include "core/resident/VoucherRefusal.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScroller>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace buurtmunt {

namespace {

constexpr qint64 coinCents = 100;
constexpr std::array<int, 3> quickCoins{5, 10, 20};

QLabel* makeLabel(QWidget* parent, const QFont& font, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setFont(font);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QPushButton* makeButton(QWidget* parent, const QFont& font, const QString& name, int minimumHeight)
{
    auto* button = new QPushButton(parent);
    button->setObjectName(name);
    button->setFont(font);
    button->setMinimumHeight(minimumHeight);
    return button;
}

} // namespace

VoucherPage::VoucherPage(const Theme& theme, const CoinText& coins, const QLocale& locale, ResidentSession* session,
                         QWidget* parent)
    : QWidget(parent)
    , m_theme(theme)
    , m_coins(coins)
    , m_locale(locale)
    , m_session(session)
    , m_title(makeLabel(this, theme.headingFont(), u"voucherPageTitle"_s))
    , m_backButton(makeButton(this, theme.bodyFont(), u"voucherBackButton"_s, theme.touchTarget()))
    , m_message(makeLabel(this, theme.bodyFont(), u"voucherMessage"_s))
    , m_makeTitle(makeLabel(this, theme.titleFont(), u"makeVoucherTitle"_s))
    , m_balanceCaption(makeLabel(this, theme.bodyFont(), u"voucherBalanceCaption"_s))
    , m_balance(makeLabel(this, theme.rewardFont(), u"voucherBalance"_s))
    , m_amountCaption(makeLabel(this, theme.bodyFont(), u"voucherAmountCaption"_s))
    , m_minusButton(makeButton(this, theme.headingFont(), u"amountMinusButton"_s, 88))
    , m_amount(makeLabel(this, theme.headingFont(), u"voucherAmountChosen"_s))
    , m_plusButton(makeButton(this, theme.headingFont(), u"amountPlusButton"_s, 88))
    , m_allButton(makeButton(this, theme.titleFont(), u"amountAllButton"_s, 72))
    , m_remaining(makeLabel(this, theme.bodyFont(), u"voucherRemaining"_s))
    , m_makeButton(makeButton(this, theme.titleFont(), u"makeVoucherButton"_s, 88))
    , m_listTitle(makeLabel(this, theme.titleFont(), u"myVouchersTitle"_s))
    , m_list(new QListView(this))
    , m_noVouchers(makeLabel(this, theme.bodyFont(), u"noVouchers"_s))
    , m_showButton(makeButton(this, theme.bodyFont(), u"showVoucherButton"_s, theme.touchTarget()))
    , m_cancelButton(makeButton(this, theme.bodyFont(), u"cancelVoucherButton"_s, theme.touchTarget()))
    , m_confirmPanel(new QWidget(this))
    , m_confirmText(makeLabel(m_confirmPanel, theme.bodyFont(), u"cancelVoucherQuestion"_s))
    , m_confirmCancelButton(makeButton(m_confirmPanel, theme.bodyFont(), u"confirmCancelVoucherButton"_s,
                                       theme.touchTarget()))
    , m_keepButton(makeButton(m_confirmPanel, theme.bodyFont(), u"keepVoucherButton"_s, theme.touchTarget()))
{
    setObjectName(u"voucherPage"_s);
    m_message->setStyleSheet(u"background: %1; color: %2; padding: 10px; border-radius: 6px;"_s
                                 .arg(theme.warningBackground().name(), theme.warningText().name()));
    m_message->hide();
    QFont balanceFont = theme.rewardFont();
    balanceFont.setPointSize(48);
    m_balance->setFont(balanceFont);
    m_balance->setStyleSheet(u"color: %1;"_s.arg(theme.reward().name()));
    QFont amountFont = theme.headingFont();
    amountFont.setPointSize(40);
    m_amount->setFont(amountFont);
    m_amount->setAlignment(Qt::AlignCenter);
    m_amount->setMinimumWidth(320);
    m_amount->setWordWrap(false);
    m_minusButton->setMinimumWidth(120);
    m_plusButton->setMinimumWidth(120);
    m_makeButton->setMinimumWidth(360);
    m_confirmPanel->setObjectName(u"cancelVoucherPanel"_s);
    m_confirmPanel->setAttribute(Qt::WA_StyledBackground);
    m_confirmPanel->setStyleSheet(u"#cancelVoucherPanel { background: %1; border-radius: 8px; }"_s
                                      .arg(theme.warningBackground().name()));
    m_confirmText->setStyleSheet(u"color: %1;"_s.arg(theme.warningText().name()));
    m_confirmPanel->hide();

    m_list->setObjectName(u"vouchersList"_s);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setUniformItemSizes(true);
    QScroller::grabGesture(m_list->viewport(), QScroller::LeftMouseButtonGesture);
    m_delegate = new ResidentRowDelegate(theme, [this](const QModelIndex& index) {
        using M = ResidentVoucherModel;
        const QString until = m_locale.toString(index.data(M::ExpiresOnRole).toDate(), QLocale::LongFormat);
        return ResidentRowDelegate::Row{tr("Voucher %1").arg(index.data(M::ManualCodeDisplayRole).toString()),
                                        tr("Valid until %1").arg(until),
                                        m_coins.format(index.data(M::AmountCentsRole).toLongLong(), m_locale)};
    }, this);
    m_list->setModel(session->vouchersModel());
    m_list->setItemDelegate(m_delegate);

    for (const int coinsAmount : quickCoins) {
        QPushButton* quick = makeButton(this, theme.titleFont(), u"amountQuick%1Button"_s.arg(coinsAmount), 72);
        connect(quick, &QPushButton::clicked, this, [this, coinsAmount] { setAmountCents(coinsAmount * coinCents); });
        m_quickButtons.append(quick);
    }

    // Left: the picker.
    auto* stepper = new QHBoxLayout;
    stepper->setSpacing(16);
    stepper->addWidget(m_minusButton);
    stepper->addWidget(m_amount, 1);
    stepper->addWidget(m_plusButton);
    auto* quickRow = new QHBoxLayout;
    quickRow->setSpacing(12);
    for (QPushButton* quick : std::as_const(m_quickButtons))
        quickRow->addWidget(quick, 1);
    quickRow->addWidget(m_allButton, 1);
    auto* makeRow = new QHBoxLayout;
    makeRow->addStretch(1);
    makeRow->addWidget(m_makeButton);

    auto* left = new QVBoxLayout;
    left->setSpacing(14);
    left->addWidget(m_makeTitle);
    left->addWidget(m_balanceCaption);
    left->addWidget(m_balance);
    left->addSpacing(12);
    left->addWidget(m_amountCaption);
    left->addLayout(stepper);
    left->addLayout(quickRow);
    left->addWidget(m_remaining);
    left->addSpacing(12);
    left->addLayout(makeRow);
    left->addStretch(1);

    // Right: the resident's vouchers.
    auto* confirmButtons = new QHBoxLayout;
    confirmButtons->addWidget(m_keepButton);
    confirmButtons->addStretch(1);
    confirmButtons->addWidget(m_confirmCancelButton);
    auto* confirm = new QVBoxLayout(m_confirmPanel);
    confirm->setContentsMargins(16, 14, 16, 14);
    confirm->setSpacing(10);
    confirm->addWidget(m_confirmText);
    confirm->addLayout(confirmButtons);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_cancelButton);
    listButtons->addStretch(1);
    listButtons->addWidget(m_showButton);

    auto* right = new QVBoxLayout;
    right->setSpacing(12);
    right->addWidget(m_listTitle);
    right->addWidget(m_noVouchers);
    right->addWidget(m_list, 1);
    right->addLayout(listButtons);
    right->addWidget(m_confirmPanel);
    // Takes the room only while the list is hidden, so an empty column
    // reads from the top instead of floating in the middle.
    right->addStretch(0);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(56);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_backButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 20, 48, 28);
    layout->setSpacing(16);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addLayout(columns, 1);

    connect(m_backButton, &QPushButton::clicked, this, &VoucherPage::backRequested);
    connect(m_minusButton, &QPushButton::clicked, this, [this] {
        // From "all" with cents (12,50) one tap goes to the whole coin below.
        const qint64 down = m_amountCents % coinCents ? m_amountCents - m_amountCents % coinCents
                                                      : m_amountCents - coinCents;
        setAmountCents(down);
    });
    connect(m_plusButton, &QPushButton::clicked, this, [this] {
        setAmountCents(std::min(m_amountCents + coinCents, balanceCents()));
    });
    connect(m_allButton, &QPushButton::clicked, this, [this] { setAmountCents(balanceCents()); });
    connect(m_makeButton, &QPushButton::clicked, this, [this] {
        m_message->hide();
        if (m_amountCents > 0 && m_amountCents <= balanceCents())
            m_session->makeVoucher(Coins(m_amountCents));
    });
    connect(m_showButton, &QPushButton::clicked, this, [this] {
        const QString id = selectedVoucherId();
        if (!id.isEmpty())
            emit showRequested(id);
    });
    connect(m_cancelButton, &QPushButton::clicked, this, &VoucherPage::askCancel);
    connect(m_keepButton, &QPushButton::clicked, this, [this] {
        m_confirmPanel->hide();
        m_cancelVoucherId.clear();
    });
    connect(m_confirmCancelButton, &QPushButton::clicked, this, [this] {
        m_confirmPanel->hide();
        if (!m_cancelVoucherId.isEmpty())
            m_session->cancelVoucher(m_cancelVoucherId);
        m_cancelVoucherId.clear();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_confirmPanel->hide();
        updateButtons();
    });
    ResidentVoucherModel* model = session->vouchersModel();
    connect(model, &QAbstractItemModel::modelReset, this, &VoucherPage::refreshView);
    connect(model, &QAbstractItemModel::rowsInserted, this, &VoucherPage::refreshView);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &VoucherPage::refreshView);
    connect(session, &ResidentSession::updated, this, &VoucherPage::refreshView);
    connect(session, &ResidentSession::busyChanged, this, &VoucherPage::updateButtons);
    connect(session, &ResidentSession::voucherRefused, this, &VoucherPage::onRefused);
    // The next voucher starts from nothing, not from the last amount.
    connect(session, &ResidentSession::voucherMade, this, [this] { setAmountCents(0); });
    connect(session, &ResidentSession::voucherCancelled, this, [this](const ResidentVoucher& voucher) {
        showMessage(tr("Voucher cancelled. %1 went back to your balance.")
                        .arg(m_coins.format(voucher.amountCents, m_locale)));
    });
    connect(session, &ResidentSession::actionFailed, this, [this](const Error& error) {
        showMessage(tr("That did not work: %1").arg(error.message));
    });
    retranslate();
    refreshView();
}

qint64 VoucherPage::balanceCents() const
{
    const Earnings& e = m_session->earnings();
    return e.isValid() ? std::max<qint64>(0, e.balanceCents) : 0;
}

void VoucherPage::setLocale(const QLocale& locale)
{
    m_locale = locale;
    retranslate();
    refreshView();
}

void VoucherPage::setAmountCents(qint64 cents)
{
    m_amountCents = std::clamp<qint64>(cents, 0, balanceCents());
    refreshView();
}

void VoucherPage::refreshView()
{
    const Earnings& e = m_session->earnings();
    // A refresh may bring a lower balance (a voucher made elsewhere): the
    // chosen amount never stays above it.
    m_amountCents = std::clamp<qint64>(m_amountCents, 0, balanceCents());
    m_balance->setText(e.isValid() ? m_coins.format(e.balanceCents, m_locale) : tr("loading…"));
    m_amount->setText(m_coins.format(m_amountCents, m_locale));
    m_remaining->setText(tr("Stays on your balance: %1")
                             .arg(m_coins.format(balanceCents() - m_amountCents, m_locale)));
    const int count = m_session->vouchersModel()->rowCount();
    m_noVouchers->setVisible(count == 0);
    m_list->setVisible(count > 0);
    m_showButton->setVisible(count > 0);
    m_cancelButton->setVisible(count > 0);
    if (m_confirmPanel->isVisible() && m_session->vouchersModel()->rowOf(m_cancelVoucherId) < 0)
        m_confirmPanel->hide();
    for (QLabel* label : {m_balance, m_amount, m_remaining})
        label->setAccessibleName(label->text());
    m_list->viewport()->update();
    updateButtons();
}

void VoucherPage::updateButtons()
{
    const bool idle = !m_session->isBusy();
    const qint64 balance = balanceCents();
    m_minusButton->setEnabled(m_amountCents > 0);
    m_plusButton->setEnabled(m_amountCents < balance);
    for (int i = 0; i < m_quickButtons.size(); ++i)
        m_quickButtons.at(i)->setEnabled(quickCoins.at(i) * coinCents <= balance);
    m_allButton->setEnabled(balance > 0);
    m_makeButton->setEnabled(idle && m_amountCents > 0 && m_amountCents <= balance);
    const bool chosen = !selectedVoucherId().isEmpty();
    m_showButton->setEnabled(chosen);
    m_cancelButton->setEnabled(chosen && idle);
    m_confirmCancelButton->setEnabled(idle);
}

QString VoucherPage::selectedVoucherId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(ResidentVoucherModel::VoucherIdRole).toString() : QString();
}

void VoucherPage::askCancel()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    m_cancelVoucherId = current.data(ResidentVoucherModel::VoucherIdRole).toString();
    const qint64 cents = current.data(ResidentVoucherModel::AmountCentsRole).toLongLong();
    m_confirmText->setText(tr("Cancel the voucher of %1? The coins go back to your balance. "
                              "A printed slip of it stops working.")
                               .arg(m_coins.format(cents, m_locale)));
    m_confirmText->setAccessibleName(m_confirmText->text());
    m_message->hide();
    m_confirmPanel->show();
}

void VoucherPage::onRefused(const VoucherRefusal& refusal)
{
    QString text;
    if (refusal.isInsufficientBalance() && refusal.balanceCents)
        text = tr("You do not have enough coins for that. Your balance is %1.")
                   .arg(m_coins.format(*refusal.balanceCents, m_locale));
    else if (refusal.isTooManyOpen() && refusal.maxOpen)
        text = tr("You already have %n unused voucher(s). Use or cancel one first.", nullptr, *refusal.maxOpen);
    else if (refusal.isNotIssued())
        text = refusal.status == u"redeemed"_s ? tr("This voucher has already been spent.")
            : refusal.status == u"expired"_s   ? tr("This voucher has expired. The coins are back on your balance.")
                                               : tr("This voucher was already cancelled.");
    else
        text = tr("That did not work: %1").arg(refusal.error.message);
    showMessage(text);
}

void VoucherPage::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setAccessibleName(text);
    m_message->show();
}

void VoucherPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refreshView();
    }
    QWidget::changeEvent(event);
}

void VoucherPage::retranslate()
{
    const QString plural = m_coins.plural().isEmpty() ? tr("coins") : m_coins.plural();
    //: %1 is the coin's plural name, e.g. "Heitjes"
    m_title->setText(tr("Spend your %1").arg(plural));
    m_backButton->setText(tr("Back to all tasks"));
    m_backButton->setAccessibleName(tr("Back to the task list"));
    m_makeTitle->setText(tr("Make a voucher"));
    m_balanceCaption->setText(tr("You have"));
    m_amountCaption->setText(tr("How much do you want to spend?"));
    m_minusButton->setText(u"−"_s);
    m_minusButton->setAccessibleName(tr("One coin less"));
    m_plusButton->setText(u"+"_s);
    m_plusButton->setAccessibleName(tr("One coin more"));
    for (int i = 0; i < m_quickButtons.size(); ++i) {
        m_quickButtons.at(i)->setText(CoinText::number(quickCoins.at(i) * coinCents, m_locale));
        m_quickButtons.at(i)->setAccessibleName(m_coins.format(quickCoins.at(i) * coinCents, m_locale));
    }
    m_allButton->setText(tr("All"));
    m_allButton->setAccessibleName(tr("Everything on my balance"));
    m_makeButton->setText(tr("Make voucher"));
    m_makeButton->setAccessibleName(tr("Make a voucher of the chosen amount"));
    m_listTitle->setText(tr("Your vouchers"));
    m_list->setAccessibleName(tr("Your unused vouchers"));
    m_noVouchers->setText(tr("You have no unused vouchers."));
    m_showButton->setText(tr("Show"));
    m_showButton->setAccessibleName(tr("Show the chosen voucher with its QR code"));
    m_cancelButton->setText(tr("Cancel voucher"));
    m_cancelButton->setAccessibleName(tr("Cancel the chosen voucher and get the coins back"));
    m_confirmCancelButton->setText(tr("Yes, cancel it"));
    m_confirmCancelButton->setAccessibleName(tr("Yes, cancel the voucher"));
    m_keepButton->setText(tr("No, keep it"));
    m_keepButton->setAccessibleName(tr("Keep the voucher"));
    for (QLabel* label : {m_title, m_makeTitle, m_balanceCaption, m_amountCaption, m_listTitle, m_noVouchers})
        label->setAccessibleName(label->text());
}

} // namespace buurtmunt
