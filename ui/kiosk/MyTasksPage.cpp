// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "MyTasksPage.h"

#include "CapMeter.h"
#include "ResidentRowDelegate.h"
#include "core/resident/ResidentClaimsModel.h"
#include "core/resident/ResidentHistoryModel.h"
#include "core/resident/ResidentSession.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScroller>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace buurtmunt {

namespace {

QLabel* makeLabel(QWidget* parent, const QFont& font, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setFont(font);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QListView* makeList(QWidget* parent, const QString& name)
{
    auto* list = new QListView(parent);
    list->setObjectName(name);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setUniformItemSizes(true);
    QScroller::grabGesture(list->viewport(), QScroller::LeftMouseButtonGesture);
    return list;
}

} // namespace

MyTasksPage::MyTasksPage(const Theme& theme, const CoinText& coins, const QLocale& locale, ResidentSession* session,
                         QWidget* parent)
    : QWidget(parent)
    , m_theme(theme)
    , m_coins(coins)
    , m_locale(locale)
    , m_session(session)
    , m_title(makeLabel(this, theme.headingFont(), u"myTasksTitle"_s))
    , m_backButton(new QPushButton(this))
    , m_claimsTitle(makeLabel(this, theme.titleFont(), u"claimsTitle"_s))
    , m_claimsList(makeList(this, u"claimsList"_s))
    , m_noClaims(makeLabel(this, theme.bodyFont(), u"noClaims"_s))
    , m_doneButton(new QPushButton(this))
    , m_releaseButton(new QPushButton(this))
    , m_donePanel(new QWidget(this))
    , m_noteLabel(makeLabel(m_donePanel, theme.bodyFont(), u"noteLabel"_s))
    , m_noteEdit(new QLineEdit(m_donePanel))
    , m_sendDoneButton(new QPushButton(m_donePanel))
    , m_cancelDoneButton(new QPushButton(m_donePanel))
    , m_message(makeLabel(this, theme.bodyFont(), u"myTasksMessage"_s))
    , m_balanceLabel(makeLabel(this, theme.rewardFont(), u"balanceLabel"_s))
    , m_asOfLabel(makeLabel(this, theme.smallFont(), u"balanceAsOf"_s))
    , m_capTitle(makeLabel(this, theme.titleFont(), u"capTitle"_s))
    , m_capMeter(new CapMeter(theme, this))
    , m_historyTitle(makeLabel(this, theme.titleFont(), u"historyTitle"_s))
    , m_historyList(makeList(this, u"historyList"_s))
    , m_noHistory(makeLabel(this, theme.bodyFont(), u"noHistory"_s))
{
    setObjectName(u"myTasksPage"_s);
    m_backButton->setObjectName(u"myTasksBackButton"_s);
    m_doneButton->setObjectName(u"doneButton"_s);
    m_releaseButton->setObjectName(u"releaseButton"_s);
    m_sendDoneButton->setObjectName(u"sendDoneButton"_s);
    m_cancelDoneButton->setObjectName(u"cancelDoneButton"_s);
    m_donePanel->setObjectName(u"donePanel"_s);
    m_noteEdit->setObjectName(u"noteEdit"_s);
    m_noteEdit->setMaxLength(500);
    m_message->setStyleSheet(u"background: %1; color: %2; padding: 10px; border-radius: 6px;"_s
                                 .arg(theme.warningBackground().name(), theme.warningText().name()));
    m_message->hide();
    m_capMeter->setCoinText(coins, locale);

    m_claimDelegate = new ResidentRowDelegate(theme, [this](const QModelIndex& index) {
        using M = ResidentClaimsModel;
        const QString status = index.data(M::StatusRole).toString();
        QString detail;
        const QString expires = m_locale.toString(index.data(M::ExpiresAtRole).toDateTime().toLocalTime(),
                                                  QLocale::ShortFormat);
        if (status == u"claimed"_s)
            detail = tr("To do: report it done by %1").arg(expires);
        else if (status == u"submitted"_s)
            detail = tr("Done, waiting for the municipality's check");
        else if (status == u"approved"_s)
            detail = tr("Approved: the reward is in your balance");
        else if (status == u"rejected"_s)
            detail = tr("Not approved: %1").arg(index.data(M::RejectReasonRole).toString());
        else if (status == u"expired"_s)
            detail = tr("Expired: not reported done in time");
        else if (status == u"released"_s)
            detail = tr("Given back");
        const QString code = index.data(M::ToolboxCodeRole).toString();
        if (status == u"claimed"_s && !code.isEmpty())
            detail += u"\n"_s + tr("Toolbox code: %1").arg(code);
        const QString note = index.data(M::NoteRole).toString();
        if (!note.isEmpty())
            detail += u"\n"_s + tr("Your note: %1").arg(note);
        return ResidentRowDelegate::Row{index.data(M::TitleRole).toString(), detail,
                                        m_coins.format(index.data(M::RewardCentsRole).toLongLong(), m_locale)};
    }, this);
    m_historyDelegate = new ResidentRowDelegate(theme, [this](const QModelIndex& index) {
        using M = ResidentHistoryModel;
        const QString kind = index.data(M::KindRole).toString();
        QString what;
        if (kind == u"reward"_s)
            what = tr("Reward");
        else if (kind == u"voucher_hold"_s)
            what = tr("Voucher made");
        else if (kind == u"voucher_release"_s)
            what = tr("Voucher cancelled or expired: coins back");
        else if (kind == u"reversal"_s)
            what = tr("Correction");
        else
            what = tr("Other");
        const qint64 cents = index.data(M::AmountCentsRole).toLongLong();
        const QString amount = (cents > 0 ? u"+"_s : QString()) + m_coins.format(cents, m_locale);
        const QString when = m_locale.toString(index.data(M::AtRole).toDateTime().toLocalTime(), QLocale::ShortFormat);
        return ResidentRowDelegate::Row{what, when + u"\n"_s + index.data(M::MemoRole).toString(), amount};
    }, this);
    m_claimsList->setModel(session->claimsModel());
    m_claimsList->setItemDelegate(m_claimDelegate);
    m_historyList->setModel(session->historyModel());
    m_historyList->setItemDelegate(m_historyDelegate);

    // One-tap notes: a kiosk may have no keyboard.
    auto* presets = new QGridLayout;
    presets->setSpacing(10);
    for (int i = 0; i < 4; ++i) {
        auto* preset = new QPushButton(m_donePanel);
        preset->setObjectName(u"notePreset%1"_s.arg(i));
        connect(preset, &QPushButton::clicked, this, [this, preset] {
            m_noteEdit->setText(preset->text());
        });
        presets->addWidget(preset, i / 2, i % 2);
        m_presetButtons.append(preset);
    }
    auto* doneButtons = new QHBoxLayout;
    doneButtons->addWidget(m_cancelDoneButton);
    doneButtons->addStretch(1);
    doneButtons->addWidget(m_sendDoneButton);
    auto* done = new QVBoxLayout(m_donePanel);
    done->setContentsMargins(0, 0, 0, 0);
    done->setSpacing(10);
    done->addWidget(m_noteLabel);
    done->addWidget(m_noteEdit);
    done->addLayout(presets);
    done->addLayout(doneButtons);
    m_donePanel->hide();

    auto* claimButtons = new QHBoxLayout;
    claimButtons->addWidget(m_releaseButton);
    claimButtons->addStretch(1);
    claimButtons->addWidget(m_doneButton);

    auto* left = new QVBoxLayout;
    left->setSpacing(12);
    left->addWidget(m_claimsTitle);
    left->addWidget(m_noClaims);
    left->addWidget(m_claimsList, 1);
    left->addLayout(claimButtons);
    left->addWidget(m_donePanel);

    auto* right = new QVBoxLayout;
    right->setSpacing(12);
    right->addWidget(m_balanceLabel);
    right->addWidget(m_asOfLabel);
    right->addSpacing(8);
    right->addWidget(m_capTitle);
    right->addWidget(m_capMeter);
    right->addSpacing(8);
    right->addWidget(m_historyTitle);
    right->addWidget(m_noHistory);
    right->addWidget(m_historyList, 1);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(40);
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);

    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_backButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 20, 32, 24);
    layout->setSpacing(14);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addLayout(columns, 1);

    connect(m_backButton, &QPushButton::clicked, this, &MyTasksPage::backRequested);
    connect(m_doneButton, &QPushButton::clicked, this, &MyTasksPage::startDone);
    connect(m_releaseButton, &QPushButton::clicked, this, &MyTasksPage::releaseSelected);
    connect(m_sendDoneButton, &QPushButton::clicked, this, &MyTasksPage::sendDone);
    connect(m_cancelDoneButton, &QPushButton::clicked, m_donePanel, &QWidget::hide);
    connect(m_claimsList->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_donePanel->hide();
        updateButtons();
    });
    connect(session, &ResidentSession::updated, this, &MyTasksPage::refresh);
    connect(session, &ResidentSession::busyChanged, this, &MyTasksPage::updateButtons);
    connect(session, &ResidentSession::submitted, this, [this] {
        m_donePanel->hide();
        m_noteEdit->clear();
        showMessage(tr("Thank you! The municipality will check the task; then the reward is added to your balance."));
    });
    connect(session, &ResidentSession::released, this, [this] {
        showMessage(tr("You gave the task back. Someone else can do it now."));
    });
    connect(session, &ResidentSession::actionFailed, this, [this](const Error& error) {
        showMessage(tr("That did not work: %1").arg(error.message));
    });
    // A refresh replaces the rows; the claim the resident chose stays chosen.
    connect(session->claimsModel(), &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keptClaimId = selectedClaimId(); });
    connect(session->claimsModel(), &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_keptClaimId ? m_session->claimsModel()->rowOf(ClaimId(m_keptClaimId)) : -1;
        if (row >= 0)
            m_claimsList->setCurrentIndex(m_session->claimsModel()->index(row));
        m_keptClaimId = 0;
        updateButtons();
    });
    retranslate();
    refresh();
}

void MyTasksPage::setLocale(const QLocale& locale)
{
    m_locale = locale;
    m_capMeter->setCoinText(m_coins, locale);
    refresh();
}

void MyTasksPage::refresh()
{
    const Earnings& e = m_session->earnings();
    if (e.isValid()) {
        m_balanceLabel->setText(tr("Balance: %1").arg(m_coins.format(e.balanceCents, m_locale)));
        //: the time the balance was fetched from the server
        m_asOfLabel->setText(tr("as of %1").arg(m_locale.toString(e.asOf.toLocalTime().time(), u"HH:mm"_s)));
        m_capMeter->setEarnings(e);
    } else {
        m_balanceLabel->setText(tr("Balance: loading…"));
        m_asOfLabel->clear();
        m_capMeter->clear();
    }
    m_balanceLabel->setAccessibleName(m_balanceLabel->text());
    m_asOfLabel->setAccessibleName(m_asOfLabel->text());
    m_noClaims->setVisible(m_session->claimsModel()->rowCount() == 0);
    m_noHistory->setVisible(m_session->historyModel()->rowCount() == 0);
    m_claimsList->viewport()->update();
    m_historyList->viewport()->update();
    updateButtons();
}

qint64 MyTasksPage::selectedClaimId() const
{
    const QModelIndex current = m_claimsList->currentIndex();
    return current.isValid() ? current.data(ResidentClaimsModel::ClaimIdRole).toLongLong() : 0;
}

void MyTasksPage::updateButtons()
{
    const QModelIndex current = m_claimsList->currentIndex();
    const bool open = current.isValid() && current.data(ResidentClaimsModel::CanSubmitRole).toBool();
    const bool idle = !m_session->isBusy();
    m_doneButton->setEnabled(open && idle);
    m_releaseButton->setEnabled(open && idle);
    m_sendDoneButton->setEnabled(open && idle);
}

void MyTasksPage::startDone()
{
    if (!selectedClaimId())
        return;
    m_message->hide();
    m_donePanel->show();
    m_noteEdit->setFocus();
}

void MyTasksPage::sendDone()
{
    const qint64 id = selectedClaimId();
    if (id)
        m_session->submit(id, m_noteEdit->text());
}

void MyTasksPage::releaseSelected()
{
    const qint64 id = selectedClaimId();
    if (id)
        m_session->release(id);
}

void MyTasksPage::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setAccessibleName(text);
    m_message->show();
}

void MyTasksPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void MyTasksPage::retranslate()
{
    m_title->setText(tr("My tasks and coins"));
    m_backButton->setText(tr("Back to all tasks"));
    m_backButton->setAccessibleName(tr("Back to the task list"));
    m_claimsTitle->setText(tr("My tasks"));
    m_claimsList->setAccessibleName(tr("My claimed tasks"));
    m_noClaims->setText(tr("You have no tasks yet. Choose one in the task list."));
    m_doneButton->setText(tr("I have done this"));
    m_doneButton->setAccessibleName(tr("Report the selected task as done"));
    m_releaseButton->setText(tr("Give back"));
    m_releaseButton->setAccessibleName(tr("Give the selected task back"));
    m_noteLabel->setText(tr("Anything the municipality should know? (You may leave this empty.)"));
    m_noteEdit->setAccessibleName(tr("Note about the task"));
    const QStringList presets{tr("All done."), tr("Done; the toolbox is back."), tr("Done, but something is broken."),
                              tr("Partly done; please have a look.")};
    for (int i = 0; i < m_presetButtons.size(); ++i) {
        m_presetButtons.at(i)->setText(presets.at(i));
        m_presetButtons.at(i)->setAccessibleName(tr("Note: %1").arg(presets.at(i)));
    }
    m_sendDoneButton->setText(tr("Send"));
    m_sendDoneButton->setAccessibleName(tr("Report the task as done with this note"));
    m_cancelDoneButton->setText(tr("Cancel"));
    m_cancelDoneButton->setAccessibleName(tr("Do not report the task yet"));
    m_capTitle->setText(tr("Your yearly limit"));
    m_historyTitle->setText(tr("Coin history"));
    m_historyList->setAccessibleName(tr("Coin history"));
    m_noHistory->setText(tr("No coins yet. Rewards appear here once a task is approved."));
    for (QLabel* label : {m_title, m_claimsTitle, m_noClaims, m_noteLabel, m_capTitle, m_historyTitle, m_noHistory})
        label->setAccessibleName(label->text());
}

} // namespace buurtmunt
