// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Task.h"
#include "core/resident/Earnings.h"
#include "ui/common/CoinText.h"
#include "ui/common/Theme.h"

#include <QLocale>
#include <QWidget>

class QLabel;
class QPushButton;

namespace buurtmunt {

struct ClaimRefusal;

// "Do you want this task?" with what it means for the resident's benefit-safe
// limit: the reward, this year's earnings, the cap and what would be left.
// A refusal by the server (cap, full, too many open claims) is explained here
// in plain words.
class ClaimConfirmPage final : public QWidget {
    Q_OBJECT
public:
    ClaimConfirmPage(const Theme& theme, const CoinText& coins, const QLocale& locale, const Task& task,
                     const Earnings& earnings, QWidget* parent = nullptr);

    TaskId taskId() const { return m_task.id; }
    void showRefusal(const ClaimRefusal& refusal);
    void setBusy(bool busy);

Q_SIGNALS:
    void confirmed(qint64 taskId);
    void cancelled();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Theme m_theme;
    CoinText m_coins;
    QLocale m_locale;
    Task m_task;
    Earnings m_earnings;
    QLabel* m_question;
    QLabel* m_title;
    QLabel* m_reward;
    QLabel* m_capText;
    QLabel* m_message;
    QPushButton* m_confirmButton;
    QPushButton* m_backButton;
    bool m_busy = false;
    bool m_refused = false;
};

} // namespace buurtmunt
