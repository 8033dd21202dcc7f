// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "CoreTestSession.h"

#include "core/domain/Clock.h"
#include "core/net/ApiClient.h"
#include "core/store/LocalStore.h"
#include "core/sync/TaskSync.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace buurtmunt;
using namespace buurtmunt::test;
using namespace std::chrono_literals;

class TestTaskSync : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fullSyncFillsTheStore();
    void unchangedResyncIsOneNotModifiedRequest();
    void restartContinuesFromTheStoredCursor();
    void secondDeviceGetsTheSameList();
    void followsPagesUntilDone();
    void neverRunsTwoSyncsAtOnce();
    void backsOffAfterFailures();
    void recoversFromACursorTheServerRejects();
    void endsCleanlyWhenItsClientGoesAway();

private:
    struct Outcome {
        bool finished = false;
        int changed = -1;
        QDateTime at;
        std::optional<Error> error;
    };
    Outcome runSync(TaskSync& sync);
    std::unique_ptr<ApiClient> makeApi(const EnrolledDevice& device);

    ServerProcess m_server;
    QNetworkAccessManager m_network;
    std::optional<EnrolledDevice> m_device;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<ApiClient> m_api;
    int m_demoTasks = 0;
};

void TestTaskSync::initTestCase()
{
    QVERIFY2(m_server.start(ServerProcess::Options::withDemoData()), qPrintable(m_server.errorString()));
    QString error;
    m_device = enrolDirectly(m_server, &m_network, u"kiosk"_s, &error);
    QVERIFY2(m_device, qPrintable(error));
}

void TestTaskSync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<LocalStore>(m_dir->path());
    QVERIFY(m_store->open().ok());
    m_api = makeApi(*m_device);
}

void TestTaskSync::cleanup()
{
    Clock::setInstance(nullptr);
    m_api.reset();
    m_store.reset();
    m_dir.reset();
}

std::unique_ptr<ApiClient> TestTaskSync::makeApi(const EnrolledDevice& device)
{
    auto api = std::make_unique<ApiClient>(&m_network);
    pinTo(*api, m_server);
    api->setDeviceCredentials(device.deviceId, device.secret);
    api->setRole(u"kiosk"_s);
    return api;
}

TestTaskSync::Outcome TestTaskSync::runSync(TaskSync& sync)
{
    Outcome outcome;
    QSignalSpy finished(&sync, &TaskSync::syncFinished);
    QSignalSpy failed(&sync, &TaskSync::syncFailed);
    if (!sync.syncNow())
        return outcome;
    if (!QTest::qWaitFor([&] { return finished.size() + failed.size() > 0; }, 30000))
        return outcome;
    if (!finished.isEmpty()) {
        outcome.finished = true;
        outcome.at = finished.first().at(0).toDateTime();
        outcome.changed = finished.first().at(1).toInt();
    } else {
        outcome.error = failed.first().first().value<Error>();
    }
    return outcome;
}

void TestTaskSync::fullSyncFillsTheStore()
{
    TaskSync sync(m_api.get(), m_store.get());
    QSignalSpy started(&sync, &TaskSync::syncStarted);
    const Outcome outcome = runSync(sync);
    QVERIFY2(outcome.finished, qPrintable(outcome.error ? outcome.error->message : u"no report"_s));
    QCOMPARE(started.size(), 1);
    QVERIFY2(outcome.changed >= 40, qPrintable(QString::number(outcome.changed)));
    const QList<Task> tasks = m_store->publishedTasks().value();
    QVERIFY(tasks.size() >= 40);
    QVERIFY(tasks.size() <= outcome.changed);  // closed and cancelled ones are not kept
    for (const Task& task : tasks) {
        QVERIFY(!task.title.isEmpty());
        QVERIFY(task.reward.cents() > 0);
    }
    const SyncState state = m_store->syncState().value();
    QVERIFY(!state.cursor.isEmpty());
    QVERIFY(!state.etag.isEmpty());
    QCOMPARE(state.lastSuccess, outcome.at);
    QVERIFY(qAbs(state.lastSuccess.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(sync.consecutiveFailures(), 0);
    QVERIFY(!sync.isSyncing());
}

void TestTaskSync::unchangedResyncIsOneNotModifiedRequest()
{
    TaskSync sync(m_api.get(), m_store.get());
    QVERIFY(runSync(sync).finished);
    const QList<Task> before = m_store->publishedTasks().value();
    const SyncState stateBefore = m_store->syncState().value();

    ManualClock clock(QDateTime::currentDateTimeUtc().addSecs(3600));
    Clock::setInstance(&clock);
    QList<int> statuses;
    QList<QByteArray> ifNoneMatch;
    connect(&m_network, &QNetworkAccessManager::finished, this, [&](QNetworkReply* reply) {
        statuses << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        ifNoneMatch << reply->request().rawHeader("If-None-Match");
    });
    const Outcome outcome = runSync(sync);
    m_network.disconnect(this);
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.changed, 0);
    QCOMPARE(statuses, QList<int>{304});
    QCOMPARE(ifNoneMatch.first(), stateBefore.etag);
    QCOMPARE(m_store->publishedTasks().value(), before);
    const SyncState stateAfter = m_store->syncState().value();
    QCOMPARE(stateAfter.cursor, stateBefore.cursor);
    // Only the "as of" moves, so the screen can say the list is current.
    QCOMPARE(stateAfter.lastSuccess, clock.nowUtc());
}

void TestTaskSync::restartContinuesFromTheStoredCursor()
{
    {
        TaskSync sync(m_api.get(), m_store.get());
        QVERIFY(runSync(sync).finished);
    }
    const QString cursor = m_store->syncState().value().cursor;
    m_store.reset();
    m_store = std::make_unique<LocalStore>(m_dir->path());
    QVERIFY(m_store->open().ok());

    QList<QUrl> asked;
    QList<int> statuses;
    connect(&m_network, &QNetworkAccessManager::finished, this, [&](QNetworkReply* reply) {
        asked << reply->url();
        statuses << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    });
    TaskSync sync(m_api.get(), m_store.get());
    const Outcome outcome = runSync(sync);
    m_network.disconnect(this);
    QVERIFY(outcome.finished);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(QUrlQuery(asked.first()).queryItemValue(u"since"_s), cursor);
    QCOMPARE(statuses, QList<int>{304});
}

void TestTaskSync::secondDeviceGetsTheSameList()
{
    TaskSync first(m_api.get(), m_store.get());
    QVERIFY(runSync(first).finished);

    QString error;
    const std::optional<EnrolledDevice> other = enrolDirectly(m_server, &m_network, u"kiosk"_s, &error);
    QVERIFY2(other, qPrintable(error));
    QTemporaryDir otherDir;
    LocalStore otherStore(otherDir.path());
    QVERIFY(otherStore.open().ok());
    const std::unique_ptr<ApiClient> otherApi = makeApi(*other);
    TaskSync second(otherApi.get(), &otherStore);
    const Outcome outcome = runSync(second);
    QVERIFY(outcome.finished);
    QCOMPARE(otherStore.publishedTasks().value(), m_store->publishedTasks().value());
    QCOMPARE(otherStore.syncState().value().cursor, m_store->syncState().value().cursor);
    // Enrolling a device changed no task, so the first device still gets 304.
    QCOMPARE(runSync(first).changed, 0);
}

void TestTaskSync::followsPagesUntilDone()
{
    TaskSync sync(m_api.get(), m_store.get());
    sync.setPageLimit(10);
    int requests = 0;
    connect(&m_network, &QNetworkAccessManager::finished, this, [&](QNetworkReply*) { ++requests; });
    const Outcome outcome = runSync(sync);
    m_network.disconnect(this);
    QVERIFY2(outcome.finished, qPrintable(outcome.error ? outcome.error->message : u"no report"_s));
    QVERIFY2(requests >= 4, qPrintable(QString::number(requests)));
    const int pages = (outcome.changed + 9) / 10;
    QVERIFY2(requests == pages || requests == pages + 1, qPrintable(QString::number(requests)));

    // The same list as in one page.
    QTemporaryDir otherDir;
    LocalStore whole(otherDir.path());
    QVERIFY(whole.open().ok());
    TaskSync oneGo(m_api.get(), &whole);
    QVERIFY(runSync(oneGo).finished);
    QCOMPARE(m_store->publishedTasks().value(), whole.publishedTasks().value());
}

void TestTaskSync::neverRunsTwoSyncsAtOnce()
{
    TaskSync sync(m_api.get(), m_store.get());
    QSignalSpy started(&sync, &TaskSync::syncStarted);
    QSignalSpy finished(&sync, &TaskSync::syncFinished);
    QVERIFY(sync.syncNow());
    QVERIFY(sync.isSyncing());
    QVERIFY(!sync.syncNow());
    QVERIFY(!sync.syncNow());
    QVERIFY(finished.wait(20000));
    QTest::qWait(200);
    QCOMPARE(started.size(), 1);
    QCOMPARE(finished.size(), 1);
}

void TestTaskSync::backsOffAfterFailures()
{
    ApiClient unreachable(&m_network);
    unreachable.setBaseUrl(closedPortUrl());
    unreachable.setPinnedFingerprint(m_server.fingerprint());
    TaskSync sync(&unreachable, m_store.get());
    sync.setRetryPolicy(RetryPolicy(42));
    QSignalSpy failed(&sync, &TaskSync::syncFailed);
    QElapsedTimer timer;
    timer.start();
    sync.start(1h);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<Error>().code, u"network"_s);
    QCOMPARE(sync.consecutiveFailures(), 1);
    // The next try follows the backoff (1 s ± 20 %), not the hourly interval.
    const qint64 firstWait = QDateTime::currentDateTimeUtc().msecsTo(sync.nextSync());
    QVERIFY2(firstWait > 500 && firstWait <= 1200, qPrintable(QString::number(firstWait)));
    QVERIFY(failed.wait(5000));
    QCOMPARE(sync.consecutiveFailures(), 2);
    const qint64 secondWait = QDateTime::currentDateTimeUtc().msecsTo(sync.nextSync());
    QVERIFY2(secondWait > 1000 && secondWait <= 1920, qPrintable(QString::number(secondWait)));
    QVERIFY(timer.elapsed() >= 700);
    sync.stop();
    QVERIFY(!sync.nextSync().isValid());
    QVERIFY(!failed.wait(2500));
    QCOMPARE(m_store->syncState().value().lastSuccess, QDateTime());

    // Once the server is reachable, the counter starts over.
    TaskSync healthy(m_api.get(), m_store.get());
    QVERIFY(runSync(healthy).finished);
    QCOMPARE(healthy.consecutiveFailures(), 0);
}

void TestTaskSync::recoversFromACursorTheServerRejects()
{
    QVERIFY(m_store->saveSyncState({u"garbage!"_s, "\"garbage!\"", {}}).ok());
    TaskSync sync(m_api.get(), m_store.get());
    const Outcome outcome = runSync(sync);
    QVERIFY2(outcome.finished, qPrintable(outcome.error ? outcome.error->message : u"no report"_s));
    QVERIFY(outcome.changed >= 40);
    QVERIFY(m_store->syncState().value().cursor != u"garbage!"_s);
}

void TestTaskSync::endsCleanlyWhenItsClientGoesAway()
{
    // A server that accepts and never answers keeps the request in flight.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    auto api = std::make_unique<ApiClient>(&m_network);
    api->setBaseUrl(QUrl(u"https://127.0.0.1:%1"_s.arg(silent.serverPort())));
    api->setPinnedFingerprint(m_server.fingerprint());
    TaskSync sync(api.get(), m_store.get());
    QSignalSpy failed(&sync, &TaskSync::syncFailed);
    QVERIFY(sync.syncNow());
    QTRY_VERIFY(silent.hasPendingConnections());
    api.reset();  // e.g. re-enrolment replaced the client
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().first().value<Error>().code, u"cancelled"_s);
    QVERIFY(!sync.isSyncing());
}

QTEST_GUILESS_MAIN(TestTaskSync)
#include "TestTaskSync.moc"
