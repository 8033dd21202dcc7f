// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "SampleTasks.h"
#include "TimingSlack.h"

#include "core/domain/Clock.h"
#include "core/store/ClientPaths.h"
#include "core/store/LocalStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace buurtmunt;
using buurtmunt::test::sampleTask;
using buurtmunt::test::sampleTasks;

class TestLocalStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createsAMigratedWalDatabase();
    void migrationRunsOnceAcrossReopens();
    void refusesANewerSchema();
    void reportsAnUnwritableLocation();
    void keepsTheEnrolment();
    void roundTripsEveryTaskField();
    void dropsTasksThatAreNoLongerPublished();
    void neverLetsAnOlderVersionWin();
    void storesTenThousandTasksQuickly();
    void keepsTheSyncState();
    void outboxKeepsOperationsAcrossRestarts();
    void outboxSchedulesFailedAttempts();
    void outboxKeepsRefusalsWithTheirProblem();
    void outboxRefusesBadKeysAndUnknownItems();
    void wipeForgetsEverything();
    void clientPathsPickTheRightFolder();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
};

void TestLocalStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<LocalStore>(m_dir->filePath(u"profile"_s));
    const Status opened = m_store->open();
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
}

void TestLocalStore::cleanup()
{
    Clock::setInstance(nullptr);
    m_store.reset();
    m_dir.reset();
}

void TestLocalStore::createsAMigratedWalDatabase()
{
    QVERIFY(QFile::exists(m_dir->filePath(u"profile/client.sqlite"_s)));
    QCOMPARE(m_store->databasePath(), m_dir->filePath(u"profile/client.sqlite"_s));
    QCOMPARE(m_store->schemaVersion().valueOr(-1), LocalStore::SchemaVersion);
    {
        // Looked at from outside, as an operator with sqlite3 would.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
        db.setDatabaseName(m_store->databasePath());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"PRAGMA journal_mode"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"wal"_s);
        QVERIFY(query.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s));
        QStringList tables;
        while (query.next())
            tables << query.value(0).toString();
        for (const QString& table : {u"enrolment"_s, u"outbox"_s, u"schema_migrations"_s, u"sync_state"_s, u"tasks"_s})
            QVERIFY2(tables.contains(table), qPrintable(tables.join(u", "_s)));
    }
    QSqlDatabase::removeDatabase(u"inspect"_s);
}

void TestLocalStore::migrationRunsOnceAcrossReopens()
{
    QVERIFY(m_store->upsertTasks(sampleTasks(3)).ok());
    m_store.reset();
    LocalStore again(m_dir->filePath(u"profile"_s));
    QVERIFY(again.open().ok());
    QCOMPARE(again.schemaVersion().valueOr(-1), LocalStore::SchemaVersion);
    QCOMPARE(again.taskCount().valueOr(-1), 3);
}

void TestLocalStore::refusesANewerSchema()
{
    m_store.reset();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        db.setDatabaseName(m_dir->filePath(u"profile/client.sqlite"_s));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"INSERT INTO schema_migrations (version, applied_at) VALUES (99, 0)"_s));
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);
    LocalStore store(m_dir->filePath(u"profile"_s));
    const Status opened = store.open();
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, u"store-too-new"_s);
    QVERIFY(opened.error().message.contains(u"99"_s));
}

void TestLocalStore::reportsAnUnwritableLocation()
{
    QFile blocker(m_dir->filePath(u"not-a-dir"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    LocalStore store(m_dir->filePath(u"not-a-dir/profile"_s));
    const Status opened = store.open();
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, u"store-error"_s);
    QVERIFY2(opened.error().message.contains(u"not-a-dir"_s), qPrintable(opened.error().message));
}

void TestLocalStore::keepsTheEnrolment()
{
    QVERIFY(!m_store->enrolment().value().has_value());
    Enrolment enrolment;
    enrolment.serverUrl = QUrl(u"https://127.0.0.1:8443"_s);
    enrolment.fingerprint = QByteArray(32, '\x5a');
    enrolment.deviceId = DeviceId(7);
    enrolment.role = u"counter"_s;
    enrolment.shopId = ShopId(3);
    enrolment.deviceName = u"Kassa Bakkerij Centrum"_s;
    enrolment.voucherKeys = {{1, QByteArray(32, '\x01')}, {2, QByteArray(32, '\x02')}};
    enrolment.municipalityName = u"Heerlen"_s;
    enrolment.coinName = u"Heitje"_s;
    enrolment.coinNamePlural = u"Heitjes"_s;
    enrolment.euroCentsPerCoin = 100;
    QVERIFY(m_store->saveEnrolment(enrolment).ok());
    m_store.reset();

    LocalStore reopened(m_dir->filePath(u"profile"_s));
    QVERIFY(reopened.open().ok());
    const Result<std::optional<Enrolment>> loaded = reopened.enrolment();
    QVERIFY(loaded.ok() && loaded->has_value());
    QCOMPARE(**loaded, enrolment);
    QVERIFY((*loaded)->isValid());
}

void TestLocalStore::roundTripsEveryTaskField()
{
    Task full = sampleTask(5);
    full.latitude = 50.8841;
    full.longitude = 5.9712;
    full.safetyNotes = u"Let op verkeer; handschoenen in de klusbox"_s;
    Task sparse = sampleTask(6);
    sparse.latitude.reset();
    sparse.longitude.reset();
    sparse.windowStart = {};
    sparse.windowEnd = {};
    sparse.updatedAt = {};
    QCOMPARE(m_store->upsertTasks({full, sparse}).valueOr(-1), 2);
    const QList<Task> tasks = m_store->publishedTasks().value();
    QCOMPARE(tasks.size(), 2);
    QCOMPARE(tasks.at(0), full);
    QCOMPARE(tasks.at(1), sparse);
}

void TestLocalStore::dropsTasksThatAreNoLongerPublished()
{
    QVERIFY(m_store->upsertTasks(sampleTasks(10)).ok());
    Task closed = sampleTask(3);
    closed.status = TaskStatus::Closed;
    closed.version = 2;
    Task cancelled = sampleTask(4);
    cancelled.status = TaskStatus::Cancelled;
    cancelled.version = 2;
    Task neverSeen = sampleTask(99);
    neverSeen.status = TaskStatus::Cancelled;
    QCOMPARE(m_store->upsertTasks({closed, cancelled, neverSeen}).valueOr(-1), 2);
    const QList<Task> tasks = m_store->publishedTasks().value();
    QCOMPARE(tasks.size(), 8);
    for (const Task& task : tasks)
        QVERIFY(task.id != TaskId(3) && task.id != TaskId(4));
}

void TestLocalStore::neverLetsAnOlderVersionWin()
{
    Task task = sampleTask(1);
    task.version = 5;
    task.title = u"Nieuwe titel"_s;
    QVERIFY(m_store->upsertTasks({task}).ok());
    Task stale = sampleTask(1);
    stale.version = 4;
    stale.title = u"Oude titel"_s;
    QCOMPARE(m_store->upsertTasks({stale}).valueOr(-1), 0);
    QCOMPARE(m_store->publishedTasks().value().first().title, u"Nieuwe titel"_s);
}

void TestLocalStore::storesTenThousandTasksQuickly()
{
    const QList<Task> tasks = sampleTasks(10000);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(m_store->upsertTasks(tasks).valueOr(-1), 10000);
    const qint64 insertMs = timer.restart();
    QList<Task> updated = tasks;
    for (Task& task : updated)
        ++task.version;
    QCOMPARE(m_store->upsertTasks(updated).valueOr(-1), 10000);
    const qint64 updateMs = timer.restart();
    const QList<Task> loaded = m_store->publishedTasks().value();
    const qint64 loadMs = timer.elapsed();
    QCOMPARE(loaded.size(), 10000);
    qInfo("10,000 tasks: insert %lld ms, update %lld ms, load %lld ms", insertMs, updateMs, loadMs);
    QVERIFY2(insertMs < 1000 * buurtmunt::test::TimingSlack, qPrintable(QString::number(insertMs)));
    QVERIFY2(updateMs < 1000 * buurtmunt::test::TimingSlack, qPrintable(QString::number(updateMs)));
    QVERIFY2(loadMs < 1000 * buurtmunt::test::TimingSlack, qPrintable(QString::number(loadMs)));
}

void TestLocalStore::keepsTheSyncState()
{
    QCOMPARE(m_store->syncState().value(), SyncState{});
    const SyncState state{u"123"_s, "\"123\"", QDateTime(QDate(2026, 11, 23), QTime(10, 15, 0, 250), Qt::UTC)};
    QVERIFY(m_store->saveSyncState(state).ok());
    QCOMPARE(m_store->syncState().value(), state);
}

void TestLocalStore::outboxKeepsOperationsAcrossRestarts()
{
    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    Clock::setInstance(&clock);
    const QJsonObject body{{u"taskId"_s, 12}, {u"note"_s, u"Bank is geschilderd"_s}};
    const Result<qint64> first = m_store->enqueue("post", u"/v1/claims/5/submit"_s, body, u"key-0001-abcdef"_s);
    QVERIFY(first.ok());
    const Result<qint64> second = m_store->enqueue("DELETE", u"/v1/vouchers/ab"_s, {});
    QVERIFY(second.ok());
    QVERIFY(*second > *first);
    m_store.reset();

    LocalStore reopened(m_dir->filePath(u"profile"_s));
    QVERIFY(reopened.open().ok());
    const QList<OutboxItem> due = reopened.due(clock.nowUtc()).value();
    QCOMPARE(due.size(), 2);
    QCOMPARE(due.at(0).id, *first);
    QCOMPARE(due.at(0).method, QByteArray("POST"));
    QCOMPARE(due.at(0).path, u"/v1/claims/5/submit"_s);
    QCOMPARE(due.at(0).body, body);
    QCOMPARE(due.at(0).idempotencyKey, u"key-0001-abcdef"_s);
    QCOMPARE(due.at(0).created, clock.nowUtc());
    QCOMPARE(due.at(0).state, OutboxItem::State::Pending);
    // A generated key is there from the start, so every retry reuses it.
    QVERIFY(due.at(1).idempotencyKey.size() >= 16);
}

void TestLocalStore::outboxSchedulesFailedAttempts()
{
    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    Clock::setInstance(&clock);
    const qint64 id = m_store->enqueue("POST", u"/v1/vouchers"_s, {{u"amountCents"_s, 1500}}).value();
    const QDateTime retryAt = clock.nowUtc().addSecs(30);
    QVERIFY(m_store->markFailed(id, 1, retryAt, u"Cannot reach the server"_s).ok());
    QVERIFY(m_store->due(clock.nowUtc()).value().isEmpty());
    QCOMPARE(m_store->nextOutboxAttempt().value(), std::optional<QDateTime>(retryAt));
    clock.advanceMsecs(30000);
    const QList<OutboxItem> due = m_store->due(clock.nowUtc()).value();
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().attempts, 1);
    QCOMPARE(due.first().lastError, u"Cannot reach the server"_s);
    QVERIFY(m_store->markSent(id).ok());
    QVERIFY(m_store->due(clock.nowUtc().addDays(1)).value().isEmpty());
    QCOMPARE(m_store->outboxItem(id).value()->state, OutboxItem::State::Sent);
    QCOMPARE(m_store->nextOutboxAttempt().value(), std::nullopt);
}

void TestLocalStore::outboxKeepsRefusalsWithTheirProblem()
{
    const qint64 id = m_store->enqueue("POST", u"/v1/claims"_s, {{u"taskId"_s, 4}}).value();
    Problem problem;
    problem.type = u"earnings-cap-reached"_s;
    problem.title = u"Earnings cap reached"_s;
    problem.detail = u"This claim would exceed the yearly cap; 3,00 Heitjes left."_s;
    problem.status = 422;
    problem.invalidParams = {{u"taskId"_s, u"reward too high"_s}};
    QVERIFY(m_store->markRefused(id, problem).ok());
    const QList<OutboxItem> refused = m_store->outboxItems(OutboxItem::State::Refused).value();
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().problem, std::optional<Problem>(problem));
    QVERIFY(refused.first().lastError.contains(u"3,00 Heitjes left"_s));
    // Refused is final: neither sent nor retried later.
    QVERIFY(!m_store->markSent(id).ok());
    QVERIFY(m_store->due(QDateTime::currentDateTimeUtc().addYears(1)).value().isEmpty());
}

void TestLocalStore::outboxRefusesBadKeysAndUnknownItems()
{
    const Result<qint64> shortKey = m_store->enqueue("POST", u"/v1/claims"_s, {}, u"abc"_s);
    QVERIFY(!shortKey.ok());
    QCOMPARE(shortKey.error().code, u"idempotency-key-invalid"_s);
    QVERIFY(m_store->enqueue("POST", u"/v1/claims"_s, {}, u"same-key-123"_s).ok());
    const Result<qint64> duplicate = m_store->enqueue("POST", u"/v1/claims"_s, {}, u"same-key-123"_s);
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error().code, u"store-error"_s);
    const Status unknown = m_store->markSent(424242);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, u"outbox-item-not-found"_s);
}

void TestLocalStore::wipeForgetsEverything()
{
    Enrolment enrolment;
    enrolment.serverUrl = QUrl(u"https://127.0.0.1:8443"_s);
    enrolment.fingerprint = QByteArray(32, 'x');
    enrolment.deviceId = DeviceId(1);
    enrolment.role = u"kiosk"_s;
    QVERIFY(m_store->saveEnrolment(enrolment).ok());
    QVERIFY(m_store->upsertTasks(sampleTasks(5)).ok());
    QVERIFY(m_store->saveSyncState({u"9"_s, "\"9\"", QDateTime::currentDateTimeUtc()}).ok());
    QVERIFY(m_store->enqueue("POST", u"/v1/claims"_s, {}).ok());
    QVERIFY(m_store->wipe().ok());
    QVERIFY(!m_store->enrolment().value().has_value());
    QCOMPARE(m_store->taskCount().value(), 0);
    QCOMPARE(m_store->syncState().value(), SyncState{});
    QCOMPARE(m_store->nextOutboxAttempt().value(), std::nullopt);
}

void TestLocalStore::clientPathsPickTheRightFolder()
{
    QCoreApplication::setApplicationName(u"buurtmunt"_s);
    QStandardPaths::setTestModeEnabled(true);
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCOMPARE(ClientPaths::dataDir({}).value(), QDir::cleanPath(base + u"/default"_s));
    QCOMPARE(ClientPaths::dataDir(u"kiosk-2"_s).value(), QDir::cleanPath(base + u"/kiosk-2"_s));
    QCOMPARE(ClientPaths::dataDir(u"kiosk-2"_s, m_dir->path() + u"/x/../y"_s).value(), m_dir->filePath(u"y"_s));
    const Result<QString> bad = ClientPaths::dataDir(u"../etc"_s);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, u"invalid-profile"_s);
    QVERIFY(bad.error().message.contains(u"../etc"_s));
    const Result<QString> made = ClientPaths::ensureDataDir(u"ignored"_s, m_dir->filePath(u"made/here"_s));
    QVERIFY(made.ok());
    QVERIFY(QFileInfo(*made).isDir());
    QCOMPARE(QFileInfo(*made).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
}

QTEST_GUILESS_MAIN(TestLocalStore)
#include "TestLocalStore.moc"
