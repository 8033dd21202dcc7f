// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "ui/common/CoinText.h"

#include <QLocale>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace buurtmunt {

// Big, touch-friendly filters over the task list: neighbourhood, kind of
// task, minimum reward and a search word. Values are slugs and cents; only
// what is shown is translated.
class TaskFilterBar final : public QWidget {
    Q_OBJECT
public:
    explicit TaskFilterBar(QWidget* parent = nullptr);

    void setNeighbourhoods(const QStringList& neighbourhoods);
    void setCoinText(const CoinText& coins, const QLocale& locale);

    QString neighbourhood() const;   // empty: all
    QString category() const;        // empty: all
    qint64 minimumRewardCents() const;
    QString searchText() const;

    // The reward thresholds offered, in cents.
    static QList<qint64> rewardSteps();

public slots:
    void reset();

signals:
    void filtersChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    CoinText m_coins;
    QLocale m_locale;
    QLabel* m_neighbourhoodLabel;
    QComboBox* m_neighbourhoodCombo;
    QLabel* m_categoryLabel;
    QComboBox* m_categoryCombo;
    QLabel* m_rewardLabel;
    QComboBox* m_rewardCombo;
    QLineEdit* m_searchEdit;
    QPushButton* m_resetButton;
    QTimer m_searchDelay;
};

} // namespace buurtmunt
