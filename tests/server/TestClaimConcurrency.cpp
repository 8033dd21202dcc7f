// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "HttpsTestClient.h"
#include "ServerProcess.h"
#include "TestBackend.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <latch>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace buurtmunt;
using namespace buurtmunt::test;

// One resident, one kiosk session, twenty claims sent at the same moment over
// twenty HTTPS connections, for tasks whose rewards together exceed the room
// left under the yearly cap: the server must never let the claims together
// cross the cap, whatever order the database serialises them in.
class TestClaimConcurrency : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void concurrentClaimsNeverCrossTheCap();
    void claimsRacingACancelAreReleased();

private:
    using Device = EnrolledDevice;
    HttpReply call(const Device& device, const QByteArray& method, const QString& path, const QJsonObject& body = {},
                   const QByteArray& session = {});
    void setSetting(const QString& key, const QString& value);

    ServerProcess m_server;
    Device m_kiosk;
    Device m_staffDesk;
    int m_keys = 0;
};

namespace {
constexpr int kClaims = 20;
constexpr qint64 kRewardCents = 1000;
constexpr qint64 kYearlyCapCents = 9500;  // room for 9 of the 20
} // namespace

void TestClaimConcurrency::initTestCase()
{
    QString error;
    const ServerProcess::Options options = serverOptions(true, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    m_kiosk = enrolDevice(m_server, u"kiosk"_s);
    m_staffDesk = enrolDevice(m_server, u"staff"_s);
    QVERIFY(m_kiosk.id > 0 && m_staffDesk.id > 0);
}

void TestClaimConcurrency::cleanupTestCase()
{
    m_server.stop();
}

HttpReply TestClaimConcurrency::call(const Device& device, const QByteArray& method, const QString& path, const QJsonObject& body,
                                     const QByteArray& session)
{
    HttpsTestClient client(m_server.url(), m_server.fingerprint());
    client.setDeviceCredentials(device.id, device.secret);
    HeaderList headers;
    if (!session.isEmpty())
        headers.append({"Buurtmunt-Session", session});
    if (method == "GET")
        return client.get(path, headers);
    return client.postJson(path, QJsonDocument(body).toJson(), "setup-" + QByteArray::number(++m_keys) + "-abcdef", headers);
}

void TestClaimConcurrency::setSetting(const QString& key, const QString& value)
{
    {
        QSqlDatabase db = openServerDatabase(m_server, u"setting"_s);
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        q.addBindValue(key);
        q.addBindValue(value);
        QVERIFY(q.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(u"setting"_s);
}

void TestClaimConcurrency::concurrentClaimsNeverCrossTheCap()
{
    // The cap is the only limit in play: open claims and the monthly cap are
    // set out of the way.
    setSetting(u"cap.yearlyCents"_s, QString::number(kYearlyCapCents));
    setSetting(u"cap.monthlyCents"_s, u"1000000"_s);
    setSetting(u"claims.maxOpen"_s, u"100"_s);

    // A fresh resident and twenty published tasks, made through the API.
    const QByteArray staff = call(m_staffDesk, "POST", u"/v1/staff-sessions"_s,
                                  {{u"username"_s, u"demo"_s}, {u"password"_s, u"heitje-demo"_s}}).json().value(u"token"_s).toString().toLatin1();
    QVERIFY(!staff.isEmpty());
    const HttpReply registered = call(m_staffDesk, "POST", u"/v1/residents"_s,
                                      {{u"displayName"_s, u"Snelle Klikker"_s}, {u"neighbourhood"_s, u"Centrum"_s}, {u"pin"_s, u"1470"_s}},
                                      staff);
    QCOMPARE(registered.status, 201);
    QList<qint64> tasks;
    const QDate today = QDate::currentDate();
    for (int i = 0; i < kClaims; ++i) {
        const HttpReply created = call(m_staffDesk, "POST", u"/v1/tasks"_s,
            {{u"title"_s, u"Parallelle klus %1"_s.arg(i + 1)}, {u"description"_s, QString()}, {u"category"_s, u"litter"_s},
             {u"neighbourhood"_s, u"Centrum"_s}, {u"address"_s, u"Markt, Heerlen"_s}, {u"rewardCents"_s, kRewardCents},
             {u"estimatedMinutes"_s, 120}, {u"capacity"_s, 5}, {u"windowStart"_s, today.addDays(-1).toString(Qt::ISODate)},
             {u"windowEnd"_s, today.addDays(10).toString(Qt::ISODate)}, {u"safetyNotes"_s, QString()}, {u"toolboxNeeded"_s, false}},
            staff);
        QVERIFY2(created.status == 201, qPrintable(created.describe()));
        const qint64 id = created.json().value(u"id"_s).toInteger();
        QCOMPARE(call(m_staffDesk, "POST", u"/v1/tasks/%1/publish"_s.arg(id), {}, staff).status, 200);
        tasks.append(id);
    }
    const HttpReply login = call(m_kiosk, "POST", u"/v1/resident-sessions"_s,
                                 {{u"pass"_s, registered.json().value(u"passToken"_s).toString()}, {u"pin"_s, u"1470"_s}});
    QCOMPARE(login.status, 201);
    const QByteArray session = login.json().value(u"token"_s).toString().toLatin1();
    const qint64 room = call(m_kiosk, "GET", u"/v1/me"_s, {}, session).json().value(u"remainingYearCents"_s).toInteger();
    QCOMPARE(room, kYearlyCapCents);

    // Each thread has its own client (its own connection) and waits at the
    // latch, so all twenty requests leave together.
    std::vector<HttpReply> replies(kClaims);
    std::latch ready(kClaims);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < kClaims; ++i) {
        threads.emplace_back(QThread::create([&, i] {
            HttpsTestClient client(m_server.url(), m_server.fingerprint());
            client.setDeviceCredentials(m_kiosk.id, m_kiosk.secret);
            client.setTimeoutMs(60000);
            // A first request opens the TLS connection, so the claims race
            // on the database rather than on handshakes.
            client.get(u"/healthz"_s);
            ready.arrive_and_wait();
            replies[static_cast<size_t>(i)] = client.postJson(u"/v1/claims"_s,
                QJsonDocument(QJsonObject{{u"taskId"_s, tasks.at(i)}}).toJson(QJsonDocument::Compact),
                "parallel-claim-" + QByteArray::number(i) + "-abcdef", {{"Buurtmunt-Session", session}});
        }));
        threads.back()->start();
    }
    for (const auto& thread : threads)
        QVERIFY(thread->wait(120000));

    qint64 claimedCents = 0;
    int accepted = 0;
    int capped = 0;
    for (const HttpReply& reply : replies) {
        if (reply.status == 201) {
            ++accepted;
            claimedCents += reply.json().value(u"rewardCents"_s).toInteger();
        } else {
            QVERIFY2(reply.status == 409 && reply.problemSlug() == u"earnings-cap"_s, qPrintable(reply.describe()));
            QVERIFY(reply.json().value(u"remainingYearCents"_s).toInteger() < kRewardCents);
            ++capped;
        }
    }
    qInfo("%d claims accepted (%lld cents), %d refused at the cap", accepted, static_cast<long long>(claimedCents), capped);
    QVERIFY(claimedCents <= room);
    // Nothing refused for another reason: exactly as many as fit got through.
    QCOMPARE(accepted, static_cast<int>(room / kRewardCents));
    QCOMPARE(accepted + capped, kClaims);

    // What the server stored agrees with what it answered.
    const QJsonObject me = call(m_kiosk, "GET", u"/v1/me"_s, {}, session).json();
    QCOMPARE(me.value(u"pendingCents"_s).toInteger(), claimedCents);
    QCOMPARE(me.value(u"openClaims"_s).toInt(), accepted);
    QCOMPARE(me.value(u"remainingYearCents"_s).toInteger(), room - claimedCents);
    int slotsTaken = 0;
    for (const QJsonValue& item : call(m_staffDesk, "GET", u"/v1/staff/tasks"_s, {}, staff).json().value(u"items"_s).toArray()) {
        if (tasks.contains(item.toObject().value(u"id"_s).toInteger()))
            slotsTaken += item.toObject().value(u"slotsTaken"_s).toInt();
    }
    QCOMPARE(slotsTaken, accepted);
}

// Residents claim a task at the moment a coordinator cancels it. Whatever
// the order, a cancelled task must hold no claimed place afterwards: a claim
// that slipped in around the cancel would keep a place, count as pending
// under the resident's cap and could still be submitted and paid.
void TestClaimConcurrency::claimsRacingACancelAreReleased()
{
    constexpr int kResidents = 12;
    constexpr int kRounds = 4;
    setSetting(u"cap.yearlyCents"_s, u"10000000"_s);
    setSetting(u"cap.monthlyCents"_s, u"10000000"_s);
    setSetting(u"claims.maxOpen"_s, u"100"_s);
    const QByteArray staff = call(m_staffDesk, "POST", u"/v1/staff-sessions"_s,
                                  {{u"username"_s, u"demo"_s}, {u"password"_s, u"heitje-demo"_s}}).json().value(u"token"_s).toString().toLatin1();
    QVERIFY(!staff.isEmpty());
    QList<QByteArray> sessions;
    for (int i = 0; i < kResidents; ++i) {
        const QString pin = u"25%1"_s.arg(10 + i);
        const HttpReply registered = call(m_staffDesk, "POST", u"/v1/residents"_s,
            {{u"displayName"_s, u"Racer %1"_s.arg(i)}, {u"neighbourhood"_s, u"Centrum"_s}, {u"pin"_s, pin}}, staff);
        QVERIFY2(registered.status == 201, qPrintable(registered.describe()));
        const HttpReply login = call(m_kiosk, "POST", u"/v1/resident-sessions"_s,
            {{u"pass"_s, registered.json().value(u"passToken"_s).toString()}, {u"pin"_s, pin}});
        QVERIFY2(login.status == 201, qPrintable(login.describe()));
        sessions.append(login.json().value(u"token"_s).toString().toLatin1());
    }
    const QDate today = QDate::currentDate();
    for (int round = 0; round < kRounds; ++round) {
        const HttpReply created = call(m_staffDesk, "POST", u"/v1/tasks"_s,
            {{u"title"_s, u"Afgelaste klus %1"_s.arg(round + 1)}, {u"description"_s, QString()}, {u"category"_s, u"litter"_s},
             {u"neighbourhood"_s, u"Centrum"_s}, {u"address"_s, u"Markt, Heerlen"_s}, {u"rewardCents"_s, 500},
             {u"estimatedMinutes"_s, 60}, {u"capacity"_s, kResidents}, {u"windowStart"_s, today.addDays(-1).toString(Qt::ISODate)},
             {u"windowEnd"_s, today.addDays(10).toString(Qt::ISODate)}, {u"safetyNotes"_s, QString()}, {u"toolboxNeeded"_s, false}},
            staff);
        QVERIFY2(created.status == 201, qPrintable(created.describe()));
        const qint64 taskId = created.json().value(u"id"_s).toInteger();
        QCOMPARE(call(m_staffDesk, "POST", u"/v1/tasks/%1/publish"_s.arg(taskId), {}, staff).status, 200);

        // Thread 0 cancels, the others claim; all leave the latch together.
        std::vector<HttpReply> replies(kResidents + 1);
        std::latch ready(kResidents + 1);
        std::vector<std::unique_ptr<QThread>> threads;
        for (int i = 0; i <= kResidents; ++i) {
            threads.emplace_back(QThread::create([&, i] {
                HttpsTestClient client(m_server.url(), m_server.fingerprint());
                client.setTimeoutMs(60000);
                const QByteArray key = "race-" + QByteArray::number(round) + '-' + QByteArray::number(i) + "-abcdef";
                if (i == 0) {
                    client.setDeviceCredentials(m_staffDesk.id, m_staffDesk.secret);
                    client.get(u"/healthz"_s);
                    ready.arrive_and_wait();
                    // Let the first claims get under way, so the cancel lands
                    // in the middle of them rather than before them all.
                    QThread::msleep(static_cast<unsigned long>(2 + round * 3));
                    replies[0] = client.postJson(u"/v1/tasks/%1/cancel"_s.arg(taskId), "{}", key, {{"Buurtmunt-Session", staff}});
                    return;
                }
                client.setDeviceCredentials(m_kiosk.id, m_kiosk.secret);
                client.get(u"/healthz"_s);
                ready.arrive_and_wait();
                replies[static_cast<size_t>(i)] = client.postJson(u"/v1/claims"_s,
                    QJsonDocument(QJsonObject{{u"taskId"_s, taskId}}).toJson(QJsonDocument::Compact), key,
                    {{"Buurtmunt-Session", sessions.at(i - 1)}});
            }));
            threads.back()->start();
        }
        for (const auto& thread : threads)
            QVERIFY(thread->wait(120000));

        QVERIFY2(replies[0].status == 200, qPrintable(replies[0].describe()));
        int accepted = 0;
        for (int i = 1; i <= kResidents; ++i) {
            const HttpReply& reply = replies[static_cast<size_t>(i)];
            if (reply.status == 201)
                ++accepted;
            else
                QVERIFY2(reply.status == 409 && reply.problemSlug() == u"task-not-open"_s, qPrintable(reply.describe()));
        }
        // Every claim the server accepted was released by the cancel.
        int stillClaimed = 0;
        for (const QByteArray& session : sessions) {
            const QJsonArray claims = call(m_kiosk, "GET", u"/v1/me/claims"_s, {}, session).json().value(u"items"_s).toArray();
            for (const QJsonValue& claim : claims) {
                if (claim.toObject().value(u"taskId"_s).toInteger() == taskId
                    && claim.toObject().value(u"status"_s).toString() != u"released"_s)
                    ++stillClaimed;
            }
        }
        const HttpReply task = call(m_kiosk, "GET", u"/v1/tasks/%1"_s.arg(taskId));
        qInfo("round %d: %d claims accepted before the cancel, %d still held afterwards", round + 1, accepted, stillClaimed);
        QCOMPARE(task.json().value(u"status"_s).toString(), u"cancelled"_s);
        QCOMPARE(stillClaimed, 0);
        QCOMPARE(task.json().value(u"slotsTaken"_s).toInt(), 0);
    }
}

QTEST_GUILESS_MAIN(TestClaimConcurrency)
#include "TestClaimConcurrency.moc"
