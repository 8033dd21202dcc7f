// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "CoreTestSession.h"

#include "core/net/ApiClient.h"
#include "core/store/LocalStore.h"
#include "core/sync/OutboxSender.h"

#include <QNetworkAccessManager>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace buurtmunt;
using namespace buurtmunt::test;

// The one mutation a fresh device can make is its own enrolment, so that is
// what travels through the outbox here: a good code is accepted, a bad one is
// refused by the real server.
class TestOutboxSender : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void sendsAndMarksSent();
    void announcesARefusalAndKeepsIt();
    void retriesAfterNetworkTroubleEvenAcrossARestart();
    void replaysWithTheStoredIdempotencyKey();

private:
    qint64 enqueueEnrolment(const QString& code, const QString& key = {});

    ServerProcess m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    const QString m_deviceSecret = ServerProcess::newDeviceSecret();
    std::unique_ptr<ApiClient> m_api;
};

void TestOutboxSender::initTestCase()
{
    QVERIFY2(m_server.start(ServerProcess::Options::withDemoData()), qPrintable(m_server.errorString()));
}

void TestOutboxSender::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<LocalStore>(m_dir->path());
    QVERIFY(m_store->open().ok());
    m_api = std::make_unique<ApiClient>(&m_network);
    pinTo(*m_api, m_server);
}

void TestOutboxSender::cleanup()
{
    m_api.reset();
    m_store.reset();
    m_dir.reset();
}

qint64 TestOutboxSender::enqueueEnrolment(const QString& code, const QString& key)
{
    return m_store
        ->enqueue("POST", u"/v1/devices/enrol"_s, {{u"code"_s, code}, {u"name"_s, u"Outbox test"_s}, {u"secret"_s, m_deviceSecret}}, key)
        .valueOr(-1);
}

void TestOutboxSender::sendsAndMarksSent()
{
    const QString code = m_server.enrolmentCode(u"kiosk"_s);
    QVERIFY2(!code.isEmpty(), qPrintable(m_server.errorString()));
    const qint64 id = enqueueEnrolment(code);
    QVERIFY(id > 0);
    OutboxSender sender(m_api.get(), m_store.get());
    QSignalSpy sent(&sender, &OutboxSender::operationSent);
    QSignalSpy refused(&sender, &OutboxSender::operationRefused);
    sender.start();
    QVERIFY(sent.wait(20000));
    QCOMPARE(sent.first().at(0).toLongLong(), id);
    QVERIFY(sent.first().at(1).toJsonDocument().object().value(u"deviceId"_s).toInteger() > 0);
    QCOMPARE(refused.size(), 0);
    QCOMPARE(m_store->outboxItem(id).value()->state, OutboxItem::State::Sent);
    QCOMPARE(m_store->nextOutboxAttempt().value(), std::nullopt);
}

void TestOutboxSender::announcesARefusalAndKeepsIt()
{
    const QString code = m_server.enrolmentCode(u"kiosk"_s);
    const qint64 bad = enqueueEnrolment(u"WRNG-CODE-0000"_s);
    const qint64 good = enqueueEnrolment(code);
    OutboxSender sender(m_api.get(), m_store.get());
    QSignalSpy sent(&sender, &OutboxSender::operationSent);
    QSignalSpy refused(&sender, &OutboxSender::operationRefused);
    sender.start();
    QTRY_VERIFY_WITH_TIMEOUT(sent.size() == 1, 20000);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().at(0).toLongLong(), bad);
    const Problem problem = refused.first().at(1).value<Problem>();
    QCOMPARE(problem.type, u"enrolment-code-invalid"_s);
    QCOMPARE(problem.status, 400);
    // A refusal does not block what comes after it.
    QCOMPARE(sent.first().at(0).toLongLong(), good);

    // Still there for a screen to show after a restart.
    m_store.reset();
    LocalStore reopened(m_dir->path());
    QVERIFY(reopened.open().ok());
    const QList<OutboxItem> kept = reopened.outboxItems(OutboxItem::State::Refused).value();
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().id, bad);
    QCOMPARE(kept.first().problem->type, u"enrolment-code-invalid"_s);
    QVERIFY(!kept.first().lastError.isEmpty());
}

void TestOutboxSender::retriesAfterNetworkTroubleEvenAcrossARestart()
{
    const QString code = m_server.enrolmentCode(u"kiosk"_s);
    const qint64 first = enqueueEnrolment(code);
    const qint64 second = enqueueEnrolment(m_server.enrolmentCode(u"kiosk"_s));
    {
        ApiClient offline(&m_network);
        offline.setBaseUrl(closedPortUrl());
        offline.setPinnedFingerprint(m_server.fingerprint());
        OutboxSender sender(&offline, m_store.get());
        sender.setRetryPolicy(RetryPolicy(3));
        QSignalSpy deferred(&sender, &OutboxSender::operationDeferred);
        QSignalSpy idle(&sender, &OutboxSender::idle);
        sender.start();
        QVERIFY(idle.wait(10000));
        QCOMPARE(deferred.size(), 1);
        QCOMPARE(deferred.first().at(0).toLongLong(), first);
        QCOMPARE(deferred.first().at(1).value<Error>().code, u"network"_s);
        const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(deferred.first().at(2).toDateTime());
        QVERIFY2(wait > 500 && wait <= 1200, qPrintable(QString::number(wait)));
        // The queue keeps its order: the second waits behind the first.
        QCOMPARE(m_store->outboxItem(first).value()->attempts, 1);
        QCOMPARE(m_store->outboxItem(second).value()->attempts, 0);
        QCOMPARE(m_store->outboxItem(first).value()->state, OutboxItem::State::Pending);
    }
    // The app restarts; the schedule was in the store.
    m_store.reset();
    m_store = std::make_unique<LocalStore>(m_dir->path());
    QVERIFY(m_store->open().ok());
    const OutboxItem pending = m_store->outboxItem(first).value().value();
    QCOMPARE(pending.attempts, 1);
    QVERIFY(!pending.lastError.isEmpty());

    OutboxSender sender(m_api.get(), m_store.get());
    QSignalSpy sent(&sender, &OutboxSender::operationSent);
    sender.start();
    QTRY_VERIFY_WITH_TIMEOUT(sent.size() == 2, 20000);
    QCOMPARE(sent.at(0).at(0).toLongLong(), first);
    QCOMPARE(sent.at(1).at(0).toLongLong(), second);
    // Not before its time.
    QVERIFY(QDateTime::currentDateTimeUtc() >= pending.nextAttempt);
    QCOMPARE(m_store->outboxItem(first).value()->attempts, 2);
}

void TestOutboxSender::replaysWithTheStoredIdempotencyKey()
{
    // The same operation queued twice under one key (an answer was lost and
    // the operation re-sent) is applied once: the same device comes back.
    const QString code = m_server.enrolmentCode(u"kiosk"_s);
    const QString key = ApiClient::newIdempotencyKey();
    const qint64 id = enqueueEnrolment(code, key);
    OutboxSender sender(m_api.get(), m_store.get());
    QSignalSpy sent(&sender, &OutboxSender::operationSent);
    sender.start();
    QVERIFY(sent.wait(20000));
    const qint64 deviceId = sent.first().at(1).toJsonDocument().object().value(u"deviceId"_s).toInteger();

    QTemporaryDir otherDir;
    LocalStore other(otherDir.path());
    QVERIFY(other.open().ok());
    QVERIFY(other.enqueue("POST", u"/v1/devices/enrol"_s, {{u"code"_s, code}, {u"name"_s, u"Outbox test"_s}, {u"secret"_s, m_deviceSecret}}, key)
                .ok());
    OutboxSender replay(m_api.get(), &other);
    QSignalSpy replayed(&replay, &OutboxSender::operationSent);
    QSignalSpy refused(&replay, &OutboxSender::operationRefused);
    replay.start();
    QTRY_VERIFY_WITH_TIMEOUT(replayed.size() + refused.size() > 0, 20000);
    QVERIFY2(refused.isEmpty(), qPrintable(refused.isEmpty() ? QString() : refused.first().at(1).value<Problem>().message()));
    QCOMPARE(replayed.first().at(1).toJsonDocument().object().value(u"deviceId"_s).toInteger(), deviceId);
    QVERIFY(id > 0);
}

QTEST_GUILESS_MAIN(TestOutboxSender)
#include "TestOutboxSender.moc"
