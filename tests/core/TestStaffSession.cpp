// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "CoreTestSession.h"
#include "ServerProcess.h"

#include "core/net/ApiClient.h"
#include "core/staff/StaffSession.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace buurtmunt;
using namespace std::chrono_literals;

// A staff member's session against the real server: login and its refusal,
// the idle limit, answers that arrive after logout, and the typed calls the
// desk makes (including the server's field-by-field refusals).
class TestStaffSession : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void wrongPasswordIsRefusedInPlainWords();
    void loginCarriesRolesAndTheServersIdleLimit();
    void idleSessionEndsWithAMessage();
    void activityKeepsTheSessionOpen();
    void logoutEndsTheSessionOnTheServer();
    void answersAfterLogoutAreDropped();
    void reviewQueueAndTasksAreTyped();
    void serverRefusalsNameTheFields();

private:
    bool logIn(const QString& password = u"heitje-demo"_s);

    test::ServerProcess m_server;
    QNetworkAccessManager m_network;
    test::EnrolledDevice m_staffDesk;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<StaffSession> m_session;
};

void TestStaffSession::initTestCase()
{
    QVERIFY2(!test::ServerProcess::serverBinary().isEmpty(), "BUURTMUNT_SERVER_BIN is not set");
    QVERIFY2(m_server.start(test::ServerProcess::Options::withDemoData()), qPrintable(m_server.errorString()));
    QString error;
    const auto device = test::enrolDirectly(m_server, &m_network, u"staff"_s, &error);
    QVERIFY2(device, qPrintable(error));
    m_staffDesk = *device;
}

void TestStaffSession::init()
{
    m_api = std::make_unique<ApiClient>(&m_network);
    test::pinTo(*m_api, m_server);
    m_api->setDeviceCredentials(m_staffDesk.deviceId, m_staffDesk.secret);
    m_api->setRole(u"staff"_s);
    m_session = std::make_unique<StaffSession>(m_api.get());
}

void TestStaffSession::cleanup()
{
    m_session.reset();
    m_api.reset();
}

bool TestStaffSession::logIn(const QString& password)
{
    QSignalSpy in(m_session.get(), &StaffSession::loggedIn);
    m_session->login(u"demo"_s, password);
    return in.wait(20000);
}

void TestStaffSession::wrongPasswordIsRefusedInPlainWords()
{
    QSignalSpy failed(m_session.get(), &StaffSession::loginFailed);
    m_session->login(u"demo"_s, u"raden"_s);
    QVERIFY(failed.wait(20000));
    const auto error = failed.first().first().value<Error>();
    QCOMPARE(error.code, u"login-failed"_s);
    QVERIFY2(error.message.contains(u"password"_s), qPrintable(error.message));
    QVERIFY(!m_session->isLoggedIn());
    QVERIFY(!m_api->hasSessionToken());

    // Nothing typed is not sent at all.
    m_session->login(u"  "_s, u"x"_s);
    QCOMPARE(failed.size(), 2);
    QCOMPARE(failed.last().first().value<Error>().code, u"login-incomplete"_s);
}

void TestStaffSession::loginCarriesRolesAndTheServersIdleLimit()
{
    QVERIFY(logIn());
    QVERIFY(m_session->isLoggedIn());
    QVERIFY(m_api->hasSessionToken());
    for (const QString& role : {u"coordinator"_s, u"approver"_s, u"finance"_s, u"admin"_s})
        QVERIFY2(m_session->hasRole(role), qPrintable(m_session->roles().join(u',')));
    QCOMPARE(m_session->idleTimeout(), std::chrono::milliseconds(900s));
    QVERIFY(m_session->expiresAt() > QDateTime::currentDateTimeUtc().addSecs(7 * 3600));
    QVERIFY(!m_session->displayName().isEmpty());
}

void TestStaffSession::idleSessionEndsWithAMessage()
{
    QVERIFY(logIn());
    QSignalSpy out(m_session.get(), &StaffSession::loggedOut);
    m_session->setIdleTimeoutOverride(300ms);
    QVERIFY(out.wait(5000));
    QCOMPARE(out.first().at(0).value<StaffSession::LogoutReason>(), StaffSession::LogoutReason::Idle);
    QVERIFY2(out.first().at(1).toString().contains(u"without activity"_s), qPrintable(out.first().at(1).toString()));
    QVERIFY(!m_session->isLoggedIn());
    QVERIFY(!m_api->hasSessionToken());
    QVERIFY(m_session->roles().isEmpty());
}

void TestStaffSession::activityKeepsTheSessionOpen()
{
    QVERIFY(logIn());
    QSignalSpy out(m_session.get(), &StaffSession::loggedOut);
    m_session->setIdleTimeoutOverride(500ms);
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 1500) {
        m_session->noteActivity();
        QTest::qWait(100);
    }
    QCOMPARE(out.size(), 0);
    QVERIFY(m_session->isLoggedIn());
    QVERIFY(out.wait(3000));  // and it does end once the activity stops
}

void TestStaffSession::logoutEndsTheSessionOnTheServer()
{
    QVERIFY(logIn());
    bool listed = false;
    m_session->fetchReviewQueue([&listed](const StaffSession::Reply<QList<ReviewItem>>& reply) { listed = reply.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(listed, 20000);

    QSignalSpy out(m_session.get(), &StaffSession::loggedOut);
    m_session->logout();
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().at(0).value<StaffSession::LogoutReason>(), StaffSession::LogoutReason::ByUser);
    QVERIFY(!m_api->hasSessionToken());
    // A call without a session is refused by the server, not answered.
    std::optional<StaffSession::Reply<QList<ReviewItem>>> after;
    m_session->fetchReviewQueue([&after](const StaffSession::Reply<QList<ReviewItem>>& reply) { after = reply; });
    QTRY_VERIFY_WITH_TIMEOUT(after.has_value(), 20000);
    QVERIFY(!after->ok());
    QCOMPARE(after->httpStatus, 401);
}

void TestStaffSession::answersAfterLogoutAreDropped()
{
    QVERIFY(logIn());
    bool called = false;
    m_session->fetchReviewQueue([&called](const StaffSession::Reply<QList<ReviewItem>>&) { called = true; });
    m_session->logout();
    QTest::qWait(1500);
    QVERIFY2(!called, "an answer for the previous person reached the desk");
}

void TestStaffSession::reviewQueueAndTasksAreTyped()
{
    QVERIFY(logIn());
    std::optional<StaffSession::Reply<QList<Task>>> tasks;
    m_session->fetchTasks([&tasks](const StaffSession::Reply<QList<Task>>& reply) { tasks = reply; });
    QTRY_VERIFY_WITH_TIMEOUT(tasks.has_value(), 20000);
    QVERIFY2(tasks->ok(), qPrintable(tasks->error ? tasks->error->message : QString()));
    QVERIFY(tasks->value->size() >= 10);
    for (const Task& task : *tasks->value)
        QVERIFY(task.id.isValid() && !task.title.isEmpty() && task.reward.cents() > 0);

    std::optional<StaffSession::Reply<QList<ReviewItem>>> queue;
    m_session->fetchReviewQueue([&queue](const StaffSession::Reply<QList<ReviewItem>>& reply) { queue = reply; });
    QTRY_VERIFY_WITH_TIMEOUT(queue.has_value(), 20000);
    QVERIFY(queue->ok());
}

void TestStaffSession::serverRefusalsNameTheFields()
{
    QVERIFY(logIn());
    // Sent as it is (the desk validates first; the server must still refuse).
    Task task;
    task.title = QString();
    task.category = u"painting"_s;
    task.neighbourhood = u"Centrum"_s;
    task.address = u"Markt 1, Heerlen"_s;
    task.reward = Coins(0);
    task.estimatedMinutes = 60;
    task.capacity = 0;
    task.windowStart = QDate(2026, 12, 1);
    task.windowEnd = QDate(2026, 12, 31);
    std::optional<StaffSession::Reply<Task>> created;
    m_session->createTask(task, [&created](const StaffSession::Reply<Task>& reply) { created = reply; });
    QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 20000);
    QVERIFY(!created->ok());
    QStringList names;
    for (const Problem::InvalidParam& param : created->invalidParams)
        names << param.name;
    QVERIFY2(names.contains(u"title"_s) && names.contains(u"rewardCents"_s) && names.contains(u"capacity"_s), qPrintable(names.join(u',')));

    // A reason that is too short is refused before anything is sent.
    std::optional<StaffSession::Reply<StaffSession::Done>> rejected;
    m_session->rejectClaim(ClaimId(1), u"no"_s, [&rejected](const StaffSession::Reply<StaffSession::Done>& reply) { rejected = reply; });
    QVERIFY(rejected.has_value());
    QCOMPARE(rejected->errorCode(), u"reason-invalid"_s);
}

QTEST_GUILESS_MAIN(TestStaffSession)
#include "TestStaffSession.moc"
