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

// Admins manage devices through the real server: the list shows what a desk
// needs, a code made at the desk enrols exactly one device, and a revoked
// kiosk is refused at once, with its resident logged out for good.
class TestDeviceAdminApi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listShowsRoleShopAndLastSeen();
    void deskCodeEnrolsOneDevice();
    void counterCodeNeedsAnActiveShop();
    void revokedKioskIsRefusedAndItsSessionEnds();
    void aDeskCannotRevokeItself();
    void onlyAdminsManageDevices();

private:
    HttpReply call(const EnrolledDevice& device, const QByteArray& method, const QString& path,
                   const QJsonObject& body = {}, const QByteArray& session = {});
    HttpReply enrolWith(const QString& code, const QString& secret);
    qint64 scalar(const QString& sql);

    ServerProcess m_server;
    EnrolledDevice m_staffDesk;
    QByteArray m_admin;
    qint64 m_adminId = 0;
    int m_keys = 0;
};

void TestDeviceAdminApi::initTestCase()
{
    QString error;
    const ServerProcess::Options options = serverOptions(true, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    m_staffDesk = enrolDevice(m_server, u"staff"_s);
    QVERIFY(m_staffDesk.id > 0);
    m_admin = call(m_staffDesk, "POST", u"/v1/staff-sessions"_s, {{u"username"_s, u"demo"_s}, {u"password"_s, u"heitje-demo"_s}})
                  .json().value(u"token"_s).toString().toLatin1();
    QVERIFY(!m_admin.isEmpty());
    m_adminId = scalar(u"SELECT id FROM staff WHERE username = 'demo'"_s);
    QVERIFY(m_adminId > 0);
}

void TestDeviceAdminApi::cleanupTestCase()
{
    m_server.stop();
}

HttpReply TestDeviceAdminApi::call(const EnrolledDevice& device, const QByteArray& method, const QString& path,
                                   const QJsonObject& body, const QByteArray& session)
{
    HttpsTestClient client(m_server.url(), m_server.fingerprint());
    client.setDeviceCredentials(device.id, device.secret);
    HeaderList headers;
    if (!session.isEmpty())
        headers.append({"Buurtmunt-Session", session});
    if (method == "GET")
        return client.get(path, headers);
    return client.postJson(path, QJsonDocument(body).toJson(), "device-admin-" + QByteArray::number(++m_keys) + "-key",
                           headers);
}

HttpReply TestDeviceAdminApi::enrolWith(const QString& code, const QString& secret)
{
    HttpsTestClient client(m_server.url(), m_server.fingerprint());
    return client.postJson(u"/v1/devices/enrol"_s,
                           QJsonDocument(QJsonObject{{u"code"_s, code}, {u"secret"_s, secret}}).toJson(),
                           "device-admin-enrol-" + QByteArray::number(++m_keys));
}

qint64 TestDeviceAdminApi::scalar(const QString& sql)
{
    qint64 value = -1;
    {
        QSqlDatabase db = openServerDatabase(m_server, u"device-admin-check"_s);
        QSqlQuery q(db);
        if (q.exec(sql) && q.next())
            value = q.value(0).toLongLong();
        else
            qWarning("%s failed", qPrintable(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"device-admin-check"_s);
    return value;
}

void TestDeviceAdminApi::listShowsRoleShopAndLastSeen()
{
    const EnrolledDevice counter = enrolDevice(m_server, u"counter"_s, 1);
    QVERIFY(counter.id > 0);
    QCOMPARE(call(counter, "GET", u"/v1/device"_s).status, 200);

    const HttpReply list = call(m_staffDesk, "GET", u"/v1/devices"_s, {}, m_admin);
    QVERIFY2(list.status == 200, qPrintable(list.describe()));
    QJsonObject found;
    for (const QJsonValue& item : list.json().value(u"items"_s).toArray()) {
        if (item.toObject().value(u"id"_s).toInteger() == counter.id)
            found = item.toObject();
    }
    QVERIFY2(!found.isEmpty(), qPrintable(list.describe()));
    QCOMPARE(found.value(u"role"_s).toString(), u"counter"_s);
    QCOMPARE(found.value(u"shopId"_s).toInteger(), 1);
    QVERIFY(!found.value(u"shopName"_s).toString().isEmpty());
    QVERIFY2(found.value(u"lastSeenAt"_s).isString(), "a device that called in has a last-seen time");
    QVERIFY(found.value(u"revokedAt"_s).isNull());
    QVERIFY(found.value(u"createdAt"_s).isString());
}

void TestDeviceAdminApi::deskCodeEnrolsOneDevice()
{
    const HttpReply made = call(m_staffDesk, "POST", u"/v1/enrolment-codes"_s,
                                {{u"role"_s, u"kiosk"_s}, {u"neighbourhood"_s, u"Centrum"_s}, {u"deviceName"_s, u"Kiosk Bibliotheek"_s}},
                                m_admin);
    QVERIFY2(made.status == 201, qPrintable(made.describe()));
    const QJsonObject answer = made.json();
    const QString code = answer.value(u"code"_s).toString();
    QCOMPARE(code.size(), 14);
    QCOMPARE(answer.value(u"role"_s).toString(), u"kiosk"_s);
    QVERIFY(answer.value(u"shopId"_s).isNull());
    const QDateTime expires = QDateTime::fromString(answer.value(u"expiresAt"_s).toString(), Qt::ISODate);
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - 24 * 3600) < 300);

    const HttpReply enrolled = enrolWith(code, ServerProcess::newDeviceSecret());
    QVERIFY2(enrolled.status == 201, qPrintable(enrolled.describe()));
    QCOMPARE(enrolled.json().value(u"role"_s).toString(), u"kiosk"_s);
    QCOMPARE(enrolled.json().value(u"neighbourhood"_s).toString(), u"Centrum"_s);
    QCOMPARE(enrolled.json().value(u"name"_s).toString(), u"Kiosk Bibliotheek"_s);
    const HttpReply again = enrolWith(code, ServerProcess::newDeviceSecret());
    QCOMPARE(again.status, 400);
    QCOMPARE(again.problemSlug(), u"enrolment-code-invalid"_s);

    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'device.enrolment-code' AND actor = 'staff:%1'"_s
                        .arg(m_adminId)), 1);
}

void TestDeviceAdminApi::counterCodeNeedsAnActiveShop()
{
    const qint64 codesBefore = scalar(u"SELECT COUNT(*) FROM enrolment_codes"_s);
    const QList<QJsonObject> bodies{
        {{u"role"_s, u"counter"_s}},
        {{u"role"_s, u"counter"_s}, {u"shopId"_s, 987654}},
        {{u"role"_s, u"kiosk"_s}, {u"shopId"_s, 1}},
    };
    for (const QJsonObject& body : bodies) {
        const HttpReply refused = call(m_staffDesk, "POST", u"/v1/enrolment-codes"_s, body, m_admin);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.problemSlug(), u"invalid-body"_s);
        const QJsonArray params = refused.json().value(u"invalidParams"_s).toArray();
        QVERIFY2(!params.isEmpty() && params.first().toObject().value(u"name"_s).toString() == u"shopId"_s,
                 qPrintable(refused.describe()));
    }
    const HttpReply badRole = call(m_staffDesk, "POST", u"/v1/enrolment-codes"_s, {{u"role"_s, u"toaster"_s}}, m_admin);
    QCOMPARE(badRole.status, 400);
    QCOMPARE(badRole.json().value(u"invalidParams"_s).toArray().first().toObject().value(u"name"_s).toString(), u"role"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM enrolment_codes"_s), codesBefore);

    const HttpReply counter = call(m_staffDesk, "POST", u"/v1/enrolment-codes"_s,
                                   {{u"role"_s, u"counter"_s}, {u"shopId"_s, 2}}, m_admin);
    QVERIFY2(counter.status == 201, qPrintable(counter.describe()));
    QCOMPARE(counter.json().value(u"shopId"_s).toInteger(), 2);
}

void TestDeviceAdminApi::revokedKioskIsRefusedAndItsSessionEnds()
{
    const EnrolledDevice kiosk = enrolDevice(m_server, u"kiosk"_s);
    QVERIFY(kiosk.id > 0);
    const auto residents = demoResidents(m_server);
    QVERIFY(!residents.isEmpty());
    const auto [pass, pin] = residents.begin().value();
    const QByteArray token = call(kiosk, "POST", u"/v1/resident-sessions"_s, {{u"pass"_s, pass}, {u"pin"_s, pin}})
                                 .json().value(u"token"_s).toString().toLatin1();
    QVERIFY(!token.isEmpty());
    QCOMPARE(call(kiosk, "GET", u"/v1/me"_s, {}, token).status, 200);

    const HttpReply revoked = call(m_staffDesk, "POST", u"/v1/devices/%1/revoke"_s.arg(kiosk.id), {}, m_admin);
    QVERIFY2(revoked.status == 200, qPrintable(revoked.describe()));
    QCOMPARE(revoked.json().value(u"id"_s).toInteger(), kiosk.id);
    QVERIFY(revoked.json().value(u"revokedAt"_s).isString());

    for (const QString& path : {u"/v1/me"_s, u"/v1/tasks"_s, u"/v1/device"_s}) {
        const HttpReply refused = call(kiosk, "GET", path, {}, token);
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.problemSlug(), u"device-revoked"_s);
    }
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM sessions WHERE device_id = %1 AND ended_at IS NULL"_s.arg(kiosk.id)), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM sessions WHERE device_id = %1 AND ended_at IS NOT NULL"_s.arg(kiosk.id)), 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'device.revoke' AND object = 'device:%1' "
                     "AND actor = 'staff:%2' AND device_id = %3"_s.arg(kiosk.id).arg(m_adminId).arg(m_staffDesk.id)), 1);

    // Revoking again changes nothing and audits nothing.
    QCOMPARE(call(m_staffDesk, "POST", u"/v1/devices/%1/revoke"_s.arg(kiosk.id), {}, m_admin).status, 200);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'device.revoke' AND object = 'device:%1'"_s.arg(kiosk.id)), 1);

    // Even a device re-enabled behind the API's back does not bring the
    // resident's session back.
    {
        QSqlDatabase db = openServerDatabase(m_server, u"device-admin-reenable"_s);
        QSqlQuery q(db);
        QVERIFY(q.exec(u"UPDATE devices SET revoked_at = NULL WHERE id = %1"_s.arg(kiosk.id)));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"device-admin-reenable"_s);
    const HttpReply stale = call(kiosk, "GET", u"/v1/me"_s, {}, token);
    QCOMPARE(stale.status, 401);
    QVERIFY2(stale.problemSlug().startsWith(u"session-"_s), qPrintable(stale.describe()));

    const HttpReply missing = call(m_staffDesk, "POST", u"/v1/devices/999999/revoke"_s, {}, m_admin);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.problemSlug(), u"device-not-found"_s);
}

void TestDeviceAdminApi::aDeskCannotRevokeItself()
{
    const HttpReply refused = call(m_staffDesk, "POST", u"/v1/devices/%1/revoke"_s.arg(m_staffDesk.id), {}, m_admin);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.problemSlug(), u"cannot-revoke-self"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM devices WHERE id = %1 AND revoked_at IS NULL"_s.arg(m_staffDesk.id)), 1);
    QCOMPARE(call(m_staffDesk, "GET", u"/v1/devices"_s, {}, m_admin).status, 200);
}

void TestDeviceAdminApi::onlyAdminsManageDevices()
{
    {
        QSqlDatabase db = openServerDatabase(m_server, u"device-admin-staff"_s);
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO staff (username, display_name, password_hash, roles, created_at) "
                  "VALUES ('kassier', 'Kassier', ?, 'finance,coordinator,approver', 0)"_s);
        q.addBindValue(crypto::hashSecret(u"kas-2026"_s));
        QVERIFY(q.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(u"device-admin-staff"_s);
    const QByteArray finance = call(m_staffDesk, "POST", u"/v1/staff-sessions"_s,
                                    {{u"username"_s, u"kassier"_s}, {u"password"_s, u"kas-2026"_s}})
                                   .json().value(u"token"_s).toString().toLatin1();
    QVERIFY(!finance.isEmpty());
    const EnrolledDevice victim = enrolDevice(m_server, u"kiosk"_s);
    QCOMPARE(call(m_staffDesk, "GET", u"/v1/devices"_s, {}, finance).status, 403);
    QCOMPARE(call(m_staffDesk, "POST", u"/v1/enrolment-codes"_s, {{u"role"_s, u"kiosk"_s}}, finance).status, 403);
    QCOMPARE(call(m_staffDesk, "POST", u"/v1/devices/%1/revoke"_s.arg(victim.id), {}, finance).status, 403);
    QCOMPARE(call(victim, "GET", u"/v1/devices"_s).status, 403);
    QCOMPARE(call(m_staffDesk, "GET", u"/v1/devices"_s).status, 401);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM devices WHERE id = %1 AND revoked_at IS NULL"_s.arg(victim.id)), 1);
}

QTEST_GUILESS_MAIN(TestDeviceAdminApi)
#include "TestDeviceAdminApi.moc"
