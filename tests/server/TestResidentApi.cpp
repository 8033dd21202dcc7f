// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "HttpsTestClient.h"
#include "ServerProcess.h"
#include "TestBackend.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace buurtmunt;
using namespace buurtmunt::test;

// A resident at a kiosk, through the real server over HTTPS: log in with pass
// and PIN, see earnings against the cap, claim, mark done, log out.
class TestResidentApi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void wrongPinsAreCountedAndLockThePass();
    void claimSubmitAndEarningsAsTheKioskShowsThem();
    void claimBeyondTheCapShowsTheRemainingRoom();
    void anotherResidentsClaimCannotBeTouched();
    void theNextVisitorsSameKeyIsNoReplay();
    void sessionOnlyWorksOnItsKioskAndEndsAtLogout();
    void onlyKiosksLogResidentsIn();

private:
    using Device = EnrolledDevice;
    HttpReply post(const Device& device, const QString& path, const QJsonObject& body, const QByteArray& session = {});
    HttpReply get(const Device& device, const QString& path, const QByteArray& session = {});
    QByteArray login(const Device& device, const QString& pass, const QString& pin, HttpReply* reply = nullptr);

    ServerProcess m_server;
    QHash<QString, QString> m_passes;  // resident name -> pass number (from the demo credentials)
    Device m_kiosk;
    Device m_otherKiosk;
    int m_keys = 0;
};

void TestResidentApi::initTestCase()
{
    QString error;
    const ServerProcess::Options options = serverOptions(true, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    // The demo prints each resident's pass number and PIN, as a person would read them.
    const auto residents = demoResidents(m_server);
    for (auto it = residents.cbegin(); it != residents.cend(); ++it)
        m_passes.insert(it.key(), it.value().first);
    QVERIFY2(m_passes.size() >= 4, qPrintable(m_server.standardOutput()));
    m_kiosk = enrolDevice(m_server, u"kiosk"_s);
    m_otherKiosk = enrolDevice(m_server, u"kiosk"_s);
    QVERIFY(m_kiosk.id > 0 && m_otherKiosk.id > 0);
}

void TestResidentApi::cleanupTestCase()
{
    m_server.stop();
}


HttpReply TestResidentApi::post(const Device& device, const QString& path, const QJsonObject& body, const QByteArray& session)
{
    HttpsTestClient client(m_server.url(), m_server.fingerprint());
    client.setDeviceCredentials(device.id, device.secret);
    HeaderList headers;
    if (!session.isEmpty())
        headers.append({"Buurtmunt-Session", session});
    return client.postJson(path, QJsonDocument(body).toJson(), "op-" + QByteArray::number(++m_keys) + "-abcdef", headers);
}

HttpReply TestResidentApi::get(const Device& device, const QString& path, const QByteArray& session)
{
    HttpsTestClient client(m_server.url(), m_server.fingerprint());
    client.setDeviceCredentials(device.id, device.secret);
    HeaderList headers;
    if (!session.isEmpty())
        headers.append({"Buurtmunt-Session", session});
    return client.get(path, headers);
}

QByteArray TestResidentApi::login(const Device& device, const QString& pass, const QString& pin, HttpReply* out)
{
    const HttpReply reply = post(device, u"/v1/resident-sessions"_s, {{u"pass"_s, pass}, {u"pin"_s, pin}});
    if (out)
        *out = reply;
    return reply.status == 201 ? reply.json().value(u"token"_s).toString().toLatin1() : QByteArray();
}

void TestResidentApi::wrongPinsAreCountedAndLockThePass()
{
    const QString ria = m_passes.value(u"Ria Schepers"_s);
    HttpReply reply;
    for (int left = 4; left >= 1; --left) {
        QVERIFY(login(m_kiosk, ria, u"0000"_s, &reply).isEmpty());
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.problemSlug(), u"pin-wrong"_s);
        // Each refusal was committed: the count goes down across requests.
        QCOMPARE(reply.json().value(u"attemptsLeft"_s).toInt(), left);
    }
    login(m_kiosk, ria, u"0000"_s, &reply);
    QCOMPARE(reply.status, 423);
    QCOMPARE(reply.problemSlug(), u"pass-locked"_s);
    QVERIFY(reply.json().value(u"lockedUntil"_s).toString().endsWith(u'Z'));
    // Locked even with the right PIN; another resident's pass is untouched.
    login(m_kiosk, ria, u"8642"_s, &reply);
    QCOMPARE(reply.status, 423);
    QVERIFY(!login(m_kiosk, m_passes.value(u"Joep Vliegen"_s), u"9731"_s).isEmpty());
}

void TestResidentApi::claimSubmitAndEarningsAsTheKioskShowsThem()
{
    const QByteArray session = login(m_kiosk, m_passes.value(u"Anja Dreessen"_s), u"2468"_s);
    QVERIFY(!session.isEmpty());
    HttpReply me = get(m_kiosk, u"/v1/me"_s, session);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(u"displayName"_s).toString(), u"Anja Dreessen"_s);
    QCOMPARE(me.json().value(u"yearlyCapCents"_s).toInteger(), 150000);
    QCOMPARE(me.json().value(u"pendingCents"_s).toInteger(), 0);

    const HttpReply claimed = post(m_kiosk, u"/v1/claims"_s, {{u"taskId"_s, 1}}, session);
    QCOMPARE(claimed.status, 201);
    const QJsonObject claim = claimed.json();
    QCOMPARE(claim.value(u"status"_s).toString(), u"claimed"_s);
    QVERIFY(claim.value(u"toolboxCode"_s).toString().contains(u'-'));
    me = get(m_kiosk, u"/v1/me"_s, session);
    QCOMPARE(me.json().value(u"pendingCents"_s).toInteger(), claim.value(u"rewardCents"_s).toInteger());
    QCOMPARE(me.json().value(u"remainingYearCents"_s).toInteger(), 150000 - claim.value(u"rewardCents"_s).toInteger());

    // The slot is taken, and kiosks see it in the task feed.
    const HttpReply task = get(m_kiosk, u"/v1/tasks/1"_s);
    QCOMPARE(task.json().value(u"slotsTaken"_s).toInt(), 1);

    const QString path = u"/v1/claims/%1/submit"_s.arg(claim.value(u"id"_s).toInteger());
    const HttpReply submitted = post(m_kiosk, path, {{u"note"_s, u"Twee lagen groen"_s}}, session);
    QCOMPARE(submitted.status, 200);
    QCOMPARE(submitted.json().value(u"status"_s).toString(), u"submitted"_s);
    QCOMPARE(submitted.json().value(u"note"_s).toString(), u"Twee lagen groen"_s);
    const HttpReply again = post(m_kiosk, path, {{u"note"_s, u"nog eens"_s}}, session);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.problemSlug(), u"invalid-transition"_s);

    const HttpReply mine = get(m_kiosk, u"/v1/me/claims"_s, session);
    QCOMPARE(mine.json().value(u"items"_s).toArray().size(), 1);
}

void TestResidentApi::claimBeyondTheCapShowsTheRemainingRoom()
{
    // The municipality lowers the yearly cap to 20 coins.
    {
        QSqlDatabase db = openServerDatabase(m_server, u"cap"_s);
        QVERIFY(db.isOpen());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"INSERT INTO settings (key, value) VALUES ('cap.yearlyCents', '2000')"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"cap"_s);
    const QByteArray session = login(m_kiosk, m_passes.value(u"Mohammed El Idrissi"_s), u"1357"_s);
    QVERIFY(!session.isEmpty());
    const HttpReply first = post(m_kiosk, u"/v1/claims"_s, {{u"taskId"_s, 6}}, session);  // 14 coins
    QVERIFY2(first.status == 201, qPrintable(first.describe()));
    const HttpReply refused = post(m_kiosk, u"/v1/claims"_s, {{u"taskId"_s, 7}}, session);  // 12 more: over 20
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.problemSlug(), u"earnings-cap"_s);
    QCOMPARE(refused.json().value(u"remainingYearCents"_s).toInteger(), 600);
    QVERIFY2(refused.problemDetail().contains(u"6,00"_s), qPrintable(refused.problemDetail()));
    const HttpReply me = get(m_kiosk, u"/v1/me"_s, session);
    QCOMPARE(me.json().value(u"openClaims"_s).toInt(), 1);
    {
        QSqlDatabase db = openServerDatabase(m_server, u"cap"_s);
        QSqlQuery q(db);
        QVERIFY(q.exec(u"DELETE FROM settings WHERE key = 'cap.yearlyCents'"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"cap"_s);
}

void TestResidentApi::anotherResidentsClaimCannotBeTouched()
{
    const QByteArray anja = login(m_kiosk, m_passes.value(u"Anja Dreessen"_s), u"2468"_s);
    const QByteArray joep = login(m_kiosk, m_passes.value(u"Joep Vliegen"_s), u"9731"_s);
    const HttpReply claimed = post(m_kiosk, u"/v1/claims"_s, {{u"taskId"_s, 3}}, anja);
    QVERIFY2(claimed.status == 201, qPrintable(claimed.describe()));
    const qint64 id = claimed.json().value(u"id"_s).toInteger();
    for (const QString& action : {u"submit"_s, u"release"_s}) {
        const HttpReply other = post(m_kiosk, u"/v1/claims/%1/%2"_s.arg(id).arg(action), {}, joep);
        QCOMPARE(other.status, 404);
        QCOMPARE(other.problemSlug(), u"claim-not-found"_s);
    }
    QCOMPARE(post(m_kiosk, u"/v1/claims/%1/release"_s.arg(id), {}, anja).json().value(u"status"_s).toString(),
             u"released"_s);
}

// Keys are random, but a kiosk that reused one for the next visitor must
// not hand that visitor the previous resident's stored answer.
void TestResidentApi::theNextVisitorsSameKeyIsNoReplay()
{
    HttpsTestClient client(m_server.url(), m_server.fingerprint());
    client.setDeviceCredentials(m_kiosk.id, m_kiosk.secret);
    const QByteArray body = QJsonDocument(QJsonObject{{u"taskId"_s, 20}}).toJson();
    const auto claimAndLeave = [&](const QString& name, const QString& pin) {
        const QByteArray session = login(m_kiosk, m_passes.value(name), pin);
        const HttpReply claimed = client.postJson(u"/v1/claims"_s, body, "same-key-two-visitors", {{"Buurtmunt-Session", session}});
        const QJsonArray mine = get(m_kiosk, u"/v1/me/claims"_s, session).json().value(u"items"_s).toArray();
        for (const QJsonValue& claim : mine) {
            if (claim.toObject().value(u"taskId"_s).toInteger() == 20)
                post(m_kiosk, u"/v1/claims/%1/release"_s.arg(claim.toObject().value(u"id"_s).toInteger()), {}, session);
        }
        client.send("DELETE", u"/v1/sessions/current"_s, {{"Buurtmunt-Session", session}, {"Idempotency-Key", "leave-" + session.left(12)}});
        return std::pair{claimed, mine.size()};
    };
    const auto [anjas, anjasClaims] = claimAndLeave(u"Anja Dreessen"_s, u"2468"_s);
    QVERIFY2(anjas.status == 201, qPrintable(anjas.describe()));
    const auto [joeps, joepsClaims] = claimAndLeave(u"Joep Vliegen"_s, u"9731"_s);
    QVERIFY2(joeps.status == 201, qPrintable(joeps.describe()));
    QVERIFY(joeps.json().value(u"id"_s).toInteger() != anjas.json().value(u"id"_s).toInteger());
    QVERIFY(joepsClaims > 0);
}

void TestResidentApi::sessionOnlyWorksOnItsKioskAndEndsAtLogout()
{
    const QByteArray session = login(m_kiosk, m_passes.value(u"Joep Vliegen"_s), u"9731"_s);
    QVERIFY(!session.isEmpty());
    const HttpReply elsewhere = get(m_otherKiosk, u"/v1/me"_s, session);
    QCOMPARE(elsewhere.status, 401);
    QCOMPARE(elsewhere.problemSlug(), u"session-invalid"_s);
    QCOMPARE(get(m_kiosk, u"/v1/me"_s).problemSlug(), u"session-invalid"_s);  // no session at all

    HttpsTestClient client(m_server.url(), m_server.fingerprint());
    client.setDeviceCredentials(m_kiosk.id, m_kiosk.secret);
    const HttpReply out = client.send("DELETE", u"/v1/sessions/current"_s,
                                      {{"Buurtmunt-Session", session}, {"Idempotency-Key", "logout-joep-1"}});
    QCOMPARE(out.status, 204);
    QVERIFY(out.body.isEmpty());
    QCOMPARE(get(m_kiosk, u"/v1/me"_s, session).status, 401);
}

void TestResidentApi::onlyKiosksLogResidentsIn()
{
    const Device counter = enrolDevice(m_server, u"counter"_s, 1);
    HttpReply reply;
    login(counter, m_passes.value(u"Joep Vliegen"_s), u"9731"_s, &reply);
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.problemSlug(), u"forbidden"_s);
}

QTEST_GUILESS_MAIN(TestResidentApi)
#include "TestResidentApi.moc"
