// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TaskFilterBar.h"

#include "ui/common/CategoryNames.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace buurtmunt {

TaskFilterBar::TaskFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_locale(QLocale(QLocale::Dutch, QLocale::Netherlands))
    , m_neighbourhoodLabel(new QLabel(this))
    , m_neighbourhoodCombo(new QComboBox(this))
    , m_categoryLabel(new QLabel(this))
    , m_categoryCombo(new QComboBox(this))
    , m_rewardLabel(new QLabel(this))
    , m_rewardCombo(new QComboBox(this))
    , m_searchEdit(new QLineEdit(this))
    , m_resetButton(new QPushButton(this))
{
    setObjectName(u"filterBar"_s);
    m_neighbourhoodCombo->setObjectName(u"neighbourhoodFilter"_s);
    m_categoryCombo->setObjectName(u"categoryFilter"_s);
    m_rewardCombo->setObjectName(u"rewardFilter"_s);
    m_searchEdit->setObjectName(u"searchEdit"_s);
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(260);
    m_resetButton->setObjectName(u"resetFiltersButton"_s);
    m_neighbourhoodLabel->setBuddy(m_neighbourhoodCombo);
    m_categoryLabel->setBuddy(m_categoryCombo);
    m_rewardLabel->setBuddy(m_rewardCombo);
    for (QComboBox* combo : {m_neighbourhoodCombo, m_categoryCombo, m_rewardCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMinimumContentsLength(8);
    }

    // Item data holds what the filter uses; item text is only for reading.
    m_neighbourhoodCombo->addItem(QString(), QString());
    m_categoryCombo->addItem(QString(), QString());
    for (const QString& slug : CategoryNames::slugs())
        m_categoryCombo->addItem(QString(), slug);
    m_rewardCombo->addItem(QString(), qint64(0));
    for (const qint64 cents : rewardSteps())
        m_rewardCombo->addItem(QString(), cents);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(16);
    layout->setVerticalSpacing(4);
    layout->addWidget(m_neighbourhoodLabel, 0, 0);
    layout->addWidget(m_categoryLabel, 0, 1);
    layout->addWidget(m_rewardLabel, 0, 2);
    layout->addWidget(m_neighbourhoodCombo, 1, 0);
    layout->addWidget(m_categoryCombo, 1, 1);
    layout->addWidget(m_rewardCombo, 1, 2);
    layout->addWidget(m_searchEdit, 1, 3);
    layout->addWidget(m_resetButton, 1, 4);
    layout->setColumnStretch(3, 1);

    // Typing on a touch keyboard is slow; filter once the word settles
    // instead of after every letter.
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(200);
    connect(&m_searchDelay, &QTimer::timeout, this, &TaskFilterBar::filtersChanged);
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay.stop();
        emit filtersChanged();
    });
    for (QComboBox* combo : {m_neighbourhoodCombo, m_categoryCombo, m_rewardCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &TaskFilterBar::filtersChanged);
    connect(m_resetButton, &QPushButton::clicked, this, &TaskFilterBar::reset);
    retranslate();
}

QList<qint64> TaskFilterBar::rewardSteps()
{
    return {500, 1000, 1500, 2000};
}

void TaskFilterBar::setNeighbourhoods(const QStringList& neighbourhoods)
{
    const QString current = neighbourhood();
    const QSignalBlocker blocker(m_neighbourhoodCombo);
    while (m_neighbourhoodCombo->count() > 1)
        m_neighbourhoodCombo->removeItem(1);
    for (const QString& name : neighbourhoods)
        m_neighbourhoodCombo->addItem(name, name);
    const int index = m_neighbourhoodCombo->findData(current);
    m_neighbourhoodCombo->setCurrentIndex(std::max(index, 0));
    if (index < 0 && !current.isEmpty())
        emit filtersChanged();
}

void TaskFilterBar::setCoinText(const CoinText& coins, const QLocale& locale)
{
    m_coins = coins;
    m_locale = locale;
    retranslate();
}

QString TaskFilterBar::neighbourhood() const { return m_neighbourhoodCombo->currentData().toString(); }
QString TaskFilterBar::category() const { return m_categoryCombo->currentData().toString(); }
qint64 TaskFilterBar::minimumRewardCents() const { return m_rewardCombo->currentData().toLongLong(); }
QString TaskFilterBar::searchText() const { return m_searchEdit->text().trimmed(); }

void TaskFilterBar::reset()
{
    {
        const QSignalBlocker b1(m_neighbourhoodCombo);
        const QSignalBlocker b2(m_categoryCombo);
        const QSignalBlocker b3(m_rewardCombo);
        const QSignalBlocker b4(m_searchEdit);
        m_neighbourhoodCombo->setCurrentIndex(0);
        m_categoryCombo->setCurrentIndex(0);
        m_rewardCombo->setCurrentIndex(0);
        m_searchEdit->clear();
    }
    m_searchDelay.stop();
    emit filtersChanged();
}

void TaskFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TaskFilterBar::retranslate()
{
    m_neighbourhoodLabel->setText(tr("Neighbourhood"));
    m_categoryLabel->setText(tr("Kind of task"));
    m_rewardLabel->setText(tr("Reward"));
    m_neighbourhoodCombo->setItemText(0, tr("All neighbourhoods"));
    m_categoryCombo->setItemText(0, tr("All kinds"));
    for (int i = 1; i < m_categoryCombo->count(); ++i)
        m_categoryCombo->setItemText(i, CategoryNames::displayName(m_categoryCombo->itemData(i).toString()));
    m_rewardCombo->setItemText(0, tr("Any reward"));
    for (int i = 1; i < m_rewardCombo->count(); ++i) {
        //: Minimum reward filter, %1 is an amount with the coin name: "10 Heitjes or more"
        m_rewardCombo->setItemText(i, tr("%1 or more").arg(m_coins.format(m_rewardCombo->itemData(i).toLongLong(), m_locale)));
    }
    m_searchEdit->setPlaceholderText(tr("Search"));
    m_resetButton->setText(tr("Show all"));

    m_neighbourhoodCombo->setAccessibleName(tr("Filter by neighbourhood"));
    m_categoryCombo->setAccessibleName(tr("Filter by kind of task"));
    m_rewardCombo->setAccessibleName(tr("Filter by minimum reward"));
    m_searchEdit->setAccessibleName(tr("Search tasks"));
    m_resetButton->setAccessibleName(tr("Clear all filters"));
    setAccessibleName(tr("Task filters"));
}

} // namespace buurtmunt
