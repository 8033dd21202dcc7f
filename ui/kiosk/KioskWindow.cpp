// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "KioskWindow.h"

#include "TaskCardDelegate.h"
#include "TaskDetailsView.h"
#include "TaskFilterBar.h"
#include "core/store/LocalStore.h"
#include "core/store/TaskFilterModel.h"
#include "core/store/TaskListModel.h"
#include "core/sync/TaskSync.h"
#include "ui/common/LanguageBar.h"
#include "ui/common/LanguageSwitcher.h"
#include "ui/common/SyncStatusLabel.h"

#include <QCollator>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
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

    auto* content = new QVBoxLayout;
    content->setContentsMargins(32, 16, 32, 24);
    content->setSpacing(14);
    content->addLayout(statusRow);
    content->addWidget(m_filterBar);
    content->addLayout(body, 1);

    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addLayout(content, 1);
    setCentralWidget(central);

    connect(m_filterBar, &TaskFilterBar::filtersChanged, this, &KioskWindow::applyFilters);
    connect(m_taskList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { m_details->showTask(current); });
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

    if (const auto state = m_store->syncState(); state.ok())
        m_syncStatus->setLastSuccess(state->lastSuccess);
    applyLocale();
    reloadTasks();
    retranslate();
}

KioskWindow::~KioskWindow() = default;

void KioskWindow::buildHeader(QWidget* header)
{
    auto* logo = new QLabel(header);
    logo->setPixmap(QIcon(u":/buurtmunt/icons/buurtmunt.svg"_s).pixmap(64, 64));
    logo->setObjectName(u"logo"_s);
    m_municipalityLabel->setFont(m_theme.headingFont());
    m_municipalityLabel->setObjectName(u"municipalityName"_s);
    m_taglineLabel->setFont(m_theme.bodyFont());
    m_taglineLabel->setObjectName(u"tagline"_s);

    auto* titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_municipalityLabel);
    titles->addWidget(m_taglineLabel);

    auto* layout = new QHBoxLayout(header);
    layout->setContentsMargins(32, 14, 32, 14);
    layout->setSpacing(20);
    layout->addWidget(logo);
    layout->addLayout(titles, 1);
    layout->addWidget(new LanguageBar(m_switcher, header));
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
    m_delegate->setLocale(locale);
    m_details->setLocale(locale);
    m_filterBar->setCoinText(m_coins, locale);
    m_taskList->viewport()->update();
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
    updateCount();
}

} // namespace buurtmunt
