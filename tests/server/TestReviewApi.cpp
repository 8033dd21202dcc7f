// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "HttpsTestClient.h"
#include "ServerProcess.h"
#include "TestBackend.h"

#include "core/domain/Crypto.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace buurtmunt;
using namespace buurtmunt::test;

// From a resident's claim at the kiosk to coins in their balance, through the
// real server: staff log in, see the claim in the review queue, approve it
// (minting the reward once) or reject it with a reason.
class TestReviewApi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void wrongPasswordIsRefusedAndAudited();
    void approvalMintsTheRewardOnce();
    void rejectionNeedsAReasonAndFreesThePlace();
    void aboveTheThresholdTwoDifferentApproversAreNeeded();
    void onlyApproversOnStaffDesksReview();
    void batchApprovalDecidesEachClaimOnItsOwn();
    void batchBodyIsChecked();
    void toolboxIsHandedOutByTheSlipCode();

private:
    using Device = EnrolledDevice;
    HttpReply call(const Device& device, const QByteArray& method, const QString& path, const QJsonObject& body = {},
                   const QByteArray& session = {});
    QByteArray staffLogin(const QString& user, const QString& password, HttpReply* reply = nullptr);
    QByteArray residentLogin(const QString& name);
    qint64 submittedClaim(const QString& resident, qint64 taskId);
    void addStaff(const QString& user, const QString& roles);
    void setSetting(const QString& key, const QString& value);
    int runCli(const QStringList& arguments, QByteArray* out);

    ServerProcess m_server;
    QHash<QString, QPair<QString, QString>> m_residents;  // name -> pass, PIN
    Device m_kiosk;
    Device m_staffDesk;
    int m_keys = 0;
};

void TestReviewApi::initTestCase()
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
}

void TestReviewApi::cleanupTestCase()
{
    m_server.stop();
}


HttpReply TestReviewApi::call(const Device& device, const QByteArray& method, const QString& path, const QJsonObject& body,
                              const QByteArray& session)
{
    HttpsTestClient client(m_server.url(), m_server.fingerprint());
    client.setDeviceCredentials(device.id, device.secret);
    HeaderList headers;
    if (!session.isEmpty())
        headers.append({"Buurtmunt-Session", session});
    if (method == "GET")
        return client.get(path, headers);
    return client.postJson(path, QJsonDocument(body).toJson(), "op-" + QByteArray::number(++m_keys) + "-abcdef", headers);
}

QByteArray TestReviewApi::staffLogin(const QString& user, const QString& password, HttpReply* out)
{
    const HttpReply reply = call(m_staffDesk, "POST", u"/v1/staff-sessions"_s, {{u"username"_s, user}, {u"password"_s, password}});
    if (out)
        *out = reply;
    return reply.json().value(u"token"_s).toString().toLatin1();
}

QByteArray TestReviewApi::residentLogin(const QString& name)
{
    const auto [pass, pin] = m_residents.value(name);
    return call(m_kiosk, "POST", u"/v1/resident-sessions"_s, {{u"pass"_s, pass}, {u"pin"_s, pin}})
        .json().value(u"token"_s).toString().toLatin1();
}

qint64 TestReviewApi::submittedClaim(const QString& resident, qint64 taskId)
{
    const QByteArray session = residentLogin(resident);
    const qint64 claim = call(m_kiosk, "POST", u"/v1/claims"_s, {{u"taskId"_s, taskId}}, session).json().value(u"id"_s).toInteger();
    const HttpReply submitted = call(m_kiosk, "POST", u"/v1/claims/%1/submit"_s.arg(claim), {{u"note"_s, u"Klaar"_s}}, session);
    return submitted.status == 200 ? claim : 0;
}

void TestReviewApi::addStaff(const QString& user, const QString& roles)
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

void TestReviewApi::setSetting(const QString& key, const QString& value)
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

int TestReviewApi::runCli(const QStringList& arguments, QByteArray* out)
{
    QStringList all = arguments;
    all << u"--data-dir"_s << m_server.dataDir();
    if (!m_server.databaseUrl().isEmpty())
        all << u"--database"_s << m_server.databaseUrl();
    return m_server.runCli(all, out);
}

void TestReviewApi::wrongPasswordIsRefusedAndAudited()
{
    HttpReply reply;
    QVERIFY(staffLogin(u"demo"_s, u"raden"_s, &reply).isEmpty());
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.problemSlug(), u"login-failed"_s);
    QVERIFY(staffLogin(u"niemand"_s, u"raden"_s, &reply).isEmpty());
    QCOMPARE(reply.problemSlug(), u"login-failed"_s);  // the same answer: names cannot be probed
    QSqlDatabase db = openServerDatabase(m_server, u"audit"_s);
    QSqlQuery q(db);
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM audit_log WHERE action = 'staff.login-failed'"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    db.close();
    QByteArray verified;
    QCOMPARE(runCli({u"audit"_s, u"verify"_s}, &verified), 0);
}

void TestReviewApi::approvalMintsTheRewardOnce()
{
    // The demo data's own postings (earlier rewards) are there already.
    QByteArray before;
    QCOMPARE(runCli({u"ledger"_s, u"check"_s}, &before), 0);
    const QRegularExpression counted(u"Ledger consistent: (\\d+) transactions"_s);
    const QRegularExpressionMatch beforeMatch = counted.match(QString::fromUtf8(before));
    QVERIFY2(beforeMatch.hasMatch(), before.constData());
    const int transactionsBefore = beforeMatch.captured(1).toInt();

    const qint64 claim = submittedClaim(u"Anja Dreessen"_s, 1);
    QVERIFY(claim > 0);
    const QByteArray staff = staffLogin(u"demo"_s, u"heitje-demo"_s);
    QVERIFY(!staff.isEmpty());
    const HttpReply queue = call(m_staffDesk, "GET", u"/v1/review-queue"_s, {}, staff);
    QCOMPARE(queue.status, 200);
    bool listed = false;
    for (const QJsonValue& item : queue.json().value(u"items"_s).toArray())
        listed = listed || (item.toObject().value(u"claimId"_s).toInteger() == claim
                            && item.toObject().value(u"residentName"_s).toString() == u"Anja Dreessen"_s);
    QVERIFY2(listed, queue.body.constData());

    const HttpReply approved = call(m_staffDesk, "POST", u"/v1/claims/%1/approve"_s.arg(claim), {}, staff);
    QCOMPARE(approved.status, 200);
    QCOMPARE(approved.json().value(u"claim"_s).toObject().value(u"status"_s).toString(), u"approved"_s);
    QCOMPARE(approved.json().value(u"needsSecondApprover"_s).toBool(), false);
    // A second click (a new operation, not a replay) mints nothing more.
    QCOMPARE(call(m_staffDesk, "POST", u"/v1/claims/%1/approve"_s.arg(claim), {}, staff).status, 200);

    const QByteArray anja = residentLogin(u"Anja Dreessen"_s);
    const HttpReply me = call(m_kiosk, "GET", u"/v1/me"_s, {}, anja);
    QCOMPARE(me.json().value(u"balanceCents"_s).toInteger(), 1500);
    // Her history shows the one reward, with the task it was for.
    const QJsonArray history = call(m_kiosk, "GET", u"/v1/me/transactions"_s, {}, anja).json().value(u"items"_s).toArray();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.at(0).toObject().value(u"kind"_s).toString(), u"reward"_s);
    QCOMPARE(history.at(0).toObject().value(u"amountCents"_s).toInteger(), 1500);
    QVERIFY(history.at(0).toObject().value(u"memo"_s).toString().contains(u"Bank schilderen"_s));
    QCOMPARE(me.json().value(u"earnedThisYearCents"_s).toInteger(), 1500);
    QCOMPARE(me.json().value(u"pendingCents"_s).toInteger(), 0);
    QByteArray report;
    QCOMPARE(runCli({u"ledger"_s, u"check"_s}, &report), 0);
    const QRegularExpressionMatch afterMatch = counted.match(QString::fromUtf8(report));
    QVERIFY2(afterMatch.hasMatch(), report.constData());
    QCOMPARE(afterMatch.captured(1).toInt(), transactionsBefore + 1);
}

void TestReviewApi::rejectionNeedsAReasonAndFreesThePlace()
{
    const qint64 taskId = 12;
    const int takenBefore = call(m_kiosk, "GET", u"/v1/tasks/%1"_s.arg(taskId)).json().value(u"slotsTaken"_s).toInt();
    const qint64 claim = submittedClaim(u"Joep Vliegen"_s, taskId);
    QVERIFY(claim > 0);
    QCOMPARE(call(m_kiosk, "GET", u"/v1/tasks/%1"_s.arg(taskId)).json().value(u"slotsTaken"_s).toInt(), takenBefore + 1);
    const QByteArray staff = staffLogin(u"demo"_s, u"heitje-demo"_s);
    const HttpReply noReason = call(m_staffDesk, "POST", u"/v1/claims/%1/reject"_s.arg(claim), {}, staff);
    QCOMPARE(noReason.status, 400);
    QCOMPARE(noReason.problemSlug(), u"invalid-body"_s);
    QVERIFY(noReason.problemDetail().contains(u"reason"_s));
    const HttpReply rejected = call(m_staffDesk, "POST", u"/v1/claims/%1/reject"_s.arg(claim),
                                    {{u"reason"_s, u"Het onkruid staat er nog."_s}}, staff);
    QCOMPARE(rejected.status, 200);
    QCOMPARE(rejected.json().value(u"status"_s).toString(), u"rejected"_s);
    QCOMPARE(rejected.json().value(u"rejectReason"_s).toString(), u"Het onkruid staat er nog."_s);
    QCOMPARE(call(m_kiosk, "GET", u"/v1/tasks/%1"_s.arg(taskId)).json().value(u"slotsTaken"_s).toInt(), takenBefore);
    const HttpReply again = call(m_staffDesk, "POST", u"/v1/claims/%1/approve"_s.arg(claim), {}, staff);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.problemSlug(), u"invalid-transition"_s);
    const HttpReply me = call(m_kiosk, "GET", u"/v1/me"_s, {}, residentLogin(u"Joep Vliegen"_s));
    QCOMPARE(me.json().value(u"balanceCents"_s).toInteger(), 0);
}

void TestReviewApi::aboveTheThresholdTwoDifferentApproversAreNeeded()
{
    setSetting(u"claims.secondApproverAboveCents"_s, u"1000"_s);  // 10 coins
    addStaff(u"tweede"_s, u"approver"_s);
    const qint64 claim = submittedClaim(u"Mohammed El Idrissi"_s, 2);  // 12 coins
    QVERIFY(claim > 0);
    const QByteArray first = staffLogin(u"demo"_s, u"heitje-demo"_s);
    const HttpReply one = call(m_staffDesk, "POST", u"/v1/claims/%1/approve"_s.arg(claim), {}, first);
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json().value(u"needsSecondApprover"_s).toBool(), true);
    QCOMPARE(one.json().value(u"claim"_s).toObject().value(u"status"_s).toString(), u"submitted"_s);
    const HttpReply same = call(m_staffDesk, "POST", u"/v1/claims/%1/approve"_s.arg(claim), {}, first);
    QCOMPARE(same.status, 409);
    QCOMPARE(same.problemSlug(), u"second-approver-required"_s);
    const QByteArray second = staffLogin(u"tweede"_s, u"wachtwoord-tweede"_s);
    QVERIFY(!second.isEmpty());
    const HttpReply two = call(m_staffDesk, "POST", u"/v1/claims/%1/approve"_s.arg(claim), {}, second);
    QCOMPARE(two.status, 200);
    QCOMPARE(two.json().value(u"claim"_s).toObject().value(u"status"_s).toString(), u"approved"_s);
    const HttpReply me = call(m_kiosk, "GET", u"/v1/me"_s, {}, residentLogin(u"Mohammed El Idrissi"_s));
    QCOMPARE(me.json().value(u"balanceCents"_s).toInteger(), 1200);
    setSetting(u"claims.secondApproverAboveCents"_s, u"5000"_s);
}

void TestReviewApi::onlyApproversOnStaffDesksReview()
{
    addStaff(u"planner"_s, u"coordinator"_s);
    const QByteArray planner = staffLogin(u"planner"_s, u"wachtwoord-planner"_s);
    QVERIFY(!planner.isEmpty());
    const HttpReply forbidden = call(m_staffDesk, "GET", u"/v1/review-queue"_s, {}, planner);
    QCOMPARE(forbidden.status, 403);
    QVERIFY(forbidden.problemDetail().contains(u"approver"_s));
    // A resident's session is no staff login, and a kiosk is no staff desk.
    const QByteArray resident = residentLogin(u"Ria Schepers"_s);
    QCOMPARE(call(m_kiosk, "GET", u"/v1/review-queue"_s, {}, resident).status, 403);
    HttpsTestClient kiosk(m_server.url(), m_server.fingerprint());
    kiosk.setDeviceCredentials(m_kiosk.id, m_kiosk.secret);
    const HttpReply fromKiosk = kiosk.postJson(u"/v1/staff-sessions"_s, R"({"username":"demo","password":"heitje-demo"})",
                                               "kiosk-staff-login-1");
    QCOMPARE(fromKiosk.status, 403);
}

void TestReviewApi::batchApprovalDecidesEachClaimOnItsOwn()
{
    setSetting(u"claims.secondApproverAboveCents"_s, u"1000"_s);  // above 10 coins two approvers are needed
    const auto balanceOf = [this](const QString& name) {
        return call(m_kiosk, "GET", u"/v1/me"_s, {}, residentLogin(name)).json().value(u"balanceCents"_s).toInteger();
    };
    const qint64 joepBefore = balanceOf(u"Joep Vliegen"_s);
    const qint64 riaBefore = balanceOf(u"Ria Schepers"_s);
    const qint64 mohammedBefore = balanceOf(u"Mohammed El Idrissi"_s);

    const qint64 small = submittedClaim(u"Joep Vliegen"_s, 5);      // 10 coins: one approver
    const qint64 large = submittedClaim(u"Ria Schepers"_s, 6);      // 14 coins: two approvers
    const qint64 rejected = submittedClaim(u"Mohammed El Idrissi"_s, 3);  // 10 coins, rejected first
    QVERIFY(small > 0 && large > 0 && rejected > 0);
    const QByteArray staff = staffLogin(u"demo"_s, u"heitje-demo"_s);
    QCOMPARE(call(m_staffDesk, "POST", u"/v1/claims/%1/reject"_s.arg(rejected), {{u"reason"_s, u"Niet gedaan."_s}}, staff).status,
             200);

    const qint64 missing = 999999;
    const HttpReply batch = call(m_staffDesk, "POST", u"/v1/claims/approve-batch"_s,
                                 {{u"claimIds"_s, QJsonArray{small, large, rejected, missing, small}}}, staff);
    QCOMPARE(batch.status, 200);
    const QJsonArray items = batch.json().value(u"items"_s).toArray();
    QCOMPARE(items.size(), 4);  // the repeated id is decided once
    QHash<qint64, QJsonObject> byId;
    for (const QJsonValue& item : items)
        byId.insert(item.toObject().value(u"claimId"_s).toInteger(), item.toObject());
    QCOMPARE(byId.value(small).value(u"outcome"_s).toString(), u"approved"_s);
    QCOMPARE(byId.value(small).value(u"claim"_s).toObject().value(u"status"_s).toString(), u"approved"_s);
    QCOMPARE(byId.value(large).value(u"outcome"_s).toString(), u"needs-second-approver"_s);
    QCOMPARE(byId.value(rejected).value(u"outcome"_s).toString(), u"refused"_s);
    QCOMPARE(byId.value(rejected).value(u"problem"_s).toObject().value(u"type"_s).toString(),
             u"urn:buurtmunt:problem:invalid-transition"_s);
    QCOMPARE(byId.value(missing).value(u"outcome"_s).toString(), u"refused"_s);
    QCOMPARE(byId.value(missing).value(u"problem"_s).toObject().value(u"status"_s).toInt(), 404);

    // Exactly the approved reward was minted, and nothing for the others.
    QCOMPARE(balanceOf(u"Joep Vliegen"_s), joepBefore + 1000);
    QCOMPARE(balanceOf(u"Ria Schepers"_s), riaBefore);
    QCOMPARE(balanceOf(u"Mohammed El Idrissi"_s), mohammedBefore);

    // The second approver completes the large one in a batch of their own.
    addStaff(u"batch2"_s, u"approver"_s);
    const QByteArray second = staffLogin(u"batch2"_s, u"wachtwoord-batch2"_s);
    const HttpReply completed = call(m_staffDesk, "POST", u"/v1/claims/approve-batch"_s, {{u"claimIds"_s, QJsonArray{large, small}}},
                                     second);
    QCOMPARE(completed.status, 200);
    const QJsonArray done = completed.json().value(u"items"_s).toArray();
    QCOMPARE(done.at(0).toObject().value(u"outcome"_s).toString(), u"approved"_s);
    QCOMPARE(done.at(1).toObject().value(u"outcome"_s).toString(), u"approved"_s);  // already approved: nothing minted again
    QCOMPARE(balanceOf(u"Ria Schepers"_s), riaBefore + 1400);
    QCOMPARE(balanceOf(u"Joep Vliegen"_s), joepBefore + 1000);
    setSetting(u"claims.secondApproverAboveCents"_s, u"5000"_s);

    QByteArray report;
    QCOMPARE(runCli({u"ledger"_s, u"check"_s}, &report), 0);
    QVERIFY2(report.contains("Ledger consistent"), report.constData());
}

void TestReviewApi::batchBodyIsChecked()
{
    const QByteArray staff = staffLogin(u"demo"_s, u"heitje-demo"_s);
    QJsonArray tooMany;
    for (int i = 1; i <= 201; ++i)
        tooMany.append(i);
    const struct {
        const char* name;
        QJsonObject body;
    } cases[] = {
        {"no ids", QJsonObject{}},
        {"empty list", QJsonObject{{u"claimIds"_s, QJsonArray{}}}},
        {"201 ids", QJsonObject{{u"claimIds"_s, tooMany}}},
        {"a text id", QJsonObject{{u"claimIds"_s, QJsonArray{1, u"2"_s}}}},
        {"not a list", QJsonObject{{u"claimIds"_s, 5}}},
    };
    for (const auto& c : cases) {
        const HttpReply reply = call(m_staffDesk, "POST", u"/v1/claims/approve-batch"_s, c.body, staff);
        QVERIFY2(reply.status == 400, c.name);
        QCOMPARE(reply.problemSlug(), u"invalid-body"_s);
        QVERIFY2(reply.problemDetail().contains(u"claimIds"_s), qPrintable(reply.problemDetail()));
    }
}

void TestReviewApi::toolboxIsHandedOutByTheSlipCode()
{
    const QByteArray anja = residentLogin(u"Anja Dreessen"_s);
    const HttpReply claimed = call(m_kiosk, "POST", u"/v1/claims"_s, {{u"taskId"_s, 2}}, anja);  // needs a toolbox
    QCOMPARE(claimed.status, 201);
    const qint64 claimId = claimed.json().value(u"id"_s).toInteger();
    const QString code = claimed.json().value(u"toolboxCode"_s).toString();
    QVERIFY2(code.size() == 9 && code.at(4) == u'-', qPrintable(code));

    // Typed at the desk without the dash and in lower case.
    const HttpReply first = call(m_kiosk, "POST", u"/v1/toolbox-pickups"_s, {{u"code"_s, code.toLower().remove(u'-')}});
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json().value(u"firstPickup"_s).toBool(), true);
    QCOMPARE(first.json().value(u"claim"_s).toObject().value(u"id"_s).toInteger(), claimId);
    QVERIFY(!first.json().value(u"claim"_s).toObject().value(u"toolboxPickedUpAt"_s).isNull());
    const HttpReply again = call(m_staffDesk, "POST", u"/v1/toolbox-pickups"_s, {{u"code"_s, code}});
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value(u"firstPickup"_s).toBool(), false);

    // A mistyped code: the check character catches it.
    QString typo = code;
    typo[0] = typo.at(0) == u'A' ? u'B' : u'A';
    const HttpReply wrong = call(m_kiosk, "POST", u"/v1/toolbox-pickups"_s, {{u"code"_s, typo}});
    QCOMPARE(wrong.status, 404);
    QCOMPARE(wrong.problemSlug(), u"toolbox-code-invalid"_s);
    // A counter PC is not where toolboxes are handed out.
    const Device counter = enrolDevice(m_server, u"counter"_s, 1);
    QCOMPARE(call(counter, "POST", u"/v1/toolbox-pickups"_s, {{u"code"_s, code}}).status, 403);

    // A task without a toolbox.
    const HttpReply social = call(m_kiosk, "POST", u"/v1/claims"_s, {{u"taskId"_s, 18}}, anja);
    QCOMPARE(social.status, 201);
    const HttpReply notNeeded = call(m_kiosk, "POST", u"/v1/toolbox-pickups"_s,
                                     {{u"code"_s, social.json().value(u"toolboxCode"_s).toString()}});
    QCOMPARE(notNeeded.status, 409);
    QCOMPARE(notNeeded.problemSlug(), u"toolbox-not-needed"_s);

    // Once the work is marked done, no toolbox is handed out any more.
    QCOMPARE(call(m_kiosk, "POST", u"/v1/claims/%1/submit"_s.arg(claimId), {{u"note"_s, u"Klaar"_s}}, anja).status, 200);
    const HttpReply done = call(m_kiosk, "POST", u"/v1/toolbox-pickups"_s, {{u"code"_s, code}});
    QCOMPARE(done.status, 409);
    QCOMPARE(done.problemSlug(), u"claim-not-active"_s);
}

QTEST_GUILESS_MAIN(TestReviewApi)
#include "TestReviewApi.moc"
