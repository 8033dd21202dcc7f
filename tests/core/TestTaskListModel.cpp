// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "SampleTasks.h"
#include "TimingSlack.h"

#include "core/store/LocalStore.h"
#include "core/store/TaskFilterModel.h"
#include "core/store/TaskListModel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace buurtmunt;
using buurtmunt::test::sampleTask;
using buurtmunt::test::sampleTasks;

// Covers TaskListModel and TaskFilterModel together: the kiosk only ever
// shows the one through the other.
class TestTaskListModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void exposesEveryFieldAsARole();
    void reloadShowsWhatTheSyncChanged();
    void filtersByNeighbourhoodCategoryRewardAndText();
    void sortsHomeNeighbourhoodFirstThenTitle();
    void staysFastWithTenThousandTasks();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
};

void TestTaskListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<LocalStore>(m_dir->path());
    QVERIFY(m_store->open().ok());
}

void TestTaskListModel::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestTaskListModel::exposesEveryFieldAsARole()
{
    Task task = sampleTask(10);
    task.capacity = 3;
    task.slotsTaken = 1;
    task.latitude = 50.5;
    task.longitude.reset();
    QVERIFY(m_store->upsertTasks({task}).ok());
    TaskListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex index = model.index(0);
    QCOMPARE(index.data(Qt::DisplayRole).toString(), task.title);
    QCOMPARE(index.data(TaskListModel::TaskIdRole).toLongLong(), 10);
    QCOMPARE(index.data(TaskListModel::TitleRole).toString(), task.title);
    QCOMPARE(index.data(TaskListModel::DescriptionRole).toString(), task.description);
    QCOMPARE(index.data(TaskListModel::CategoryRole).toString(), task.category);
    QCOMPARE(index.data(TaskListModel::NeighbourhoodRole).toString(), task.neighbourhood);
    QCOMPARE(index.data(TaskListModel::AddressRole).toString(), task.address);
    QCOMPARE(index.data(TaskListModel::LatitudeRole).toDouble(), 50.5);
    QVERIFY(!index.data(TaskListModel::LongitudeRole).isValid());
    QCOMPARE(index.data(TaskListModel::RewardCentsRole).toLongLong(), task.reward.cents());
    QCOMPARE(index.data(TaskListModel::EstimatedMinutesRole).toInt(), task.estimatedMinutes);
    QCOMPARE(index.data(TaskListModel::CapacityRole).toInt(), 3);
    QCOMPARE(index.data(TaskListModel::SlotsTakenRole).toInt(), 1);
    QCOMPARE(index.data(TaskListModel::SlotsLeftRole).toInt(), 2);
    QCOMPARE(index.data(TaskListModel::WindowStartRole).toDate(), task.windowStart);
    QCOMPARE(index.data(TaskListModel::WindowEndRole).toDate(), task.windowEnd);
    QCOMPARE(index.data(TaskListModel::SafetyNotesRole).toString(), task.safetyNotes);
    QCOMPARE(index.data(TaskListModel::ToolboxRole).toBool(), task.toolboxNeeded);
    QCOMPARE(index.data(TaskListModel::VersionRole).toLongLong(), task.version);
    QCOMPARE(index.data(TaskListModel::UpdatedAtRole).toDateTime(), task.updatedAt);
    QCOMPARE(model.roleNames().value(TaskListModel::RewardCentsRole), QByteArray("rewardCents"));
    QCOMPARE(model.rowOf(TaskId(10)), 0);
    QCOMPARE(model.rowOf(TaskId(11)), -1);
}

void TestTaskListModel::reloadShowsWhatTheSyncChanged()
{
    const Result<int> stored = m_store->upsertTasks(sampleTasks(5));
    QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message));
    TaskListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowCount(), 5);
    Task closed = sampleTask(2);
    closed.status = TaskStatus::Closed;
    closed.version = 2;
    QVERIFY(m_store->upsertTasks({closed, sampleTask(6)}).ok());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(model.reload().ok());
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.rowOf(TaskId(2)), -1);
    QVERIFY(model.rowOf(TaskId(6)) >= 0);
}

void TestTaskListModel::filtersByNeighbourhoodCategoryRewardAndText()
{
    QVERIFY(m_store->upsertTasks(sampleTasks(70)).ok());
    TaskListModel model(m_store.get());
    QVERIFY(model.reload().ok());
    TaskFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    QCOMPARE(filter.rowCount(), 70);

    filter.setNeighbourhood(u"grasbroek"_s);  // a person's capitalisation is not a filter
    QCOMPARE(filter.rowCount(), 14);
    for (int row = 0; row < filter.rowCount(); ++row)
        QCOMPARE(filter.index(row, 0).data(TaskListModel::NeighbourhoodRole).toString(), u"Grasbroek"_s);

    filter.setCategory(u"painting"_s);
    // ids ≡ 1 (mod 5) and ≡ 0 (mod 7) below 71: 21, 56
    QCOMPARE(filter.rowCount(), 2);

    filter.clearFilters();
    filter.setMinimumRewardCents(2000);  // rewards are 500 + (n % 20) * 100
    QCOMPARE(filter.rowCount(), 15);
    for (int row = 0; row < filter.rowCount(); ++row)
        QVERIFY(filter.index(row, 0).data(TaskListModel::RewardCentsRole).toLongLong() >= 2000);

    filter.clearFilters();
    filter.setSearchText(u"  STRAAT 42,  "_s);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data(TaskListModel::TaskIdRole).toLongLong(), 42);
    filter.setSearchText(u"bestaat niet"_s);
    QCOMPARE(filter.rowCount(), 0);
    filter.setSearchText({});
    QCOMPARE(filter.rowCount(), 70);
}

void TestTaskListModel::sortsHomeNeighbourhoodFirstThenTitle()
{
    QList<Task> tasks;
    const QList<std::pair<QString, QString>> rows{{u"Ramen wassen"_s, u"Centrum"_s},
                                                  {u"Bank schilderen"_s, u"Grasbroek"_s},
                                                  {u"afval prikken"_s, u"Centrum"_s},
                                                  {u"Zwerfvuil"_s, u"Grasbroek"_s},
                                                  {u"Taak 10"_s, u"Grasbroek"_s},
                                                  {u"Taak 9"_s, u"Grasbroek"_s}};
    for (int i = 0; i < rows.size(); ++i) {
        Task task = sampleTask(i + 1);
        task.title = rows.at(i).first;
        task.neighbourhood = rows.at(i).second;
        tasks.append(task);
    }
    QVERIFY(m_store->upsertTasks(tasks).ok());
    TaskListModel model(m_store.get());
    QVERIFY(model.reload().ok());
    TaskFilterModel filter;
    filter.setSourceModel(&model);
    filter.setSortLocale(QLocale(QLocale::Dutch, QLocale::Netherlands));
    filter.setHomeNeighbourhood(u"Grasbroek"_s);
    QStringList order;
    for (int row = 0; row < filter.rowCount(); ++row)
        order << filter.index(row, 0).data().toString();
    QCOMPARE(order, (QStringList{u"Bank schilderen"_s, u"Taak 9"_s, u"Taak 10"_s, u"Zwerfvuil"_s,
                                 u"afval prikken"_s, u"Ramen wassen"_s}));
    filter.setHomeNeighbourhood({});
    QCOMPARE(filter.index(0, 0).data().toString(), u"afval prikken"_s);
}

void TestTaskListModel::staysFastWithTenThousandTasks()
{
    QVERIFY(m_store->upsertTasks(sampleTasks(10000)).ok());
    TaskListModel model(m_store.get());
    TaskFilterModel filter;
    filter.setSourceModel(&model);
    filter.setSortLocale(QLocale(QLocale::Dutch, QLocale::Netherlands));
    filter.setHomeNeighbourhood(u"Meezenbroek"_s);

    QElapsedTimer timer;
    timer.start();
    QVERIFY(model.reload().ok());
    QCOMPARE(filter.rowCount(), 10000);
    const qint64 reloadMs = timer.restart();
    filter.setNeighbourhood(u"Centrum"_s);
    QCOMPARE(filter.rowCount(), 2000);
    const qint64 neighbourhoodMs = timer.restart();
    filter.setCategory(u"greenery"_s);
    const int both = filter.rowCount();
    const qint64 categoryMs = timer.restart();
    filter.setMinimumRewardCents(1500);
    const qint64 rewardMs = timer.restart();
    filter.clearFilters();
    filter.setSearchText(u"taak 4"_s);
    const int found = filter.rowCount();
    const qint64 searchMs = timer.restart();
    filter.setSearchText({});
    QCOMPARE(filter.rowCount(), 10000);
    const qint64 clearMs = timer.elapsed();

    qInfo("10,000 tasks: reload+sort %lld ms, neighbourhood %lld ms, category %lld ms (%d rows), "
          "reward %lld ms, text %lld ms (%d rows), clear %lld ms",
          reloadMs, neighbourhoodMs, categoryMs, both, rewardMs, searchMs, found, clearMs);
    QVERIFY(both > 0 && found > 0);
    for (const qint64 ms : {reloadMs, neighbourhoodMs, categoryMs, rewardMs, searchMs, clearMs})
        QVERIFY2(ms < 500 * buurtmunt::test::TimingSlack, qPrintable(QString::number(ms)));
}

QTEST_GUILESS_MAIN(TestTaskListModel)
#include "TestTaskListModel.moc"
