// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ClaimConfirmPage.h"

#include "core/resident/ClaimRefusal.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace buurtmunt {

ClaimConfirmPage::ClaimConfirmPage(const Theme& theme, const CoinText& coins, const QLocale& locale, const Task& task,
                                   const Earnings& earnings, QWidget* parent)
    : QWidget(parent)
    , m_theme(theme)
    , m_coins(coins)
    , m_locale(locale)
    , m_task(task)
    , m_earnings(earnings)
    , m_question(new QLabel(this))
    , m_title(new QLabel(this))
    , m_reward(new QLabel(this))
    , m_capText(new QLabel(this))
    , m_message(new QLabel(this))
    , m_confirmButton(new QPushButton(this))
    , m_backButton(new QPushButton(this))
{
    setObjectName(u"claimConfirmPage"_s);
    const auto style = [](QLabel* label, const QFont& font, const QString& name) {
        label->setObjectName(name);
        label->setFont(font);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    };
    style(m_question, theme.headingFont(), u"confirmQuestion"_s);
    style(m_title, theme.titleFont(), u"confirmTitle"_s);
    style(m_reward, theme.rewardFont(), u"confirmReward"_s);
    style(m_capText, theme.bodyFont(), u"confirmCapText"_s);
    style(m_message, theme.bodyFont(), u"confirmMessage"_s);
    m_message->setStyleSheet(u"color: %1; background: %2; padding: 12px; border-radius: 6px;"_s
                                 .arg(theme.warningText().name(), theme.warningBackground().name()));
    m_message->hide();
    m_confirmButton->setObjectName(u"confirmClaimButton"_s);
    m_confirmButton->setFont(theme.titleFont());
    m_confirmButton->setMinimumHeight(72);
    m_backButton->setObjectName(u"confirmBackButton"_s);
    m_backButton->setMinimumHeight(72);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_backButton);
    buttons->addStretch(1);
    buttons->addWidget(m_confirmButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(64, 40, 64, 40);
    layout->setSpacing(20);
    layout->addWidget(m_question);
    layout->addWidget(m_title);
    layout->addWidget(m_reward);
    layout->addWidget(m_capText);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_confirmButton, &QPushButton::clicked, this, [this] {
        if (!m_busy && !m_refused)
            emit confirmed(m_task.id.value());
    });
    connect(m_backButton, &QPushButton::clicked, this, &ClaimConfirmPage::cancelled);
    retranslate();
}

void ClaimConfirmPage::setBusy(bool busy)
{
    m_busy = busy;
    m_confirmButton->setEnabled(!busy && !m_refused);
    retranslate();
}

void ClaimConfirmPage::showRefusal(const ClaimRefusal& refusal)
{
    m_refused = true;
    m_busy = false;
    m_confirmButton->setEnabled(false);
    const QString code = refusal.error.code;
    QString text;
    if (refusal.isCap()) {
        const qint64 room = refusal.remainingYearCents.value_or(0);
        const qint64 monthRoom = refusal.remainingMonthCents.value_or(room);
        const bool monthIsTighter = refusal.remainingMonthCents && monthRoom < room;
        text = tr("This task would take you over your limit for volunteer rewards, which protects your benefits.")
               + u' '
               + (monthIsTighter
                      ? tr("This month you can still earn %1; this task pays %2.")
                            .arg(m_coins.format(monthRoom, m_locale), m_coins.format(m_task.reward.cents(), m_locale))
                      : tr("This year you can still earn %1; this task pays %2.")
                            .arg(m_coins.format(room, m_locale), m_coins.format(m_task.reward.cents(), m_locale)))
               + u' ' + tr("Choose a task with a smaller reward, or ask staff at the desk.");
    } else if (code == u"task-full"_s) {
        text = tr("Someone else just took the last place for this task. Please choose another one.");
    } else if (code == u"too-many-open-claims"_s) {
        text = tr("You already have %n task(s) to do. Finish or give back one first.", nullptr,
                  m_earnings.maxOpenClaims > 0 ? m_earnings.maxOpenClaims : m_earnings.openClaims);
    } else if (code == u"already-claimed"_s) {
        text = tr("You have already claimed this task. You find it under My tasks.");
    } else if (code == u"task-not-open"_s || code == u"task-not-found"_s) {
        text = tr("This task is no longer offered.");
    } else if (code == u"network"_s || code == u"timeout"_s) {
        m_refused = false;  // the same tap may try again with the same key
        m_confirmButton->setEnabled(true);
        text = tr("The kiosk cannot reach the municipality's server right now. Tap the button again in a moment.");
    } else {
        text = tr("The task could not be claimed: %1").arg(refusal.error.message);
    }
    m_message->setText(text);
    m_message->setAccessibleName(text);
    m_message->show();
}

void ClaimConfirmPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ClaimConfirmPage::retranslate()
{
    const qint64 reward = m_task.reward.cents();
    m_question->setText(tr("Do you want to do this task?"));
    m_title->setText(m_task.title);
    m_reward->setText(tr("Reward: %1").arg(m_coins.format(reward, m_locale)));
    QString cap;
    if (m_earnings.isValid() && m_earnings.yearlyCapCents > 0) {
        const qint64 after = m_earnings.committedThisYearCents() + reward;
        cap = tr("So far this year: %1 (including tasks waiting for approval). Your yearly limit is %2.")
                  .arg(m_coins.format(m_earnings.committedThisYearCents(), m_locale),
                       m_coins.format(m_earnings.yearlyCapCents, m_locale))
              + u'\n'
              //: %1 earnings after this task, %2 the yearly limit, %3 what is left
              + tr("After this task you have earned %1 of your %2 limit; %3 is left.")
                    .arg(m_coins.format(after, m_locale), m_coins.format(m_earnings.yearlyCapCents, m_locale),
                         m_coins.format(std::max<qint64>(0, m_earnings.yearlyCapCents - after), m_locale));
    }
    m_capText->setText(cap);
    m_confirmButton->setText(m_busy ? tr("One moment…") : tr("Yes, claim this task"));
    m_confirmButton->setAccessibleName(tr("Claim this task"));
    m_backButton->setText(tr("Back"));
    m_backButton->setAccessibleName(tr("Back to the task list without claiming"));
    for (QLabel* label : {m_question, m_title, m_reward, m_capText})
        label->setAccessibleName(label->text());
}

} // namespace buurtmunt
