// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "HttpsTestClient.h"
#include "ServerProcess.h"
#include "TestBackend.h"

#include "core/domain/Crypto.h"
#include "server/ApiRoutes.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace buurtmunt;
using namespace buurtmunt::test;

// Every endpoint the server registers × every kind of caller × another
// person's object: nobody gets an answer they are not entitled to. The table
// is the router's own list, so a new endpoint is covered the day it is added.
class TestAuthorization : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void noUnauthorisedSuccess();

private:
    struct Caller {
        QString name;
        QString deviceRole;  // empty: no device credentials
        qint64 deviceId = 0;
        QString secret;
        server::SessionNeed session = server::SessionNeed::None;  // the kind of login it carries
        QStringList staffRoles;
        QByteArray token;
    };
    using Device = EnrolledDevice;
    QByteArray login(const Device& device, const QString& path, const QJsonObject& body);
    bool allowed(const server::Route& route, const Caller& caller) const;

    ServerProcess m_server;
    QList<Caller> m_callers;
    qint64 m_othersClaim = 0;  // a claim of a resident none of the callers is
    qint64 m_otherResident = 0;  // that resident
    int m_keys = 0;
};

void TestAuthorization::initTestCase()
{
    QString error;
    const ServerProcess::Options options = serverOptions(true, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    const auto residents = demoResidents(m_server);
    QVERIFY(residents.size() >= 2);

    const Device kiosk = enrolDevice(m_server, u"kiosk"_s);
    const Device counter = enrolDevice(m_server, u"counter"_s, 1);
    const Device staffDesk = enrolDevice(m_server, u"staff"_s);
    QVERIFY(kiosk.id && counter.id && staffDesk.id);

    // Someone else's claim, made by a resident none of the callers is.
    const auto [otherPass, otherPin] = residents.value(u"Ria Schepers"_s);
    const QByteArray other = login(kiosk, u"/v1/resident-sessions"_s, {{u"pass"_s, otherPass}, {u"pin"_s, otherPin}});
    QVERIFY(!other.isEmpty());
    HttpsTestClient client(m_server.url(), m_server.fingerprint());
    client.setDeviceCredentials(kiosk.id, kiosk.secret);
    const HttpReply claimed = client.postJson(u"/v1/claims"_s, R"({"taskId":5})", "auth-claim-1", {{"Buurtmunt-Session", other}});
    QVERIFY2(claimed.status == 201, qPrintable(claimed.describe()));
    m_othersClaim = claimed.json().value(u"id"_s).toInteger();
    m_otherResident = claimed.json().value(u"residentId"_s).toInteger();

    // A staff member without the approver role.
    {
        QSqlDatabase db = openServerDatabase(m_server, u"authz"_s);
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO staff (username, display_name, password_hash, roles, created_at) VALUES ('planner', 'Planner', ?, 'coordinator', 0)"_s);
        q.addBindValue(crypto::hashSecret(u"plan-2026"_s));
        QVERIFY(q.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(u"authz"_s);

    const auto [pass, pin] = residents.value(u"Anja Dreessen"_s);
    m_callers = {
        {u"nobody"_s, {}, 0, {}, server::SessionNeed::None, {}, {}},
        {u"kiosk"_s, u"kiosk"_s, kiosk.id, kiosk.secret, server::SessionNeed::None, {}, {}},
        {u"kiosk with a resident"_s, u"kiosk"_s, kiosk.id, kiosk.secret, server::SessionNeed::Resident, {},
         login(kiosk, u"/v1/resident-sessions"_s, {{u"pass"_s, pass}, {u"pin"_s, pin}})},
        {u"counter"_s, u"counter"_s, counter.id, counter.secret, server::SessionNeed::None, {}, {}},
        {u"staff desk"_s, u"staff"_s, staffDesk.id, staffDesk.secret, server::SessionNeed::None, {}, {}},
        {u"staff desk with a coordinator"_s, u"staff"_s, staffDesk.id, staffDesk.secret, server::SessionNeed::Staff,
         {u"coordinator"_s}, login(staffDesk, u"/v1/staff-sessions"_s, {{u"username"_s, u"planner"_s}, {u"password"_s, u"plan-2026"_s}})},
        {u"staff desk with an approver"_s, u"staff"_s, staffDesk.id, staffDesk.secret, server::SessionNeed::Staff,
         {u"coordinator"_s, u"approver"_s, u"finance"_s, u"admin"_s},
         login(staffDesk, u"/v1/staff-sessions"_s, {{u"username"_s, u"demo"_s}, {u"password"_s, u"heitje-demo"_s}})},
    };
    for (const Caller& caller : m_callers)
        QVERIFY2(caller.session == server::SessionNeed::None || !caller.token.isEmpty(), qPrintable(caller.name));
}

void TestAuthorization::cleanupTestCase()
{
    m_server.stop();
}


QByteArray TestAuthorization::login(const Device& device, const QString& path, const QJsonObject& body)
{
    HttpsTestClient client(m_server.url(), m_server.fingerprint());
    client.setDeviceCredentials(device.id, device.secret);
    return client.postJson(path, QJsonDocument(body).toJson(), "auth-login-" + QByteArray::number(++m_keys))
        .json().value(u"token"_s).toString().toLatin1();
}

bool TestAuthorization::allowed(const server::Route& route, const Caller& caller) const
{
    if (route.access == server::Access::Public)
        return true;
    if (caller.deviceRole.isEmpty() || (!route.roles.isEmpty() && !route.roles.contains(caller.deviceRole)))
        return false;
    switch (route.session) {
    case server::SessionNeed::None:
        return true;
    case server::SessionNeed::Any:
        return caller.session != server::SessionNeed::None;
    case server::SessionNeed::Resident:
        return caller.session == server::SessionNeed::Resident;
    case server::SessionNeed::Staff:
        if (caller.session != server::SessionNeed::Staff)
            return false;
        for (const QString& role : route.staffRoles) {
            if (caller.staffRoles.contains(role))
                return true;
        }
        return route.staffRoles.isEmpty();
    }
    return false;
}

void TestAuthorization::noUnauthorisedSuccess()
{
    QTemporaryDir dir;
    auto location = server::DatabaseLocation::sqliteFile(dir.filePath(u"routes.sqlite"_s));
    server::Database database(location.value());
    server::Metrics metrics;
    server::Router router;
    server::registerApiRoutes(router, database, metrics);

    int requests = 0;
    int refused = 0;
    for (const server::Route& route : router.routes()) {
        // The path's object is always someone else's: another resident's
        // claim or record (or task 1).
        QString path = route.pattern;
        const qint64 object = route.pattern.startsWith(u"/v1/claims"_s)      ? m_othersClaim
                              : route.pattern.startsWith(u"/v1/residents"_s) ? m_otherResident
                                                                              : 1;
        path.replace(u"{id}"_s, QString::number(object));
        for (const Caller& caller : m_callers) {
            // Logging out ends the caller's session; it is tried by nobody's
            // sessions but a throwaway one below.
            if (route.method == "DELETE")
                continue;
            HttpsTestClient client(m_server.url(), m_server.fingerprint());
            if (!caller.deviceRole.isEmpty())
                client.setDeviceCredentials(caller.deviceId, caller.secret);
            HeaderList headers;
            if (!caller.token.isEmpty())
                headers.append({"Buurtmunt-Session", caller.token});
            HttpReply reply;
            if (route.method == "GET") {
                reply = client.get(path, headers);
            } else {
                // A body that would be valid where the call is allowed, so
                // only authorisation can stop it.
                QJsonObject body;
                if (path.endsWith(u"/reject"_s))
                    body.insert(u"reason"_s, u"Niet in orde."_s);
                if (path == u"/v1/claims"_s)
                    body.insert(u"taskId"_s, 9);
                reply = client.send(route.method, path,
                                    headers + HeaderList{{"Content-Type", "application/json"},
                                                         {"Idempotency-Key", "authz-" + QByteArray::number(++m_keys)}},
                                    QJsonDocument(body).toJson());
            }
            ++requests;
            const QString what = u"%1 %2 as %3: %4"_s.arg(QString::fromLatin1(route.method), path, caller.name, reply.describe());
            QVERIFY2(reply.status != 0, qPrintable(what));
            if (!allowed(route, caller)) {
                QVERIFY2(reply.status == 401 || reply.status == 403, qPrintable(u"not entitled, yet "_s + what));
                ++refused;
            } else if (route.method == "GET" && route.pattern == u"/v1/residents/{id}"_s) {
                // An admin may see any resident: that is the job.
                QVERIFY2(reply.status == 200, qPrintable(what));
            } else if (caller.session == server::SessionNeed::Resident && path.startsWith(u"/v1/claims/"_s)
                       && path != u"/v1/claims/approve-batch"_s) {
                // A resident acting on another resident's claim finds nothing.
                QCOMPARE(reply.status, 404);
                QCOMPARE(reply.problemSlug(), u"claim-not-found"_s);
            }
        }
    }
    qInfo("%d requests over %lld routes and %lld callers; %d refused for lack of rights",
          requests, static_cast<long long>(router.routes().size()), static_cast<long long>(m_callers.size()), refused);
    QVERIFY(refused > 40);

    // Logging out ends only one's own session, and needs one.
    HttpsTestClient nobody(m_server.url(), m_server.fingerprint());
    QCOMPARE(nobody.send("DELETE", u"/v1/sessions/current"_s, {{"Idempotency-Key", "authz-logout-1"}}).status, 401);
    const Caller& counter = m_callers.at(3);
    HttpsTestClient counterClient(m_server.url(), m_server.fingerprint());
    counterClient.setDeviceCredentials(counter.deviceId, counter.secret);
    QCOMPARE(counterClient.send("DELETE", u"/v1/sessions/current"_s, {{"Idempotency-Key", "authz-logout-2"}}).status, 403);
}

QTEST_GUILESS_MAIN(TestAuthorization)
#include "TestAuthorization.moc"
