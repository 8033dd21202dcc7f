// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TaskDetailsView.h"

#include "TaskText.h"
#include "core/store/TaskListModel.h"
#include "ui/common/CategoryNames.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedLayout>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace buurtmunt {

namespace {
QLabel* makeLabel(QWidget* parent, const QFont& font, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setFont(font);
    label->setWordWrap(true);
    // Task texts come from staff input: never interpret them as markup.
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::NoTextInteraction);
    return label;
}
}

TaskDetailsView::TaskDetailsView(const Theme& theme, QWidget* parent)
    : QFrame(parent)
    , m_theme(theme)
    , m_locale(QLocale(QLocale::Dutch, QLocale::Netherlands))
    , m_stack(new QStackedLayout(this))
    , m_welcome(new QWidget(this))
    , m_placeholder(makeLabel(m_welcome, theme.titleFont(), u"detailsPlaceholder"_s))
    , m_howTitle(makeLabel(m_welcome, theme.bodyFont(), u"howItWorksTitle"_s))
    , m_howSteps(makeLabel(m_welcome, theme.bodyFont(), u"howItWorksSteps"_s))
    , m_scroll(new QScrollArea(this))
    , m_claimButton(new QPushButton(this))
{
    setObjectName(u"detailsPanel"_s);
    // With nothing chosen yet the panel explains the scheme instead of
    // standing empty: most visitors meet Buurtmunt here for the first time.
    QFont howFont = theme.bodyFont();
    howFont.setBold(true);
    m_howTitle->setFont(howFont);
    auto* welcome = new QVBoxLayout(m_welcome);
    welcome->setContentsMargins(32, 32, 32, 32);
    welcome->setSpacing(16);
    welcome->addStretch();
    welcome->addWidget(m_placeholder);
    welcome->addSpacing(16);
    welcome->addWidget(m_howTitle);
    welcome->addWidget(m_howSteps);
    welcome->addStretch();

    auto* content = new QWidget(m_scroll);
    content->setObjectName(u"detailsContent"_s);
    content->setAutoFillBackground(false);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    m_title = makeLabel(content, theme.headingFont(), u"detailsTitle"_s);
    m_reward = makeLabel(content, theme.rewardFont(), u"detailsReward"_s);
    m_place = makeLabel(content, theme.bodyFont(), u"detailsPlace"_s);
    layout->addWidget(m_title);
    layout->addWidget(m_reward);
    layout->addWidget(m_place);
    m_description = addSection(layout, u"detailsDescription"_s);
    m_address = addSection(layout, u"detailsAddress"_s);
    m_window = addSection(layout, u"detailsWindow"_s);
    m_duration = addSection(layout, u"detailsDuration"_s);
    m_slots = addSection(layout, u"detailsSlots"_s);
    m_toolbox = addSection(layout, u"detailsToolbox"_s);
    m_safety = addSection(layout, u"detailsSafety"_s);
    layout->addStretch();

    m_claimButton->setObjectName(u"claimTaskButton"_s);
    m_claimButton->setFont(theme.titleFont());
    m_claimButton->setMinimumHeight(72);
    m_claimButton->hide();
    connect(m_claimButton, &QPushButton::clicked, this, [this] {
        if (m_index.isValid())
            emit claimRequested(m_index.data(TaskListModel::TaskIdRole).toLongLong());
    });

    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->viewport()->setAutoFillBackground(false);
    // Swiping is how a touch screen scrolls; the bar stays for a mouse.
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // The button stays in view below the scrolling text: a resident who has
    // read enough should not have to scroll to act.
    auto* taskPage = new QWidget(this);
    taskPage->setObjectName(u"detailsTaskPage"_s);
    auto* taskLayout = new QVBoxLayout(taskPage);
    taskLayout->setContentsMargins(0, 0, 0, 0);
    taskLayout->setSpacing(0);
    taskLayout->addWidget(m_scroll, 1);
    auto* claimRow = new QHBoxLayout;
    claimRow->setContentsMargins(24, 8, 24, 16);
    claimRow->addWidget(m_claimButton, 1);
    taskLayout->addLayout(claimRow);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(taskPage);
    retranslate();
    refresh();
}

TaskDetailsView::Section TaskDetailsView::addSection(QVBoxLayout* layout, const QString& objectName)
{
    QWidget* parent = layout->parentWidget();
    QFont captionFont = m_theme.bodyFont();
    captionFont.setBold(true);
    Section section{makeLabel(parent, captionFont, objectName + u"Caption"_s),
                    makeLabel(parent, m_theme.bodyFont(), objectName)};
    layout->addSpacing(6);
    layout->addWidget(section.caption);
    layout->addWidget(section.value);
    return section;
}

void TaskDetailsView::setCoinText(const CoinText& coins)
{
    m_coins = coins;
    refresh();
}

void TaskDetailsView::setLocale(const QLocale& locale)
{
    m_locale = locale;
    refresh();
}

void TaskDetailsView::showTask(const QModelIndex& index)
{
    if (m_index.model())
        disconnect(m_index.model(), nullptr, this, nullptr);
    m_index = index;
    if (const QAbstractItemModel* model = index.model()) {
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex& from, const QModelIndex& to) {
                    if (m_index.isValid() && m_index.row() >= from.row() && m_index.row() <= to.row())
                        refresh();
                });
        // A removed row invalidates the persistent index; show the placeholder
        // instead of stale details of a task that is no longer offered.
        connect(model, &QAbstractItemModel::rowsRemoved, this, &TaskDetailsView::refresh);
        connect(model, &QAbstractItemModel::modelReset, this, &TaskDetailsView::refresh);
        connect(model, &QAbstractItemModel::layoutChanged, this, &TaskDetailsView::refresh);
    }
    refresh();
    m_scroll->verticalScrollBar()->setValue(0);
}

void TaskDetailsView::clear()
{
    showTask({});
}

void TaskDetailsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QFrame::changeEvent(event);
}

void TaskDetailsView::retranslate()
{
    m_placeholder->setText(tr("Tap a task to see everything about it."));
    m_howTitle->setText(tr("How it works"));
    m_howSteps->setText(tr("1. Choose a task near you.\n"
                           "2. If it needs the toolbox, pick it up at the community centre.\n"
                           "3. Do the task within its time window.\n"
                           "4. The municipality checks the result; then the reward is yours to spend in local shops."));
    m_description.caption->setText(tr("What you do"));
    m_address.caption->setText(tr("Where"));
    m_window.caption->setText(tr("When"));
    m_duration.caption->setText(tr("How long"));
    m_slots.caption->setText(tr("Places"));
    m_toolbox.caption->setText(tr("Toolbox"));
    m_safety.caption->setText(tr("Safety"));
    setAccessibleName(tr("Task details"));
    m_scroll->setAccessibleName(tr("Task details"));
    m_claimButton->setText(tr("Claim this task"));
    m_claimButton->setAccessibleName(tr("Claim this task"));
}

void TaskDetailsView::setClaimAvailable(bool available)
{
    m_claimAvailable = available;
    refresh();
}

void TaskDetailsView::refresh()
{
    if (!m_index.isValid()) {
        m_stack->setCurrentWidget(m_welcome);
        return;
    }
    const auto data = [this](int role) { return m_index.data(role); };
    m_title->setText(data(TaskListModel::TitleRole).toString());
    m_reward->setText(m_coins.format(data(TaskListModel::RewardCentsRole).toLongLong(), m_locale));
    m_place->setText(data(TaskListModel::NeighbourhoodRole).toString() + u"  ·  "_s
                     + CategoryNames::displayName(data(TaskListModel::CategoryRole).toString()));
    const QString description = data(TaskListModel::DescriptionRole).toString();
    m_description.value->setText(description.isEmpty() ? tr("No description given.") : description);
    const QString address = data(TaskListModel::AddressRole).toString();
    m_address.value->setText(address.isEmpty() ? data(TaskListModel::NeighbourhoodRole).toString() : address);
    m_window.value->setText(TaskText::window(data(TaskListModel::WindowStartRole).toDate(),
                                             data(TaskListModel::WindowEndRole).toDate(), m_locale));
    m_duration.value->setText(TaskText::duration(data(TaskListModel::EstimatedMinutesRole).toInt()));
    m_slots.value->setText(TaskText::slotsLeft(data(TaskListModel::SlotsLeftRole).toInt()));
    const bool toolbox = data(TaskListModel::ToolboxRole).toBool();
    m_toolbox.value->setText(toolbox
        ? tr("Pick up the toolbox at the community centre before you start.")
        : TaskText::toolbox(false));
    const QString safety = data(TaskListModel::SafetyNotesRole).toString();
    m_safety.caption->setVisible(!safety.isEmpty());
    m_safety.value->setVisible(!safety.isEmpty());
    m_safety.value->setText(safety);
    m_claimButton->setVisible(m_claimAvailable && data(TaskListModel::SlotsLeftRole).toInt() > 0);
    m_stack->setCurrentWidget(m_scroll->parentWidget());
    setAccessibleDescription(m_title->text() + u", "_s + m_reward->text());
}

} // namespace buurtmunt
