// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "ui/common/CoinText.h"
#include "ui/common/Theme.h"

#include <QFrame>
#include <QLocale>
#include <QPersistentModelIndex>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;
class QStackedLayout;

namespace buurtmunt {

// Everything a resident needs to decide on a task: what, where, when, how
// long, places left, the toolbox and the safety notes. Follows the model, so a
// sync that changes or removes the task updates or clears the panel.
class TaskDetailsView final : public QFrame {
    Q_OBJECT
public:
    explicit TaskDetailsView(const Theme& theme, QWidget* parent = nullptr);

    void setCoinText(const CoinText& coins);
    void setLocale(const QLocale& locale);

    // Shows "Claim this task" under the details while a resident is logged in.
    void setClaimAvailable(bool available);
    QPushButton* claimButton() const { return m_claimButton; }

    QModelIndex currentTask() const { return m_index; }
    bool isShowingTask() const { return m_index.isValid(); }

public slots:
    void showTask(const QModelIndex& index);
    void clear();

signals:
    void claimRequested(qint64 taskId);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Section {
        QLabel* caption;
        QLabel* value;
    };
    Section addSection(QVBoxLayout* layout, const QString& objectName);
    void refresh();
    void retranslate();

    Theme m_theme;
    CoinText m_coins;
    QLocale m_locale;
    QPersistentModelIndex m_index;
    QStackedLayout* m_stack;
    QWidget* m_welcome;
    QLabel* m_placeholder;
    QLabel* m_howTitle;
    QLabel* m_howSteps;
    QScrollArea* m_scroll;
    QLabel* m_title;
    QLabel* m_reward;
    QLabel* m_place;
    Section m_description;
    Section m_address;
    Section m_window;
    Section m_duration;
    Section m_slots;
    Section m_toolbox;
    Section m_safety;
    QPushButton* m_claimButton;
    bool m_claimAvailable = false;
};

} // namespace buurtmunt
