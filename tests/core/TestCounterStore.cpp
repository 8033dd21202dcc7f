// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "core/counter/OfflinePolicy.h"
#include "core/store/LocalStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace buurtmunt;

// The counter's part of the local store (schema version 2): the offline
// policy next to the enrolment, the voucher guard, the offline queue and the
// consecutive-offline count; and the upgrade of a version 1 file.
class TestCounterStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void policyRoundTripsAndDefaultsToOff();
    void policyFromTheDeviceAnswer_data();
    void policyFromTheDeviceAnswer();
    void offlineAcceptanceIsOneTransactionGuardedPerVoucher();
    void settlingAndTheCountSurviveAReopen();
    void versionOneFileIsUpgradedWithOfflineOff();

private:
    static Enrolment counterEnrolment();
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCounterStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestCounterStore::cleanup()
{
    m_dir.reset();
}

Enrolment TestCounterStore::counterEnrolment()
{
    Enrolment enrolment;
    enrolment.serverUrl = QUrl(u"https://127.0.0.1:8443"_s);
    enrolment.fingerprint = QByteArray(32, 'f');
    enrolment.deviceId = DeviceId(7);
    enrolment.role = u"counter"_s;
    enrolment.shopId = ShopId(3);
    enrolment.deviceName = u"Kassa Bakkerij"_s;
    enrolment.voucherKeys.insert(1, QByteArray(32, 'k'));
    enrolment.municipalityName = u"Heerlen"_s;
    enrolment.coinName = u"Heitje"_s;
    enrolment.coinNamePlural = u"Heitjes"_s;
    return enrolment;
}

void TestCounterStore::policyRoundTripsAndDefaultsToOff()
{
    LocalStore store(m_dir->path());
    QVERIFY(store.open().ok());
    QCOMPARE(store.schemaVersion().valueOr(0), 2);
    Enrolment enrolment = counterEnrolment();
    QVERIFY(!enrolment.offlinePolicy.enabled);
    enrolment.offlinePolicy = OfflinePolicy{true, Coins(1500), 2};
    QVERIFY(store.saveEnrolment(enrolment).ok());
    const auto loaded = store.enrolment();
    QVERIFY(loaded.ok() && loaded->has_value());
    QCOMPARE(loaded->value(), enrolment);
}

void TestCounterStore::policyFromTheDeviceAnswer_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<qint64>("floorCents");
    QTest::addColumn<int>("maxConsecutive");
    QTest::newRow("an older server sends nothing") << QJsonValue(QJsonValue::Undefined) << true << false << qint64(2500) << 5;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << true << false << qint64(2500) << 5;
    QTest::newRow("switched on")
        << QJsonValue(QJsonObject{{u"enabled"_s, true}, {u"floorLimitCents"_s, 2500}, {u"maxConsecutive"_s, 3}})
        << true << true << qint64(2500) << 3;
    QTest::newRow("enabled as text") << QJsonValue(QJsonObject{{u"enabled"_s, u"true"_s}, {u"floorLimitCents"_s, 2500},
                                                               {u"maxConsecutive"_s, 3}})
                                     << false << false << qint64(0) << 0;
    QTest::newRow("negative floor") << QJsonValue(QJsonObject{{u"enabled"_s, true}, {u"floorLimitCents"_s, -1},
                                                              {u"maxConsecutive"_s, 3}})
                                    << false << false << qint64(0) << 0;
    QTest::newRow("not an object") << QJsonValue(u"on"_s) << false << false << qint64(0) << 0;
}

void TestCounterStore::policyFromTheDeviceAnswer()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, ok);
    const Result<OfflinePolicy> policy = OfflinePolicy::fromJson(value);
    QCOMPARE(policy.ok(), ok);
    if (!ok) {
        QCOMPARE(policy.error().code, u"bad-response"_s);
        QVERIFY(policy.error().message.contains(u"offlineRedemption"_s));
        return;
    }
    QTEST(policy->enabled, "enabled");
    QTEST(policy->floorLimit.cents(), "floorCents");
    QTEST(policy->maxConsecutive, "maxConsecutive");
}

void TestCounterStore::offlineAcceptanceIsOneTransactionGuardedPerVoucher()
{
    LocalStore store(m_dir->path());
    QVERIFY(store.open().ok());
    CounterRedemption redemption;
    redemption.voucherId = QString(32, u'a');
    redemption.amount = Coins(500);
    redemption.offlineAcceptedAt = QDateTime::currentDateTimeUtc();
    redemption.state = CounterRedemption::State::Queued;
    const QJsonObject body{{u"token"_s, u"123"_s}, {u"offlineAcceptedAt"_s, u"2026-11-23T10:00:00Z"_s}};
    const Result<qint64> first = store.queueOfflineRedemption(redemption, u"/v1/redemptions"_s, body);
    QVERIFY(first.ok());
    QVERIFY(store.hasCounterVoucher(redemption.voucherId).valueOr(false));
    QCOMPARE(store.consecutiveOffline().valueOr(-1), 1);

    const Result<qint64> again = store.queueOfflineRedemption(redemption, u"/v1/redemptions"_s, body);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, u"already-redeemed-here"_s);
    // Nothing of the refused second attempt remains.
    const auto pending = store.outboxItems(OutboxItem::State::Pending);
    QCOMPARE(pending->size(), 1);
    QCOMPARE(pending->first().body, body);
    QCOMPARE(store.consecutiveOffline().valueOr(-1), 1);

    // A voucher redeemed online here is guarded too.
    CounterRedemption online;
    online.id = 42;
    online.voucherId = QString(32, u'b');
    online.amount = Coins(300);
    online.at = QDateTime::currentDateTimeUtc();
    QVERIFY(store.recordCounterVoucher(online).ok());
    QVERIFY(store.recordCounterVoucher(online).ok());
    online.offlineAcceptedAt = online.at;
    QCOMPARE(store.queueOfflineRedemption(online, u"/v1/redemptions"_s, body).error().code,
             u"already-redeemed-here"_s);
}

void TestCounterStore::settlingAndTheCountSurviveAReopen()
{
    qint64 outboxId = 0;
    {
        LocalStore store(m_dir->path());
        QVERIFY(store.open().ok());
        CounterRedemption redemption;
        redemption.voucherId = QString(32, u'c');
        redemption.amount = Coins(250);
        redemption.offlineAcceptedAt = QDateTime::currentDateTimeUtc();
        outboxId = store.queueOfflineRedemption(redemption, u"/v1/redemptions"_s, {}).valueOr(0);
        QVERIFY(outboxId > 0);
    }
    LocalStore store(m_dir->path());
    QVERIFY(store.open().ok());
    QCOMPARE(store.consecutiveOffline().valueOr(-1), 1);
    auto rows = store.counterRedemptions(QDateTime::fromMSecsSinceEpoch(0, Qt::UTC));
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().state, CounterRedemption::State::Queued);
    QCOMPARE(rows->first().outboxId, outboxId);
    QVERIFY(store.settleQueuedRedemption(outboxId, CounterRedemption::State::Refused, 0,
                                         u"voucher-offline-conflict"_s).ok());
    rows = store.counterRedemptions(QDateTime::fromMSecsSinceEpoch(0, Qt::UTC));
    QCOMPARE(rows->first().state, CounterRedemption::State::Refused);
    QCOMPARE(rows->first().refusal, u"voucher-offline-conflict"_s);
    QVERIFY(store.setConsecutiveOffline(0).ok());
    QCOMPARE(store.consecutiveOffline().valueOr(-1), 0);
    QVERIFY(store.wipe().ok());
    QVERIFY(!store.hasCounterVoucher(QString(32, u'c')).valueOr(true));
}

void TestCounterStore::versionOneFileIsUpgradedWithOfflineOff()
{
    {
        LocalStore store(m_dir->path());
        QVERIFY(store.open().ok());
        Enrolment enrolment = counterEnrolment();
        enrolment.offlinePolicy.enabled = true;
        QVERIFY(store.saveEnrolment(enrolment).ok());
    }
    {
        // Turn the file back into what version 1 wrote.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"downgrade"_s);
        db.setDatabaseName(m_dir->filePath(u"client.sqlite"_s));
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString& sql : {u"DROP TABLE counter_vouchers"_s, u"DROP TABLE counter_state"_s,
                                   u"ALTER TABLE enrolment DROP COLUMN offline_policy"_s,
                                   u"DELETE FROM schema_migrations WHERE version = 2"_s})
            QVERIFY2(query.exec(sql), qPrintable(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"downgrade"_s);

    LocalStore store(m_dir->path());
    QVERIFY(store.open().ok());
    QCOMPARE(store.schemaVersion().valueOr(0), 2);
    const auto loaded = store.enrolment();
    QVERIFY(loaded.ok() && loaded->has_value());
    QCOMPARE(loaded->value().deviceName, u"Kassa Bakkerij"_s);
    // Nobody switched offline acceptance on for this counter yet.
    QVERIFY(!loaded->value().offlinePolicy.enabled);
    QVERIFY(!store.hasCounterVoucher(QString(32, u'a')).valueOr(true));
}

QTEST_GUILESS_MAIN(TestCounterStore)
#include "TestCounterStore.moc"
