// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "HttpsTestClient.h"
#include "ServerProcess.h"
#include "TestBackend.h"

#include "core/domain/Crypto.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace buurtmunt;
using namespace buurtmunt::test;

// Coordinators manage tasks through the real server: drafts stay off the
// kiosks, publishing and edits reach them through the change feed, stale
// edits are refused, and cancelling gives residents their places back.
class TestTaskAdminApi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void draftsStayOffKiosksUntilPublished();
    void editsNeedTheCurrentVersion();
    void capacityCannotDropBelowThePlacesTaken();
    void badTasksAreRefusedFieldByField();
    void statusFollowsTheStateMachine();
    void cancellingReleasesOpenClaims();
    void onlyCoordinatorsManageTasks();

private:
    using Device = EnrolledDevice;
    HttpReply call(const Device& device, const QByteArray& method, const QString& path, const QJsonObject& body = {},
                   const QByteArray& session = {});
    QByteArray login(const QString& user, const QString& password);
    QByteArray residentLogin(const QString& name);
    QJsonObject taskBody(const QString& title, int capacity = 2) const;
    QJsonObject createPublished(const QString& title, int capacity);
    QJsonObject staffTask(qint64 id);
    QString feedCursor();
    QJsonArray feedSince(const QString& cursor);
    void addStaff(const QString& user, const QString& roles);

    ServerProcess m_server;
    QHash<QString, QPair<QString, QString>> m_residents;
    Device m_kiosk;
    Device m_staffDesk;
    QByteArray m_coordinator;
    int m_keys = 0;
};

void TestTaskAdminApi::initTestCase()
{
    QString error;
    const ServerProcess::Options options = serverOptions(true, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    m_residents = demoResidents(m_server);
    QVERIFY(m_residents.size() >= 4);
    m_kiosk = enrolDevice(m_server, u"kiosk"_s);
    m_staffDesk = enrolDevice(m_server, u"staff"_s);
    QVERIFY(m_kiosk.id > 0 && m_staffDesk.id > 0);
    addStaff(u"planner"_s, u"coordinator"_s);
    addStaff(u"keurder"_s, u"approver,admin"_s);
    m_coordinator = login(u"planner"_s, u"wachtwoord-planner"_s);
    QVERIFY(!m_coordinator.isEmpty());
}

void TestTaskAdminApi::cleanupTestCase()
{
    m_server.stop();
}

HttpReply TestTaskAdminApi::call(const Device& device, const QByteArray& method, const QString& path, const QJsonObject& body,
                                 const QByteArray& session)
{
    HttpsTestClient client(m_server.url(), m_server.fingerprint());
    client.setDeviceCredentials(device.id, device.secret);
    HeaderList headers;
    if (!session.isEmpty())
        headers.append({"Buurtmunt-Session", session});
    if (method == "GET")
        return client.get(path, headers);
    headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    headers.append(qMakePair(QByteArray("Idempotency-Key"), "task-op-" + QByteArray::number(++m_keys) + "-abcdef"));
    return client.send(method, path, headers, QJsonDocument(body).toJson());
}

QByteArray TestTaskAdminApi::login(const QString& user, const QString& password)
{
    return call(m_staffDesk, "POST", u"/v1/staff-sessions"_s, {{u"username"_s, user}, {u"password"_s, password}})
        .json().value(u"token"_s).toString().toLatin1();
}

QByteArray TestTaskAdminApi::residentLogin(const QString& name)
{
    const auto [pass, pin] = m_residents.value(name);
    return call(m_kiosk, "POST", u"/v1/resident-sessions"_s, {{u"pass"_s, pass}, {u"pin"_s, pin}})
        .json().value(u"token"_s).toString().toLatin1();
}

void TestTaskAdminApi::addStaff(const QString& user, const QString& roles)
{
    {
        QSqlDatabase db = openServerDatabase(m_server, u"staff-"_s + user);
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO staff (username, display_name, password_hash, roles, created_at) VALUES (?, ?, ?, ?, 0)"_s);
        q.addBindValue(user);
        q.addBindValue(user);
        q.addBindValue(crypto::hashSecret(u"wachtwoord-"_s + user));
        q.addBindValue(roles);
        QVERIFY(q.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(u"staff-"_s + user);
}

QJsonObject TestTaskAdminApi::taskBody(const QString& title, int capacity) const
{
    const QDate today = QDate::currentDate();
    return {{u"title"_s, title}, {u"description"_s, u"Veeg het plein."_s}, {u"category"_s, u"cleaning"_s},
            {u"neighbourhood"_s, u"Centrum"_s}, {u"address"_s, u"Pancratiusplein, Heerlen"_s},
            {u"latitude"_s, 50.8874}, {u"longitude"_s, 5.9799}, {u"rewardCents"_s, 500}, {u"estimatedMinutes"_s, 60},
            {u"capacity"_s, capacity}, {u"windowStart"_s, today.addDays(-1).toString(Qt::ISODate)},
            {u"windowEnd"_s, today.addDays(20).toString(Qt::ISODate)}, {u"safetyNotes"_s, u"Hesje aan."_s},
            {u"toolboxNeeded"_s, false}};
}

QJsonObject TestTaskAdminApi::createPublished(const QString& title, int capacity)
{
    const HttpReply created = call(m_staffDesk, "POST", u"/v1/tasks"_s, taskBody(title, capacity), m_coordinator);
    if (created.status != 201)
        return {};
    return call(m_staffDesk, "POST", u"/v1/tasks/%1/publish"_s.arg(created.json().value(u"id"_s).toInteger()), {},
                m_coordinator).json();
}

QJsonObject TestTaskAdminApi::staffTask(qint64 id)
{
    for (const QJsonValue& item : call(m_staffDesk, "GET", u"/v1/staff/tasks"_s, {}, m_coordinator).json().value(u"items"_s).toArray()) {
        if (item.toObject().value(u"id"_s).toInteger() == id)
            return item.toObject();
    }
    return {};
}

QString TestTaskAdminApi::feedCursor()
{
    return call(m_kiosk, "GET", u"/v1/tasks"_s).json().value(u"cursor"_s).toString();
}

QJsonArray TestTaskAdminApi::feedSince(const QString& cursor)
{
    return call(m_kiosk, "GET", u"/v1/tasks?since="_s + cursor).json().value(u"items"_s).toArray();
}

void TestTaskAdminApi::draftsStayOffKiosksUntilPublished()
{
    const QString cursor = feedCursor();
    QVERIFY(!cursor.isEmpty());
    const HttpReply created = call(m_staffDesk, "POST", u"/v1/tasks"_s, taskBody(u"Plein vegen"_s), m_coordinator);
    QCOMPARE(created.status, 201);
    const QJsonObject draft = created.json();
    const qint64 id = draft.value(u"id"_s).toInteger();
    QCOMPARE(draft.value(u"status"_s).toString(), u"draft"_s);
    QCOMPARE(draft.value(u"version"_s).toInteger(), 1);
    QCOMPARE(draft.value(u"slotsTaken"_s).toInt(), 0);
    QCOMPARE(draft.value(u"rewardCents"_s).toInteger(), 500);
    QCOMPARE(created.header("Location"), "/v1/tasks/" + QByteArray::number(id));

    // Kiosks do not see it; the coordinator's list does, newest first.
    QVERIFY(feedSince(cursor).isEmpty());
    QCOMPARE(call(m_kiosk, "GET", u"/v1/tasks/%1"_s.arg(id)).status, 404);
    const QJsonArray all = call(m_staffDesk, "GET", u"/v1/staff/tasks"_s, {}, m_coordinator).json().value(u"items"_s).toArray();
    QCOMPARE(all.first().toObject().value(u"id"_s).toInteger(), id);
    const QJsonArray drafts = call(m_staffDesk, "GET", u"/v1/staff/tasks?status=draft"_s, {}, m_coordinator).json().value(u"items"_s).toArray();
    QCOMPARE(drafts.size(), 1);
    QVERIFY(call(m_staffDesk, "GET", u"/v1/staff/tasks?status=closed"_s, {}, m_coordinator).json().value(u"items"_s).toArray().isEmpty());
    const HttpReply badStatus = call(m_staffDesk, "GET", u"/v1/staff/tasks?status=open"_s, {}, m_coordinator);
    QCOMPARE(badStatus.status, 400);
    QCOMPARE(badStatus.problemSlug(), u"invalid-parameter"_s);

    const HttpReply published = call(m_staffDesk, "POST", u"/v1/tasks/%1/publish"_s.arg(id), {}, m_coordinator);
    QCOMPARE(published.status, 200);
    QCOMPARE(published.json().value(u"status"_s).toString(), u"published"_s);
    QCOMPARE(published.json().value(u"version"_s).toInteger(), 2);
    // The kiosk's next sync with its old cursor brings the task.
    const QJsonArray changed = feedSince(cursor);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().toObject().value(u"id"_s).toInteger(), id);
    QCOMPARE(changed.first().toObject().value(u"status"_s).toString(), u"published"_s);
    QCOMPARE(call(m_kiosk, "GET", u"/v1/tasks/%1"_s.arg(id)).status, 200);

    // Audited with who, where and which request.
    QSqlDatabase db = openServerDatabase(m_server, u"audit"_s);
    QSqlQuery q(db);
    QVERIFY(q.prepare(u"SELECT action, actor, device_id, request_id FROM audit_log WHERE object = ? ORDER BY id"_s));
    q.addBindValue(u"task:%1"_s.arg(id));
    QVERIFY(q.exec());
    QStringList actions;
    while (q.next()) {
        actions << q.value(0).toString();
        QVERIFY(q.value(1).toString().startsWith(u"staff:"_s));
        QCOMPARE(q.value(2).toLongLong(), m_staffDesk.id);
        QVERIFY(!q.value(3).toString().isEmpty());
    }
    QCOMPARE(actions, (QStringList{u"task.create"_s, u"task.published"_s}));
    db.close();
}

void TestTaskAdminApi::editsNeedTheCurrentVersion()
{
    const QJsonObject task = createPublished(u"Bloembak water geven"_s, 2);
    const qint64 id = task.value(u"id"_s).toInteger();
    QVERIFY(id > 0);
    const QString cursor = feedCursor();
    QJsonObject edit = taskBody(u"Bloembakken water geven"_s);
    edit.insert(u"rewardCents"_s, 450);
    edit.insert(u"version"_s, task.value(u"version"_s).toInteger());
    const HttpReply edited = call(m_staffDesk, "PUT", u"/v1/tasks/%1"_s.arg(id), edit, m_coordinator);
    QCOMPARE(edited.status, 200);
    QCOMPARE(edited.json().value(u"title"_s).toString(), u"Bloembakken water geven"_s);
    QCOMPARE(edited.json().value(u"version"_s).toInteger(), task.value(u"version"_s).toInteger() + 1);
    QCOMPARE(edited.json().value(u"status"_s).toString(), u"published"_s);
    const QJsonArray changed = feedSince(cursor);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().toObject().value(u"rewardCents"_s).toInteger(), 450);
    QCOMPARE(changed.first().toObject().value(u"version"_s).toInteger(), edited.json().value(u"version"_s).toInteger());

    // A second coordinator's edit from the old version is refused.
    edit.insert(u"title"_s, u"Oude bewerking"_s);
    const HttpReply stale = call(m_staffDesk, "PUT", u"/v1/tasks/%1"_s.arg(id), edit, m_coordinator);
    QCOMPARE(stale.status, 409);
    QCOMPARE(stale.problemSlug(), u"version-conflict"_s);
    QCOMPARE(staffTask(id).value(u"title"_s).toString(), u"Bloembakken water geven"_s);
    QCOMPARE(call(m_staffDesk, "PUT", u"/v1/tasks/999999"_s, edit, m_coordinator).problemSlug(), u"task-not-found"_s);
}

void TestTaskAdminApi::capacityCannotDropBelowThePlacesTaken()
{
    const QJsonObject task = createPublished(u"Stoep vegen"_s, 3);
    const qint64 id = task.value(u"id"_s).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(call(m_kiosk, "POST", u"/v1/claims"_s, {{u"taskId"_s, id}}, residentLogin(u"Anja Dreessen"_s)).status, 201);
    QCOMPARE(call(m_kiosk, "POST", u"/v1/claims"_s, {{u"taskId"_s, id}}, residentLogin(u"Joep Vliegen"_s)).status, 201);
    const QJsonObject current = staffTask(id);
    QCOMPARE(current.value(u"slotsTaken"_s).toInt(), 2);
    QJsonObject edit = taskBody(u"Stoep vegen"_s, 1);
    edit.insert(u"version"_s, current.value(u"version"_s).toInteger());
    const HttpReply refused = call(m_staffDesk, "PUT", u"/v1/tasks/%1"_s.arg(id), edit, m_coordinator);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.problemSlug(), u"capacity-below-taken"_s);
    edit.insert(u"capacity"_s, 2);
    QCOMPARE(call(m_staffDesk, "PUT", u"/v1/tasks/%1"_s.arg(id), edit, m_coordinator).status, 200);
    QCOMPARE(staffTask(id).value(u"capacity"_s).toInt(), 2);
}

void TestTaskAdminApi::badTasksAreRefusedFieldByField()
{
    const qsizetype before = call(m_staffDesk, "GET", u"/v1/staff/tasks"_s, {}, m_coordinator).json().value(u"items"_s).toArray().size();
    QJsonObject bad = taskBody(u"ab"_s);
    bad.insert(u"category"_s, u"dancing"_s);
    bad.insert(u"rewardCents"_s, 0);
    bad.insert(u"windowEnd"_s, u"2020-01-01"_s);
    const HttpReply refused = call(m_staffDesk, "POST", u"/v1/tasks"_s, bad, m_coordinator);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.problemSlug(), u"invalid-body"_s);
    QStringList names;
    for (const QJsonValue& param : refused.json().value(u"invalidParams"_s).toArray())
        names << param.toObject().value(u"name"_s).toString();
    names.sort();
    QCOMPARE(names, (QStringList{u"category"_s, u"rewardCents"_s, u"title"_s, u"windowEnd"_s}));

    // Types and unknown fields are named too; server-side fields may not be sent.
    QJsonObject wrongTypes = taskBody(u"Goede titel"_s);
    wrongTypes.insert(u"capacity"_s, u"twee"_s);
    wrongTypes.insert(u"windowStart"_s, u"morgen"_s);
    wrongTypes.insert(u"status"_s, u"published"_s);
    wrongTypes.remove(u"toolboxNeeded"_s);
    const HttpReply typed = call(m_staffDesk, "POST", u"/v1/tasks"_s, wrongTypes, m_coordinator);
    QCOMPARE(typed.status, 400);
    for (const QString& field : {u"capacity"_s, u"windowStart"_s, u"status"_s, u"toolboxNeeded"_s})
        QVERIFY2(typed.problemDetail().contains(field), qPrintable(typed.problemDetail()));
    QCOMPARE(call(m_staffDesk, "GET", u"/v1/staff/tasks"_s, {}, m_coordinator).json().value(u"items"_s).toArray().size(), before);
}

void TestTaskAdminApi::statusFollowsTheStateMachine()
{
    const QJsonObject task = createPublished(u"Prullenbakken legen"_s, 2);
    const qint64 id = task.value(u"id"_s).toInteger();
    QVERIFY(id > 0);
    const HttpReply again = call(m_staffDesk, "POST", u"/v1/tasks/%1/publish"_s.arg(id), {}, m_coordinator);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.problemSlug(), u"invalid-transition"_s);
    const QString cursor = feedCursor();
    const HttpReply closed = call(m_staffDesk, "POST", u"/v1/tasks/%1/close"_s.arg(id), {}, m_coordinator);
    QCOMPARE(closed.status, 200);
    QCOMPARE(closed.json().value(u"status"_s).toString(), u"closed"_s);
    QCOMPARE(feedSince(cursor).first().toObject().value(u"status"_s).toString(), u"closed"_s);
    // Closed is final: no edit, no cancel, no claims.
    QJsonObject edit = taskBody(u"Prullenbakken legen"_s);
    edit.insert(u"version"_s, closed.json().value(u"version"_s).toInteger());
    QCOMPARE(call(m_staffDesk, "PUT", u"/v1/tasks/%1"_s.arg(id), edit, m_coordinator).problemSlug(), u"invalid-transition"_s);
    QCOMPARE(call(m_staffDesk, "POST", u"/v1/tasks/%1/cancel"_s.arg(id), {}, m_coordinator).problemSlug(), u"invalid-transition"_s);
    QCOMPARE(call(m_kiosk, "POST", u"/v1/claims"_s, {{u"taskId"_s, id}}, residentLogin(u"Ria Schepers"_s)).problemSlug(),
             u"task-not-open"_s);
    // A draft can be cancelled without ever being published.
    const qint64 draft = call(m_staffDesk, "POST", u"/v1/tasks"_s, taskBody(u"Toch niet"_s), m_coordinator).json().value(u"id"_s).toInteger();
    QCOMPARE(call(m_staffDesk, "POST", u"/v1/tasks/%1/cancel"_s.arg(draft), {}, m_coordinator).json().value(u"status"_s).toString(),
             u"cancelled"_s);
    QCOMPARE(call(m_staffDesk, "POST", u"/v1/tasks/%1/close"_s.arg(draft), {}, m_coordinator).status, 409);
    QCOMPARE(call(m_staffDesk, "POST", u"/v1/tasks/999999/close"_s, {}, m_coordinator).status, 404);
}

void TestTaskAdminApi::cancellingReleasesOpenClaims()
{
    const QJsonObject task = createPublished(u"Speeltuin opruimen"_s, 3);
    const qint64 id = task.value(u"id"_s).toInteger();
    QVERIFY(id > 0);
    const QByteArray mohammed = residentLogin(u"Mohammed El Idrissi"_s);
    const QByteArray ria = residentLogin(u"Ria Schepers"_s);
    const int openBefore = call(m_kiosk, "GET", u"/v1/me"_s, {}, mohammed).json().value(u"openClaims"_s).toInt();
    const qint64 pendingBefore = call(m_kiosk, "GET", u"/v1/me"_s, {}, mohammed).json().value(u"pendingCents"_s).toInteger();
    const HttpReply claimed = call(m_kiosk, "POST", u"/v1/claims"_s, {{u"taskId"_s, id}}, mohammed);
    QCOMPARE(claimed.status, 201);
    const HttpReply done = call(m_kiosk, "POST", u"/v1/claims"_s, {{u"taskId"_s, id}}, ria);
    QCOMPARE(done.status, 201);
    const qint64 doneId = done.json().value(u"id"_s).toInteger();
    QCOMPARE(call(m_kiosk, "POST", u"/v1/claims/%1/submit"_s.arg(doneId), {{u"note"_s, u"Klaar"_s}}, ria).status, 200);
    QCOMPARE(call(m_kiosk, "GET", u"/v1/me"_s, {}, mohammed).json().value(u"openClaims"_s).toInt(), openBefore + 1);

    const QString cursor = feedCursor();
    const HttpReply cancelled = call(m_staffDesk, "POST", u"/v1/tasks/%1/cancel"_s.arg(id), {}, m_coordinator);
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(cancelled.json().value(u"status"_s).toString(), u"cancelled"_s);
    QCOMPARE(cancelled.json().value(u"slotsTaken"_s).toInt(), 1);  // the work already done keeps its place
    const QJsonObject inFeed = feedSince(cursor).last().toObject();
    QCOMPARE(inFeed.value(u"id"_s).toInteger(), id);
    QCOMPARE(inFeed.value(u"status"_s).toString(), u"cancelled"_s);

    // Mohammed's claim is released; his open claims and pending room are back.
    const QJsonObject me = call(m_kiosk, "GET", u"/v1/me"_s, {}, mohammed).json();
    QCOMPARE(me.value(u"openClaims"_s).toInt(), openBefore);
    QCOMPARE(me.value(u"pendingCents"_s).toInteger(), pendingBefore);
    QString status;
    for (const QJsonValue& claim : call(m_kiosk, "GET", u"/v1/me/claims"_s, {}, mohammed).json().value(u"items"_s).toArray()) {
        if (claim.toObject().value(u"id"_s).toInteger() == claimed.json().value(u"id"_s).toInteger())
            status = claim.toObject().value(u"status"_s).toString();
    }
    QCOMPARE(status, u"released"_s);
    // Ria's done work still waits for review and can be approved.
    const QByteArray approver = login(u"keurder"_s, u"wachtwoord-keurder"_s);
    const HttpReply approved = call(m_staffDesk, "POST", u"/v1/claims/%1/approve"_s.arg(doneId), {}, approver);
    QCOMPARE(approved.status, 200);
    QCOMPARE(approved.json().value(u"claim"_s).toObject().value(u"status"_s).toString(), u"approved"_s);
}

void TestTaskAdminApi::onlyCoordinatorsManageTasks()
{
    const QByteArray approver = login(u"keurder"_s, u"wachtwoord-keurder"_s);
    QVERIFY(!approver.isEmpty());
    const HttpReply refused = call(m_staffDesk, "POST", u"/v1/tasks"_s, taskBody(u"Niet van mij"_s), approver);
    QCOMPARE(refused.status, 403);
    QVERIFY(refused.problemDetail().contains(u"coordinator"_s));
    QCOMPARE(call(m_staffDesk, "GET", u"/v1/staff/tasks"_s, {}, approver).status, 403);
    QCOMPARE(call(m_kiosk, "GET", u"/v1/staff/tasks"_s, {}, residentLogin(u"Anja Dreessen"_s)).status, 403);
    QCOMPARE(call(m_staffDesk, "GET", u"/v1/staff/tasks"_s).status, 401);
}

QTEST_GUILESS_MAIN(TestTaskAdminApi)
#include "TestTaskAdminApi.moc"
