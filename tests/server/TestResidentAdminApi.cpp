// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "HttpsTestClient.h"
#include "ServerProcess.h"
#include "TestBackend.h"

#include "core/domain/Crypto.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace buurtmunt;
using namespace buurtmunt::test;

// Admins look after residents through the real server: a registered
// resident logs in at a kiosk with the printed pass, a replaced pass stops
// the old card at once, blocking logs the holder out, and PIN resets and
// unlocking undo the lockout rules.
class TestResidentAdminApi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void registeredResidentLogsInWithThePrintedPass();
    void passTokensAreNeverStored();
    void searchFindsNamesInAnyCase();
    void detailsShowEarningsClaimsAndHistory();
    void aNewPassReplacesTheOldOneAtOnce();
    void blockingEndsSessionsAndRefusesLogin();
    void unlockAfterTenWrongPins();
    void pinResetClearsTheTimedLock();
    void badBodiesChangeNothing_data();
    void badBodiesChangeNothing();
    void onlyAdminsManageResidents();

private:
    using Device = EnrolledDevice;
    HttpReply call(const Device& device, const QByteArray& method, const QString& path, const QJsonObject& body = {},
                   const QByteArray& session = {}, const QByteArray& key = {});
    HttpReply residentLogin(const QString& pass, const QString& pin);
    QJsonObject registerResident(const QString& name, const QString& pin);
    QJsonObject resident(qint64 id);
    qint64 residentCount();

    ServerProcess m_server;
    QHash<QString, QPair<QString, QString>> m_residents;
    Device m_kiosk;
    Device m_staffDesk;
    QByteArray m_admin;
    int m_keys = 0;
};

void TestResidentAdminApi::initTestCase()
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
    m_admin = call(m_staffDesk, "POST", u"/v1/staff-sessions"_s, {{u"username"_s, u"demo"_s}, {u"password"_s, u"heitje-demo"_s}})
                  .json().value(u"token"_s).toString().toLatin1();
    QVERIFY(!m_admin.isEmpty());
}

void TestResidentAdminApi::cleanupTestCase()
{
    m_server.stop();
}

HttpReply TestResidentAdminApi::call(const Device& device, const QByteArray& method, const QString& path,
                                     const QJsonObject& body, const QByteArray& session, const QByteArray& key)
{
    HttpsTestClient client(m_server.url(), m_server.fingerprint());
    client.setDeviceCredentials(device.id, device.secret);
    HeaderList headers;
    if (!session.isEmpty())
        headers.append({"Buurtmunt-Session", session});
    if (method == "GET")
        return client.get(path, headers);
    return client.postJson(path, QJsonDocument(body).toJson(),
                           key.isEmpty() ? "resident-op-" + QByteArray::number(++m_keys) + "-abcdef" : key, headers);
}

HttpReply TestResidentAdminApi::residentLogin(const QString& pass, const QString& pin)
{
    return call(m_kiosk, "POST", u"/v1/resident-sessions"_s, {{u"pass"_s, pass}, {u"pin"_s, pin}});
}

QJsonObject TestResidentAdminApi::registerResident(const QString& name, const QString& pin)
{
    return call(m_staffDesk, "POST", u"/v1/residents"_s,
                {{u"displayName"_s, name}, {u"neighbourhood"_s, u"Hoensbroek"_s}, {u"pin"_s, pin}}, m_admin)
        .json();
}

QJsonObject TestResidentAdminApi::resident(qint64 id)
{
    return call(m_staffDesk, "GET", u"/v1/residents/%1"_s.arg(id), {}, m_admin).json().value(u"resident"_s).toObject();
}

qint64 TestResidentAdminApi::residentCount()
{
    return call(m_staffDesk, "GET", u"/v1/residents"_s, {}, m_admin).json().value(u"items"_s).toArray().size();
}

void TestResidentAdminApi::registeredResidentLogsInWithThePrintedPass()
{
    const HttpReply registered = call(m_staffDesk, "POST", u"/v1/residents"_s,
                                      {{u"displayName"_s, u"Fatma Öztürk"_s}, {u"neighbourhood"_s, u"Centrum"_s}, {u"pin"_s, u"4321"_s}},
                                      m_admin, "register-fatma-1");
    QCOMPARE(registered.status, 201);
    const QJsonObject answer = registered.json();
    const QString pass = answer.value(u"passToken"_s).toString();
    QCOMPARE(pass.size(), 27);
    QCOMPARE(answer.value(u"passTokenDisplay"_s).toString().remove(u' ').remove(u'-'), pass);
    const QJsonObject person = answer.value(u"resident"_s).toObject();
    QCOMPARE(person.value(u"displayName"_s).toString(), u"Fatma Öztürk"_s);
    QCOMPARE(person.value(u"status"_s).toString(), u"active"_s);
    QCOMPARE(person.value(u"balanceCents"_s).toInteger(), 0);
    QVERIFY(person.value(u"lockedUntil"_s).isNull());
    QCOMPARE(registered.header("Cache-Control"), "no-store");

    const HttpReply login = residentLogin(pass, u"4321"_s);
    QCOMPARE(login.status, 201);
    QCOMPARE(login.json().value(u"displayName"_s).toString(), u"Fatma Öztürk"_s);
    QCOMPARE(residentLogin(pass, u"1234"_s).problemSlug(), u"pin-wrong"_s);

    // A retried registration does not register her twice, and the replay
    // does not carry the token.
    const qint64 before = residentCount();
    const HttpReply replay = call(m_staffDesk, "POST", u"/v1/residents"_s,
                                  {{u"displayName"_s, u"Fatma Öztürk"_s}, {u"neighbourhood"_s, u"Centrum"_s}, {u"pin"_s, u"4321"_s}},
                                  m_admin, "register-fatma-1");
    QCOMPARE(replay.status, 201);
    QCOMPARE(replay.header("Idempotent-Replayed"), "true");
    QVERIFY(replay.json().value(u"passToken"_s).isNull());
    QCOMPARE(replay.json().value(u"resident"_s).toObject().value(u"id"_s).toInteger(), person.value(u"id"_s).toInteger());
    QCOMPARE(residentCount(), before);
}

void TestResidentAdminApi::passTokensAreNeverStored()
{
    const QJsonObject answer = registerResident(u"Geheim Houder"_s, u"97531"_s);
    const QString pass = answer.value(u"passToken"_s).toString();
    QVERIFY(!pass.isEmpty());
    const QJsonObject replaced = call(m_staffDesk, "POST",
                                      u"/v1/residents/%1/pass"_s.arg(answer.value(u"resident"_s).toObject().value(u"id"_s).toInteger()),
                                      {}, m_admin).json();
    const QString newPass = replaced.value(u"passToken"_s).toString();
    QVERIFY(!newPass.isEmpty() && newPass != pass);
    QSqlDatabase db = openServerDatabase(m_server, u"secrets"_s);
    for (const QString& table : {u"audit_log"_s, u"idempotency_keys"_s, u"residents"_s}) {
        QSqlQuery q(db);
        QVERIFY2(q.exec(u"SELECT * FROM "_s + table), qPrintable(table));
        while (q.next()) {
            for (int column = 0; column < q.record().count(); ++column) {
                const QString value = QString::fromUtf8(q.value(column).toByteArray());
                QVERIFY2(!value.contains(pass) && !value.contains(newPass), qPrintable(u"a pass token in "_s + table));
                QVERIFY2(!value.contains(u"97531"_s), qPrintable(u"a PIN in "_s + table));
            }
        }
    }
    db.close();
}

void TestResidentAdminApi::searchFindsNamesInAnyCase()
{
    registerResident(u"Şükrü Yıldız"_s, u"2222"_s);
    for (const QString& query : {u"öztürk"_s, u"ÖZTÜRK"_s, u"fatma"_s}) {
        const HttpReply found = call(m_staffDesk, "GET", u"/v1/residents?q="_s + QString::fromLatin1(QUrl::toPercentEncoding(query)),
                                     {}, m_admin);
        QCOMPARE(found.status, 200);
        const QJsonArray items = found.json().value(u"items"_s).toArray();
        QVERIFY2(items.size() == 1, qPrintable(query + u": "_s + QString::fromUtf8(found.body)));
        QCOMPARE(items.first().toObject().value(u"displayName"_s).toString(), u"Fatma Öztürk"_s);
    }
    QCOMPARE(call(m_staffDesk, "GET", u"/v1/residents?q=niemand"_s, {}, m_admin).json().value(u"items"_s).toArray().size(), 0);
    QVERIFY(residentCount() >= 6);
    const HttpReply unknown = call(m_staffDesk, "GET", u"/v1/residents?naam=x"_s, {}, m_admin);
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.problemSlug(), u"invalid-parameter"_s);
}

void TestResidentAdminApi::detailsShowEarningsClaimsAndHistory()
{
    const auto [pass, pin] = m_residents.value(u"Anja Dreessen"_s);
    const QByteArray session = residentLogin(pass, pin).json().value(u"token"_s).toString().toLatin1();
    const HttpReply claimed = call(m_kiosk, "POST", u"/v1/claims"_s, {{u"taskId"_s, 1}}, session);
    QCOMPARE(claimed.status, 201);
    const qint64 anja = claimed.json().value(u"residentId"_s).toInteger();
    const HttpReply details = call(m_staffDesk, "GET", u"/v1/residents/%1"_s.arg(anja), {}, m_admin);
    QCOMPARE(details.status, 200);
    const QJsonObject body = details.json();
    QCOMPARE(body.value(u"resident"_s).toObject().value(u"displayName"_s).toString(), u"Anja Dreessen"_s);
    // The same cap meter she sees at the kiosk.
    const QJsonObject me = call(m_kiosk, "GET", u"/v1/me"_s, {}, session).json();
    for (const QString& field : {u"pendingCents"_s, u"remainingYearCents"_s, u"openClaims"_s, u"balanceCents"_s})
        QCOMPARE(body.value(u"earnings"_s).toObject().value(field).toInteger(), me.value(field).toInteger());
    QCOMPARE(body.value(u"earnings"_s).toObject().value(u"pendingCents"_s).toInteger(), 1500);
    QCOMPARE(body.value(u"claims"_s).toArray().size(), 1);
    QCOMPARE(body.value(u"claims"_s).toArray().first().toObject().value(u"taskId"_s).toInteger(), 1);
    QVERIFY(body.value(u"transactions"_s).isArray());
    const HttpReply missing = call(m_staffDesk, "GET", u"/v1/residents/999999"_s, {}, m_admin);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.problemSlug(), u"resident-not-found"_s);
}

void TestResidentAdminApi::aNewPassReplacesTheOldOneAtOnce()
{
    const QJsonObject answer = registerResident(u"Pas Kwijt"_s, u"5555"_s);
    const QString oldPass = answer.value(u"passToken"_s).toString();
    const qint64 id = answer.value(u"resident"_s).toObject().value(u"id"_s).toInteger();
    const QByteArray session = residentLogin(oldPass, u"5555"_s).json().value(u"token"_s).toString().toLatin1();
    QVERIFY(!session.isEmpty());
    const HttpReply replaced = call(m_staffDesk, "POST", u"/v1/residents/%1/pass"_s.arg(id), {}, m_admin);
    QCOMPARE(replaced.status, 200);
    const QString newPass = replaced.json().value(u"passToken"_s).toString();
    QVERIFY(!newPass.isEmpty() && newPass != oldPass);
    QCOMPARE(residentLogin(oldPass, u"5555"_s).problemSlug(), u"pass-unknown"_s);
    QCOMPARE(call(m_kiosk, "GET", u"/v1/me"_s, {}, session).status, 401);  // whoever held the old card is logged out
    QCOMPARE(residentLogin(newPass, u"5555"_s).status, 201);
}

void TestResidentAdminApi::blockingEndsSessionsAndRefusesLogin()
{
    const QJsonObject answer = registerResident(u"Geblokkeerd Persoon"_s, u"6666"_s);
    const QString pass = answer.value(u"passToken"_s).toString();
    const qint64 id = answer.value(u"resident"_s).toObject().value(u"id"_s).toInteger();
    const QByteArray session = residentLogin(pass, u"6666"_s).json().value(u"token"_s).toString().toLatin1();
    QCOMPARE(call(m_kiosk, "GET", u"/v1/me"_s, {}, session).status, 200);

    const HttpReply noReason = call(m_staffDesk, "POST", u"/v1/residents/%1/block"_s.arg(id), {}, m_admin);
    QCOMPARE(noReason.status, 400);
    QVERIFY(noReason.problemDetail().contains(u"reason"_s));
    QCOMPARE(call(m_kiosk, "GET", u"/v1/me"_s, {}, session).status, 200);  // a refused block changed nothing

    const HttpReply blocked = call(m_staffDesk, "POST", u"/v1/residents/%1/block"_s.arg(id), {{u"reason"_s, u"Pas gestolen"_s}}, m_admin);
    QCOMPARE(blocked.status, 200);
    QCOMPARE(blocked.json().value(u"status"_s).toString(), u"blocked"_s);
    const HttpReply after = call(m_kiosk, "GET", u"/v1/me"_s, {}, session);
    QCOMPARE(after.status, 401);
    QCOMPARE(after.problemSlug(), u"session-invalid"_s);
    const HttpReply refused = residentLogin(pass, u"6666"_s);
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.problemSlug(), u"pass-blocked"_s);

    const HttpReply unblocked = call(m_staffDesk, "POST", u"/v1/residents/%1/unblock"_s.arg(id), {}, m_admin);
    QCOMPARE(unblocked.status, 200);
    QCOMPARE(unblocked.json().value(u"status"_s).toString(), u"active"_s);
    QCOMPARE(residentLogin(pass, u"6666"_s).status, 201);

    QSqlDatabase db = openServerDatabase(m_server, u"audit"_s);
    QSqlQuery q(db);
    QVERIFY(q.prepare(u"SELECT action, actor, device_id, details FROM audit_log WHERE object = ? AND action LIKE 'resident.%' "
                      "AND actor LIKE 'staff:%' ORDER BY id"_s));
    q.addBindValue(u"resident:%1"_s.arg(id));
    QVERIFY(q.exec());
    QStringList actions;
    while (q.next()) {
        actions << q.value(0).toString();
        QCOMPARE(q.value(2).toLongLong(), m_staffDesk.id);
    }
    QCOMPARE(actions, (QStringList{u"resident.register"_s, u"resident.block"_s, u"resident.unblock"_s}));
    db.close();
    QByteArray verified;
    QStringList cli{u"audit"_s, u"verify"_s, u"--data-dir"_s, m_server.dataDir()};
    if (!m_server.databaseUrl().isEmpty())
        cli << u"--database"_s << m_server.databaseUrl();
    QCOMPARE(m_server.runCli(cli, &verified), 0);
}

void TestResidentAdminApi::unlockAfterTenWrongPins()
{
    const QJsonObject answer = registerResident(u"Vergeetachtig"_s, u"7777"_s);
    const QString pass = answer.value(u"passToken"_s).toString();
    const qint64 id = answer.value(u"resident"_s).toObject().value(u"id"_s).toInteger();
    for (int i = 0; i < 5; ++i)
        residentLogin(pass, u"0000"_s);
    QVERIFY(!resident(id).value(u"lockedUntil"_s).isNull());
    // Fifteen minutes pass (the server's clock cannot be moved from here).
    {
        QSqlDatabase db = openServerDatabase(m_server, u"time"_s);
        QSqlQuery q(db);
        QVERIFY(q.exec(u"UPDATE residents SET locked_until = 1 WHERE id = %1"_s.arg(id)));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"time"_s);
    HttpReply last;
    for (int i = 0; i < 5; ++i)
        last = residentLogin(pass, u"0000"_s);
    QCOMPARE(last.problemSlug(), u"pass-locked-by-staff-only"_s);
    QCOMPARE(resident(id).value(u"lockedByStaffOnly"_s).toBool(), true);
    QCOMPARE(residentLogin(pass, u"7777"_s).problemSlug(), u"pass-locked-by-staff-only"_s);

    const HttpReply unlocked = call(m_staffDesk, "POST", u"/v1/residents/%1/unlock"_s.arg(id), {}, m_admin);
    QCOMPARE(unlocked.status, 200);
    QCOMPARE(unlocked.json().value(u"lockedByStaffOnly"_s).toBool(), false);
    QVERIFY(unlocked.json().value(u"lockedUntil"_s).isNull());
    QCOMPARE(residentLogin(pass, u"7777"_s).status, 201);
}

void TestResidentAdminApi::pinResetClearsTheTimedLock()
{
    const QJsonObject answer = registerResident(u"Nieuwe Pincode"_s, u"8888"_s);
    const QString pass = answer.value(u"passToken"_s).toString();
    const qint64 id = answer.value(u"resident"_s).toObject().value(u"id"_s).toInteger();
    for (int i = 0; i < 5; ++i)
        residentLogin(pass, u"0000"_s);
    QCOMPARE(residentLogin(pass, u"8888"_s).problemSlug(), u"pass-locked"_s);
    const HttpReply reset = call(m_staffDesk, "POST", u"/v1/residents/%1/pin"_s.arg(id), {{u"pin"_s, u"123456"_s}}, m_admin);
    QCOMPARE(reset.status, 200);
    QVERIFY(reset.json().value(u"lockedUntil"_s).isNull());
    QCOMPARE(residentLogin(pass, u"8888"_s).problemSlug(), u"pin-wrong"_s);
    QCOMPARE(residentLogin(pass, u"123456"_s).status, 201);
    const HttpReply bad = call(m_staffDesk, "POST", u"/v1/residents/%1/pin"_s.arg(id), {{u"pin"_s, u"12ab"_s}}, m_admin);
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.json().value(u"invalidParams"_s).toArray().first().toObject().value(u"name"_s).toString(), u"pin"_s);
    QCOMPARE(residentLogin(pass, u"123456"_s).status, 201);  // unchanged
    QCOMPARE(call(m_staffDesk, "POST", u"/v1/residents/999999/pin"_s, {{u"pin"_s, u"1234"_s}}, m_admin).problemSlug(),
             u"resident-not-found"_s);
}

void TestResidentAdminApi::badBodiesChangeNothing_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    const QJsonObject good{{u"displayName"_s, u"Goed Voorbeeld"_s}, {u"neighbourhood"_s, u"Centrum"_s}, {u"pin"_s, u"2580"_s}};
    const auto with = [good](const QString& name, const QJsonValue& value) {
        QJsonObject body = good;
        if (value.isUndefined())
            body.remove(name);
        else
            body.insert(name, value);
        return body;
    };
    QTest::newRow("PIN with letters") << with(u"pin"_s, u"12a4"_s) << u"pin"_s;
    QTest::newRow("PIN too short") << with(u"pin"_s, u"123"_s) << u"pin"_s;
    QTest::newRow("PIN too long") << with(u"pin"_s, u"1234567"_s) << u"pin"_s;
    QTest::newRow("PIN as a number") << with(u"pin"_s, 2580) << u"pin"_s;
    QTest::newRow("empty name") << with(u"displayName"_s, u"   "_s) << u"displayName"_s;
    QTest::newRow("name too long") << with(u"displayName"_s, QString(81, u'a')) << u"displayName"_s;
    QTest::newRow("no neighbourhood") << with(u"neighbourhood"_s, QJsonValue(QJsonValue::Undefined)) << u"neighbourhood"_s;
    QTest::newRow("unknown field") << with(u"email"_s, u"a@b.nl"_s) << u"email"_s;
}

void TestResidentAdminApi::badBodiesChangeNothing()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const qint64 before = residentCount();
    const HttpReply refused = call(m_staffDesk, "POST", u"/v1/residents"_s, body, m_admin);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.problemSlug(), u"invalid-body"_s);
    QStringList names;
    for (const QJsonValue& param : refused.json().value(u"invalidParams"_s).toArray())
        names << param.toObject().value(u"name"_s).toString();
    QCOMPARE(names, QStringList{field});
    QVERIFY(!refused.json().contains(u"passToken"_s));
    QCOMPARE(residentCount(), before);
}

void TestResidentAdminApi::onlyAdminsManageResidents()
{
    {
        QSqlDatabase db = openServerDatabase(m_server, u"staff"_s);
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO staff (username, display_name, password_hash, roles, created_at) VALUES ('planner', 'Planner', ?, 'coordinator,approver', 0)"_s);
        q.addBindValue(crypto::hashSecret(u"plan-2026"_s));
        QVERIFY(q.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(u"staff"_s);
    const QByteArray planner = call(m_staffDesk, "POST", u"/v1/staff-sessions"_s,
                                    {{u"username"_s, u"planner"_s}, {u"password"_s, u"plan-2026"_s}}).json().value(u"token"_s).toString().toLatin1();
    QVERIFY(!planner.isEmpty());
    const HttpReply refused = call(m_staffDesk, "GET", u"/v1/residents/1"_s, {}, planner);
    QCOMPARE(refused.status, 403);
    QVERIFY(refused.problemDetail().contains(u"admin"_s));
    QCOMPARE(call(m_staffDesk, "POST", u"/v1/residents/1/pass"_s, {}, planner).status, 403);
    const auto [pass, pin] = m_residents.value(u"Joep Vliegen"_s);
    const QByteArray joep = residentLogin(pass, pin).json().value(u"token"_s).toString().toLatin1();
    QCOMPARE(call(m_kiosk, "GET", u"/v1/residents"_s, {}, joep).status, 403);
    QCOMPARE(residentLogin(pass, pin).status, 201);  // his pass still works: nothing was replaced
}

QTEST_GUILESS_MAIN(TestResidentAdminApi)
#include "TestResidentAdminApi.moc"
