// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "HttpsTestClient.h"
#include "ServerProcess.h"
#include "TestBackend.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace buurtmunt;
using namespace buurtmunt::test;

// The API as an enrolled device sees it, against the real server process over
// HTTPS on 127.0.0.1.
class TestServerApi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void healthReadinessAndMetrics();
    void enrolmentReturnsSecretKeysAndMunicipality();
    void enrolmentReplayReturnsTheSameDevice();
    void counterEnrolsForItsShop();
    void fullTaskListingHasTheDemoTasks();
    void unchangedResyncIsNotModified();
    void pagedListingDeliversEveryTaskOnce();
    void deltaCarriesOnlyWhatChanged();
    void singleTaskWithEtag();
    void requestIdIsEchoed();
    void revokedDeviceIsRefusedAtOnce();
    void cleanupTestCase();

private:
    struct Enrolled {
        qint64 deviceId = 0;
        QString secret;
        QJsonObject answer;
    };
    Enrolled enrol(const QString& role, std::optional<qint64> shop = std::nullopt, const QByteArray& key = {});
    HttpsTestClient deviceClient(const Enrolled& device);
    // Stands in for staff editing a task until the staff API exists: the same
    // statements TaskService::setStatus runs.
    void closeTaskDirectly(qint64 taskId);

    ServerProcess m_server;
    Enrolled m_kiosk;
    int m_keyCounter = 0;
};

void TestServerApi::initTestCase()
{
    QString error;
    const ServerProcess::Options options = serverOptions(true, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    m_kiosk = enrol(u"kiosk"_s);
    QVERIFY(m_kiosk.deviceId > 0);
}

void TestServerApi::cleanupTestCase()
{
    m_server.stop();
}

TestServerApi::Enrolled TestServerApi::enrol(const QString& role, std::optional<qint64> shop, const QByteArray& key)
{
    const QString code = m_server.enrolmentCode(role, shop);
    if (code.isEmpty()) {
        qWarning("no enrolment code: %s", qPrintable(m_server.standardError()));
        return {};
    }
    HttpsTestClient client(m_server.url(), m_server.fingerprint());
    const QString secret = ServerProcess::newDeviceSecret();
    const QByteArray body = QJsonDocument(QJsonObject{{u"code"_s, code}, {u"name"_s, u"Test %1"_s.arg(role)},
                                                      {u"secret"_s, secret}}).toJson();
    const HttpReply reply = client.postJson(u"/v1/devices/enrol"_s, body,
                                            key.isEmpty() ? "enrol-" + QByteArray::number(++m_keyCounter) + "-abcdef" : key);
    if (reply.status != 201) {
        qWarning("enrolment failed: %s", qPrintable(reply.describe()));
        return {};
    }
    const QJsonObject answer = reply.json();
    return {answer.value(u"deviceId"_s).toInteger(), secret, answer};
}

HttpsTestClient TestServerApi::deviceClient(const Enrolled& device)
{
    HttpsTestClient client(m_server.url(), m_server.fingerprint());
    client.setDeviceCredentials(device.deviceId, device.secret);
    return client;
}

void TestServerApi::closeTaskDirectly(qint64 taskId)
{
    const QString name = u"direct-%1"_s.arg(taskId);
    {
        QSqlDatabase db = openServerDatabase(m_server, name);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY(db.transaction());
        QVERIFY2(q.exec(u"UPDATE change_sequences SET value = value + 1 WHERE name = 'tasks' RETURNING value"_s),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        const qint64 seq = q.value(0).toLongLong();
        QVERIFY(q.prepare(u"UPDATE tasks SET status = 'closed', version = version + 1, change_seq = ? WHERE id = ?"_s));
        q.addBindValue(seq);
        q.addBindValue(taskId);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(db.commit());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestServerApi::healthReadinessAndMetrics()
{
    HttpsTestClient client(m_server.url(), m_server.fingerprint());
    QCOMPARE(client.get(u"/healthz"_s).status, 200);
    const HttpReply ready = client.get(u"/readyz"_s);
    QCOMPARE(ready.status, 200);
    QCOMPARE(ready.json().value(u"status"_s).toString(), u"ready"_s);
    client.get(u"/v1/tasks"_s);  // an unauthenticated request, counted as 401
    const HttpReply metrics = client.get(u"/metrics"_s);
    QCOMPARE(metrics.status, 200);
    QVERIFY(metrics.header("Content-Type").startsWith("text/plain; version=0.0.4"));
    QVERIFY2(metrics.body.contains("buurtmunt_http_requests_total{route=\"/v1/tasks\",method=\"GET\",status=\"401\"}"),
             metrics.body.constData());
    QVERIFY(metrics.body.contains("buurtmunt_http_request_duration_seconds_bucket{route=\"/healthz\""));
}

void TestServerApi::enrolmentReturnsSecretKeysAndMunicipality()
{
    const QJsonObject answer = m_kiosk.answer;
    QCOMPARE(answer.value(u"role"_s).toString(), u"kiosk"_s);
    QVERIFY(answer.value(u"shopId"_s).isNull());
    // The device made its secret; the server keeps only a hash and never sends it.
    QVERIFY(!answer.contains(u"secret"_s));
    const QJsonArray keys = answer.value(u"voucherKeys"_s).toArray();
    QCOMPARE(keys.size(), 1);
    QCOMPARE(QByteArray::fromBase64(keys.at(0).toObject().value(u"publicKey"_s).toString().toLatin1()).size(), 32);
    const QJsonObject municipality = answer.value(u"municipality"_s).toObject();
    QCOMPARE(municipality.value(u"name"_s).toString(), u"Heerlen"_s);
    QCOMPARE(municipality.value(u"coinName"_s).toString(), u"Heitje"_s);
    QCOMPARE(municipality.value(u"euroCentsPerCoin"_s).toInt(), 100);

    // The device is who it says, and the server never stored the secret itself.
    const HttpReply me = deviceClient(m_kiosk).get(u"/v1/device"_s);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(u"deviceId"_s).toInteger(), m_kiosk.deviceId);
    QVERIFY(!me.json().contains(u"secret"_s));
    if (!usePostgres()) {
        // Not in the database, not in its write-ahead log, not in stored replays.
        for (const QString& file : {u"/buurtmunt.sqlite"_s, u"/buurtmunt.sqlite-wal"_s}) {
            QFile sqlite(m_server.dataDir() + file);
            if (sqlite.open(QIODevice::ReadOnly))
                QVERIFY2(!sqlite.readAll().contains(m_kiosk.secret.toLatin1()), qPrintable(file));
        }
    }
}

void TestServerApi::enrolmentReplayReturnsTheSameDevice()
{
    const QString code = m_server.enrolmentCode(u"kiosk"_s);
    HttpsTestClient client(m_server.url(), m_server.fingerprint());
    const QByteArray body = QJsonDocument(QJsonObject{{u"code"_s, code}, {u"name"_s, u"Kiosk bibliotheek"_s},
                                                      {u"secret"_s, ServerProcess::newDeviceSecret()}}).toJson();
    const HttpReply first = client.postJson(u"/v1/devices/enrol"_s, body, "replayed-enrolment-1");
    QCOMPARE(first.status, 201);
    // A lost answer is retried with the same key: the same device comes back,
    // not a second one and not a refusal for a used code.
    const HttpReply retry = client.postJson(u"/v1/devices/enrol"_s, body, "replayed-enrolment-1");
    QCOMPARE(retry.status, 201);
    QCOMPARE(retry.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(retry.json().value(u"deviceId"_s), first.json().value(u"deviceId"_s));
    QCOMPARE(retry.body, first.body);
    // A new operation with the used code is refused.
    const HttpReply again = client.postJson(u"/v1/devices/enrol"_s, body, "replayed-enrolment-2");
    QCOMPARE(again.status, 400);
    QCOMPARE(again.problemSlug(), u"enrolment-code-invalid"_s);

    QByteArray listing;
    QStringList arguments{u"devices"_s, u"--data-dir"_s, m_server.dataDir()};
    if (!m_server.databaseUrl().isEmpty())
        arguments << u"--database"_s << m_server.databaseUrl();
    QCOMPARE(m_server.runCli(arguments, &listing), 0);
    QCOMPARE(listing.count("Kiosk bibliotheek"), 1);
}

void TestServerApi::counterEnrolsForItsShop()
{
    const Enrolled counter = enrol(u"counter"_s, 2);
    QVERIFY(counter.deviceId > 0);
    QCOMPARE(counter.answer.value(u"role"_s).toString(), u"counter"_s);
    QCOMPARE(counter.answer.value(u"shopId"_s).toInteger(), 2);
    QCOMPARE(deviceClient(counter).get(u"/v1/tasks"_s).status, 200);
}

void TestServerApi::fullTaskListingHasTheDemoTasks()
{
    const HttpReply reply = deviceClient(m_kiosk).get(u"/v1/tasks"_s);
    QCOMPARE(reply.status, 200);
    const QJsonObject page = reply.json();
    const QJsonArray items = page.value(u"items"_s).toArray();
    QVERIFY2(items.size() >= 40, qPrintable(QString::number(items.size())));
    QCOMPARE(page.value(u"hasMore"_s).toBool(), false);
    QCOMPARE(reply.header("ETag"), '"' + page.value(u"cursor"_s).toString().toLatin1() + '"');
    bool bench = false;
    for (const QJsonValue& value : items) {
        const QJsonObject task = value.toObject();
        QCOMPARE(task.value(u"status"_s).toString(), u"published"_s);
        QVERIFY(task.value(u"rewardCents"_s).toInteger() > 0);
        bench = bench || (task.value(u"title"_s).toString().contains(u"Bank schilderen"_s)
                          && task.value(u"rewardCents"_s).toInteger() == 1500);
    }
    QVERIFY2(bench, "the demo has Heerlen's classic: painting a bench for 15 coins");
}

void TestServerApi::unchangedResyncIsNotModified()
{
    HttpsTestClient client = deviceClient(m_kiosk);
    const HttpReply full = client.get(u"/v1/tasks"_s);
    const QString cursor = full.json().value(u"cursor"_s).toString();
    const HttpReply again = client.get(u"/v1/tasks?since="_s + cursor, {{"If-None-Match", full.header("ETag")}});
    QCOMPARE(again.status, 304);
    QVERIFY(again.body.isEmpty());
    // Without the validator the answer is an empty delta, not an error.
    const HttpReply plain = client.get(u"/v1/tasks?since="_s + cursor);
    QCOMPARE(plain.status, 200);
    QCOMPARE(plain.json().value(u"items"_s).toArray().size(), 0);
    QCOMPARE(plain.json().value(u"cursor"_s).toString(), cursor);
}

void TestServerApi::pagedListingDeliversEveryTaskOnce()
{
    HttpsTestClient client = deviceClient(m_kiosk);
    QSet<qint64> seen;
    QString cursor = u"0"_s;
    int pages = 0;
    for (bool more = true; more; ++pages) {
        QVERIFY(pages < 20);
        const HttpReply reply = client.get(u"/v1/tasks?limit=7&since="_s + cursor);
        QCOMPARE(reply.status, 200);
        const QJsonObject page = reply.json();
        for (const QJsonValue& value : page.value(u"items"_s).toArray()) {
            const qint64 id = value.toObject().value(u"id"_s).toInteger();
            QVERIFY2(!seen.contains(id), "a task came twice");
            seen.insert(id);
        }
        more = page.value(u"hasMore"_s).toBool();
        cursor = page.value(u"cursor"_s).toString();
    }
    const qint64 total = deviceClient(m_kiosk).get(u"/v1/tasks"_s).json().value(u"items"_s).toArray().size();
    QCOMPARE(seen.size(), total);
    QVERIFY(pages >= 6);
}

void TestServerApi::deltaCarriesOnlyWhatChanged()
{
    HttpsTestClient client = deviceClient(m_kiosk);
    const HttpReply full = client.get(u"/v1/tasks"_s);
    const QString cursor = full.json().value(u"cursor"_s).toString();
    const qint64 taskId = full.json().value(u"items"_s).toArray().at(3).toObject().value(u"id"_s).toInteger();
    closeTaskDirectly(taskId);

    const HttpReply delta = client.get(u"/v1/tasks?since="_s + cursor, {{"If-None-Match", full.header("ETag")}});
    QCOMPARE(delta.status, 200);
    const QJsonArray items = delta.json().value(u"items"_s).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).toObject().value(u"id"_s).toInteger(), taskId);
    QCOMPARE(items.at(0).toObject().value(u"status"_s).toString(), u"closed"_s);
    QVERIFY(delta.json().value(u"cursor"_s).toString().toLongLong() > cursor.toLongLong());
}

void TestServerApi::singleTaskWithEtag()
{
    HttpsTestClient client = deviceClient(m_kiosk);
    const HttpReply task = client.get(u"/v1/tasks/1"_s);
    QCOMPARE(task.status, 200);
    QCOMPARE(task.json().value(u"id"_s).toInteger(), 1);
    QVERIFY(task.header("ETag").startsWith("\"v"));
    QCOMPARE(client.get(u"/v1/tasks/1"_s, {{"If-None-Match", task.header("ETag")}}).status, 304);
    const HttpReply missing = client.get(u"/v1/tasks/999999"_s);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.problemSlug(), u"task-not-found"_s);
    QCOMPARE(client.get(u"/v1/tasks/abc"_s).problemSlug(), u"task-not-found"_s);
}

void TestServerApi::requestIdIsEchoed()
{
    HttpsTestClient client = deviceClient(m_kiosk);
    QCOMPARE(client.get(u"/v1/tasks/1"_s, {{"X-Request-ID", "kiosk-42.abc"}}).header("X-Request-ID"), QByteArray("kiosk-42.abc"));
    // An unsafe id is replaced, never echoed into a header or a log line.
    const QByteArray replaced = client.get(u"/v1/tasks/1"_s, {{"X-Request-ID", "evil id with spaces"}}).header("X-Request-ID");
    QVERIFY(!replaced.isEmpty());
    QVERIFY(!replaced.contains(' '));
}

void TestServerApi::revokedDeviceIsRefusedAtOnce()
{
    const Enrolled device = enrol(u"kiosk"_s);
    HttpsTestClient client = deviceClient(device);
    QCOMPARE(client.get(u"/v1/tasks"_s).status, 200);
    QVERIFY(m_server.revokeDevice(device.deviceId));
    const HttpReply refused = client.get(u"/v1/tasks"_s);
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.problemSlug(), u"device-revoked"_s);
    // Other devices carry on.
    QCOMPARE(deviceClient(m_kiosk).get(u"/v1/tasks"_s).status, 200);
    // A wrong secret for a real device id is refused the same way as an unknown device.
    Enrolled forged = m_kiosk;
    forged.secret = u"AAAA"_s + m_kiosk.secret.mid(4);
    const HttpReply wrong = deviceClient(forged).get(u"/v1/tasks"_s);
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.problemSlug(), u"device-unauthorized"_s);
}

QTEST_GUILESS_MAIN(TestServerApi)
#include "TestServerApi.moc"
